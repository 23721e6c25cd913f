import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { businessJidParameter, businessNumberProperty, ownJid } from './businessFields';

async function buildProfile(this: IExecuteSingleFunctions, request: RequestOptions) {
	// Uazapi requires a body: this account's own profile is asked for by its own JID.
	const jid = businessJidParameter(this, { required: false }) ?? (await ownJid(this, request));
	return { ...request, body: { jid } };
}

/** Uazapi wraps the profile in `response`: the item is the profile itself. */
export async function unwrapResponse(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return items.map((item) => {
		const response = (item.json as IDataObject).response;
		return response && typeof response === 'object' && !Array.isArray(response) ? { json: response as IDataObject } : item;
	});
}

export const getProfile = defineOperation({
	resource: 'business',
	name: 'Get Profile',
	value: 'getProfile',
	action: 'Get a business profile',
	description: 'Gets the business profile (description, address, email, websites, categories) of this account or another business. Works only on a WhatsApp Business account.',
	method: 'POST',
	path: '/business/get/profile',
	endpoints: ['GET /instance/status', 'POST /business/get/profile'],
	fields: [businessNumberProperty(false)],
	prepare: buildProfile,
	output: [unwrapResponse],
});
