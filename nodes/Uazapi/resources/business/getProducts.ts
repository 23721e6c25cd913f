import type { IDataObject, IExecutePaginationFunctions, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { returnAllOrLimit } from '../../shared/descriptions';
import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { uazapiRequest } from '../../shared/transport';
import { businessJidParameter, businessNumberProperty, catalogPage } from './businessFields';
import { limitParameter } from '../../shared/validation';

const MAX_PAGES = 500;

async function buildCatalogQuery(this: IExecuteSingleFunctions, request: RequestOptions) {
	return { ...request, body: { jid: businessJidParameter(this, { required: true }) } };
}

/** Uazapi answers up to 10 products a call, and the cursor of the next page in `response.Paging.After`. */
async function listProducts(this: IExecutePaginationFunctions, request: RequestOptions): Promise<INodeExecutionData[]> {
	const returnAll = this.getNodeParameter('returnAll', false) as boolean;
	const limit = returnAll ? Infinity : limitParameter(this);
	const { jid } = request.body as { jid: string };
	const products: IDataObject[] = [];
	const seen = new Set<string>();
	let cursor: string | undefined;
	for (let page = 1; products.length < limit; page++) {
		if (page > MAX_PAGES) {
			throw new NodeOperationError(this.getNode(), `Return All stopped after ${MAX_PAGES} pages (item ${this.getItemIndex()})`, {
				itemIndex: this.getItemIndex(),
				description: `The server kept announcing more products after ${products.length}. Use Limit.`,
			});
		}
		const body: IDataObject = cursor ? { jid, cursor } : { jid };
		const answer = await uazapiRequest(this, { method: 'POST', path: '/business/catalog/list', body, concern: { subject: 'instance' } }, request);
		const { products: found, next } = catalogPage(answer);
		products.push(...found);
		// A cursor seen before would loop forever.
		if (!found.length || !next || seen.has(next)) break;
		seen.add(next);
		cursor = next;
	}
	return products.slice(0, limit).map((json) => ({ json }));
}

export const getProducts = defineOperation({
	resource: 'business',
	name: 'Get Many Products',
	value: 'getProducts',
	action: 'Get many catalog products',
	description: 'Lists the products of a business catalog, one item per product. Works only on a WhatsApp Business account.',
	method: 'POST',
	path: '/business/catalog/list',
	fields: [businessNumberProperty(true), ...returnAllOrLimit()],
	prepare: buildCatalogQuery,
	run: listProducts,
});
