import { defineOperation } from '../../shared/operation';
import { splitArray } from '../../shared/response';
import { BUSINESS_ONLY } from './businessFields';

export const getCategories = defineOperation({
	resource: 'business',
	name: 'Get Categories',
	value: 'getCategories',
	action: 'Get business categories',
	description: `Lists the categories a business profile can have, one item per category (id, localized_display_name). ${BUSINESS_ONLY}`,
	method: 'GET',
	path: '/business/get/categories',
	output: [splitArray('response')],
});
