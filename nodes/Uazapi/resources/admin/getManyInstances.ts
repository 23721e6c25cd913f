import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { defineOperation } from '../../shared/operation';
import { splitArray } from '../../shared/response';
import { uazapiRequest } from '../../shared/transport';

export const getManyInstances = defineOperation({
	resource: 'admin',
	name: 'Get Many Instances',
	value: 'getManyInstances',
	action: 'Get many instances',
	description: 'Lists every instance of the server, one item per instance. Instance tokens are left out of the output.',
	method: 'GET',
	path: '/instance/all',
	output: [splitArray()],
});

/** The server's instances, for the Instance pickers of the Admin resource. */
export async function searchInstances(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const answer = await uazapiRequest(this, { method: 'GET', path: '/instance/all' });
	const instances = Array.isArray(answer) ? (answer as IDataObject[]) : [];
	const results = instances
		.map((instance) => ({ name: `${String(instance.name ?? instance.id)} (${String(instance.status ?? 'unknown')})`, value: String(instance.id) }))
		.filter((entry) => !filter || `${entry.name} ${entry.value}`.toLowerCase().includes(filter.toLowerCase()));
	return { results };
}
