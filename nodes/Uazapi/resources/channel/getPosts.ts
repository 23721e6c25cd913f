import type { IDataObject, IExecutePaginationFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { returnAllOrLimit } from '../../shared/descriptions';
import type { OperationSpec, RequestOptions } from '../../shared/operation';
import { callOf, defineOperation } from '../../shared/operation';
import { uazapiRequest } from '../../shared/transport';
import { channelIdProperty, channelJidParameter } from './channelField';
import { asServerId } from './postField';
import { limitParameter, textValue } from '../../shared/validation';

const PAGE_SIZE = 100;
const MAX_PAGES = 500;

const fields: INodeProperties[] = [
	channelIdProperty,
	...returnAllOrLimit(),
	{
		displayName: 'Options',
		name: 'channelPostsOptions',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Before Server ID',
				name: 'beforeid',
				type: 'string',
				default: '',
				placeholder: '12345',
				description: 'Only posts older than the post with this server ID (serverid)',
			},
		],
	},
];

/** Newest first, page by page backwards from the oldest server ID received, until Limit or the first post. */
async function fetchPosts(this: IExecutePaginationFunctions, request: RequestOptions): Promise<INodeExecutionData[]> {
	const jid = channelJidParameter(this);
	const options = this.getNodeParameter('channelPostsOptions', {}) as IDataObject;
	let before = options.beforeid !== undefined && textValue(this, options.beforeid, 'Before Server ID') !== '' ? asServerId(this, options.beforeid, 'Before Server ID') : undefined;
	const returnAll = this.getNodeParameter('returnAll', false) as boolean;
	const limit = returnAll ? Infinity : limitParameter(this);
	const posts: IDataObject[] = [];
	for (let page = 1; posts.length < limit; page++) {
		if (page > MAX_PAGES) {
			throw new NodeOperationError(this.getNode(), `Return All stopped after ${MAX_PAGES} pages (item ${this.getItemIndex()})`, {
				itemIndex: this.getItemIndex(),
				description: `The channel kept returning posts after ${posts.length}. Use Limit.`,
			});
		}
		const count = Math.min(PAGE_SIZE, limit - posts.length);
		const body: IDataObject = { jid, count };
		if (before !== undefined) body.beforeid = before;
		const answer = (await uazapiRequest(this, callOf(spec, { ...request, body }), request)) as IDataObject;
		const entries = Array.isArray(answer?.response) ? (answer.response as IDataObject[]) : [];
		posts.push(...entries);
		const ids = entries.map((post) => Number(post.serverid)).filter((id) => Number.isSafeInteger(id) && id > 0);
		const oldest = ids.length ? Math.min(...ids) : undefined;
		// A short page is the channel's first post; an oldest ID that does not go back would loop.
		if (entries.length < count || oldest === undefined || oldest <= 1 || (before !== undefined && oldest >= before)) break;
		before = oldest;
	}
	return posts.slice(0, limit).map((json) => ({ json }));
}

const spec: OperationSpec = {
	resource: 'channel',
	name: 'Get Many Posts',
	value: 'getPosts',
	action: 'Get many channel posts',
	description: 'Gets the posts of a channel from WhatsApp, newest first, one item per post',
	method: 'POST',
	path: '/newsletter/messages',
	subject: 'chat',
	fields,
	run: fetchPosts,
};

export const getPosts = defineOperation(spec);
