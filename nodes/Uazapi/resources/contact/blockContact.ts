import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { personNumberProperty } from '../../shared/descriptions';
import type { Operation, RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { contactNumberParameter } from './chatNumber';

function blockOperation(block: boolean): Operation {
	async function buildBlockRequest(this: IExecuteSingleFunctions, request: RequestOptions) {
		return { ...request, body: { number: contactNumberParameter(this), block } };
	}
	return defineOperation({
		resource: 'contact',
		name: block ? 'Block Contact' : 'Unblock Contact',
		value: block ? 'blockContact' : 'unblockContact',
		action: block ? 'Block a contact' : 'Unblock a contact',
		description: block
			? 'Blocks a contact: they cannot message this WhatsApp account, nor it them. Outputs the block list.'
			: 'Unblocks a contact. Outputs the block list.',
		method: 'POST',
		path: '/chat/block',
		subject: 'chat',
		fields: [personNumberProperty],
		prepare: buildBlockRequest,
	});
}

export const blockContact = blockOperation(true);
export const unblockContact = blockOperation(false);
