import type { IExecuteSingleFunctions } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { businessJidParameter, businessNumberProperty, productIdParameter, productIdProperty } from './businessFields';
import { unwrapResponse } from './getProfile';

async function buildProductQuery(this: IExecuteSingleFunctions, request: RequestOptions) {
	const jid = businessJidParameter(this, { required: true }) as string;
	return { ...request, body: { jid, id: productIdParameter(this) } };
}

export const getProduct = defineOperation({
	resource: 'business',
	name: 'Get Product',
	value: 'getProduct',
	action: 'Get a catalog product',
	description: 'Gets one product of a business catalog. Works only on a WhatsApp Business account.',
	method: 'POST',
	path: '/business/catalog/info',
	fields: [businessNumberProperty(true), productIdProperty],
	prepare: buildProductQuery,
	output: [unwrapResponse],
});
