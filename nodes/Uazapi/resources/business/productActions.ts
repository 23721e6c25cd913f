import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { productIdParameter, productIdProperty } from './businessFields';

/** Delete, show and hide take only the product's ID, in this account's own catalog. */
function productAction(spec: { value: string; name: string; action: string; description: string; path: string; result: IDataObject }) {
	async function buildProductAction(this: IExecuteSingleFunctions, request: RequestOptions) {
		return { ...request, body: { id: productIdParameter(this) } };
	}
	async function outcome(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
		const response = (items[0]?.json as IDataObject | undefined)?.response;
		return [{ json: { productId: productIdParameter(this), ...spec.result, response: response ?? null } }];
	}
	return defineOperation({
		resource: 'business',
		name: spec.name,
		value: spec.value,
		action: spec.action,
		description: spec.description,
		method: 'POST',
		path: spec.path,
		fields: [{ ...productIdProperty, description: "The product of this account's catalog: pick it from the list, or give its ID" }],
		prepare: buildProductAction,
		output: [outcome],
	});
}

export const deleteProduct = productAction({
	value: 'deleteProduct',
	name: 'Delete Product',
	action: 'Delete a catalog product',
	description: "Deletes a product from this account's catalog for good; it cannot be undone. Works only on a WhatsApp Business account.",
	path: '/business/catalog/delete',
	result: { deleted: true },
});

export const showProduct = productAction({
	value: 'showProduct',
	name: 'Show Product',
	action: 'Show a catalog product',
	description: "Makes a hidden product of this account's catalog visible to customers again. Works only on a WhatsApp Business account.",
	path: '/business/catalog/show',
	result: { hidden: false },
});

export const hideProduct = productAction({
	value: 'hideProduct',
	name: 'Hide Product',
	action: 'Hide a catalog product',
	description: "Hides a product of this account's catalog from customers, without deleting it. Works only on a WhatsApp Business account.",
	path: '/business/catalog/hide',
	result: { hidden: true },
});
