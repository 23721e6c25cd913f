import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import { defineOperation } from '../../shared/operation';

/** {blockList: [jid…]} → one item per blocked contact, `{jid}` (an item cannot be a bare string). */
async function onePerBlocked(this: IExecuteSingleFunctions, items: INodeExecutionData[]) {
	return items.flatMap((item) => {
		const list = (item.json as IDataObject).blockList;
		return (Array.isArray(list) ? list : []).map((jid) => ({ json: { jid: String(jid) } }));
	});
}

export const getBlockedContacts = defineOperation({
	resource: 'contact',
	name: 'Get Blocked',
	value: 'getBlocked',
	action: 'Get blocked contacts',
	description: 'Lists the contacts this WhatsApp account blocked: one item per contact',
	method: 'GET',
	path: '/chat/blocklist',
	output: [onePerBlocked],
});
