import type { IExecutePaginationFunctions, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { uazapiRequest } from './transport';

/** A saved quick reply (components.schemas.QuickReply). */
export interface QuickReply {
	id: string;
	shortCut: string;
	type?: string;
	text?: string;
	file?: string;
	docName?: string;
	onWhatsApp?: boolean;
}

/** The saved quick replies of the instance (GET /quickreply/showall). */
export async function quickReplies(context: IExecutePaginationFunctions | ILoadOptionsFunctions): Promise<QuickReply[]> {
	const body = await uazapiRequest(context, { method: 'GET', path: '/quickreply/showall', concern: { subject: 'quick reply' } });
	return Array.isArray(body) ? (body as QuickReply[]) : [];
}

/** The quick reply picker (Message → Send Template, Quick Reply operations): shortcut and type, by ID. */
export async function searchQuickReplies(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const wanted = filter?.toLowerCase();
	const results = (await quickReplies(this))
		.filter(
			(reply) =>
				!wanted || reply.shortCut?.toLowerCase().includes(wanted) || reply.text?.toLowerCase().includes(wanted),
		)
		.map((reply) => ({ name: `${reply.shortCut} (${reply.type || 'text'})`, value: reply.id }));
	return { results };
}
