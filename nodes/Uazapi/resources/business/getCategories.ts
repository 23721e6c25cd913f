import { defineOperation } from '../../shared/operation';
import { splitArray } from '../../shared/response';

export const getCategories = defineOperation({
	resource: 'business',
	name: 'Get Categories',
	value: 'getCategories',
	action: 'Get business categories',
	description: 'Lists the categories a business profile can have, one item per category (ID and localized name). Works only on a WhatsApp Business account.',
	method: 'GET',
	path: '/business/get/categories',
	output: [splitArray('response')],
});
