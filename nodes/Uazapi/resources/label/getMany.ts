import { defineOperation } from '../../shared/operation';
import { splitArray } from '../../shared/response';

export const getManyLabels = defineOperation({
	resource: 'label',
	name: 'Get Many',
	value: 'getMany',
	action: 'Get many labels',
	description: 'Lists the labels of this WhatsApp Business account: one item per label',
	method: 'GET',
	path: '/labels',
	output: [splitArray()],
});
