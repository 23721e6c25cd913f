import type {
	IDataObject,
	IExecuteSingleFunctions,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { toChatJid } from '../../shared/numbers';
import type { TravelOptions, UazapiContext } from '../../shared/transport';
import { uazapiRequest } from '../../shared/transport';
import { asNumber, invalidInput } from '../../shared/validation';


/** Whose business profile or catalog: a phone number or WhatsApp ID. */
export function businessNumberProperty(required: boolean): INodeProperties {
	return {
		displayName: 'Business Number',
		name: 'businessNumber',
		type: 'string',
		default: '',
		required,
		placeholder: '5511999999999',
		description: required
			? "The WhatsApp Business account whose catalog to read: phone number with country code (this account's own number for its own catalog)"
			: 'The WhatsApp Business account to read: phone number with country code. Empty: this account.',
	};
}

/** The Business Number of the current item as a JID, or undefined when it is optional and empty. */
export function businessJidParameter(context: IExecuteSingleFunctions, { required }: { required: boolean }): string | undefined {
	const value = String(context.getNodeParameter('businessNumber', '') ?? '').trim();
	if (!value && !required) return undefined;
	const jid = asNumber(context, value, 'Business Number', toChatJid);
	if (!jid.endsWith('@s.whatsapp.net')) {
		throw invalidInput(context, 'Business Number', `must be a person's number, not a group, channel or hidden ID: "${value}"`);
	}
	return jid;
}

export const productIdProperty: INodeProperties = {
	displayName: 'Product',
	name: 'productId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The catalog product: pick it from the list, or give its ID',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchProducts', searchable: true },
		},
		{ displayName: 'By ID', name: 'id', type: 'string', placeholder: '1234567890' },
	],
};

/** The product ID of the current item: WhatsApp product IDs are digits. */
export function productIdParameter(context: IExecuteSingleFunctions): string {
	const value = context.getNodeParameter('productId', '', { extractValue: true }) as unknown;
	const id = String((value && typeof value === 'object' ? (value as IDataObject).value : value) ?? '').trim();
	if (!id) throw invalidInput(context, 'Product', 'is empty', 'Pick the product from the list, or enter its ID.');
	if (!/^[0-9]+$/.test(id)) throw invalidInput(context, 'Product', `is not a product ID: "${id}" (a product ID has only digits)`);
	return id;
}

/** The JID of this instance's own account, from GET /instance/status. */
export async function ownJid(context: UazapiContext, travel?: TravelOptions): Promise<string> {
	const answer = (await uazapiRequest(context, { method: 'GET', path: '/instance/status', concern: { subject: 'instance' } }, travel)) as IDataObject;
	const jid = (answer?.status as IDataObject | undefined)?.jid;
	const user = jid && typeof jid === 'object' ? String((jid as IDataObject).user ?? '') : String(jid ?? '').split(/[:@]/)[0];
	if (!/^[0-9]+$/.test(user)) {
		throw new NodeOperationError(context.getNode(), 'The number of this WhatsApp account is not known', {
			description: 'The instance is not connected to WhatsApp. Connect it, or enter the Business Number.',
		});
	}
	return `${user}@s.whatsapp.net`;
}

/** One page of catalog products (GET-like POST /business/catalog/list): `{response: {Products, Paging: {After}}}`. */
export function catalogPage(answer: unknown): { products: IDataObject[]; next?: string } {
	const response = ((answer as IDataObject | undefined)?.response ?? {}) as IDataObject;
	const products = Array.isArray(response.Products) ? (response.Products as IDataObject[]) : [];
	const next = String((response.Paging as IDataObject | undefined)?.After ?? '') || undefined;
	return { products, next };
}

/** A parameter of the node being edited, as the editor sends it (operations without the field: undefined). */
function currentParameter(context: ILoadOptionsFunctions, name: string): unknown {
	try {
		return context.getCurrentNodeParameter(name);
	} catch {
		return undefined;
	}
}

function catalogJid(context: ILoadOptionsFunctions, typed: string): string {
	try {
		return toChatJid(typed);
	} catch (error) {
		throw new NodeOperationError(context.getNode(), `Business Number ${(error as Error).message}`);
	}
}

/** The products of the catalog named by Business Number (or this account's own), a page at a time. */
export async function searchProducts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const typed = String(currentParameter(this, 'businessNumber') ?? '').trim();
	// An expression cannot be resolved without an input item: the list shows this account's own catalog.
	const jid = typed && !typed.startsWith('=') ? catalogJid(this, typed) : await ownJid(this);
	const body: IDataObject = { jid };
	if (paginationToken) body.cursor = paginationToken;
	const answer = await uazapiRequest(this, { method: 'POST', path: '/business/catalog/list', body, concern: { subject: 'instance' } });
	const { products, next } = catalogPage(answer);
	const wanted = filter?.trim().toLowerCase();
	const results = products
		.map((product) => ({ name: String(product.Name || product.ID), value: String(product.ID) }))
		.filter((entry) => !wanted || `${entry.name} ${entry.value}`.toLowerCase().includes(wanted));
	return { results, paginationToken: next };
}
