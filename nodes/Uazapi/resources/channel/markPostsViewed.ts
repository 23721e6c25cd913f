import { splitList } from '../../shared/numbers';
import { invalidInput } from '../../shared/validation';
import { channelOperation } from './channelField';
import { asServerId } from './postField';

export const markPostsViewed = channelOperation({
	name: 'Mark Posts as Viewed',
	value: 'markPostsViewed',
	action: 'Mark channel posts as viewed',
	description: 'Counts a view of this account on one or more posts of the channel',
	path: '/newsletter/viewed',
	extra: [
		{
			displayName: 'Server IDs',
			name: 'serverIds',
			type: 'string',
			default: '',
			required: true,
			placeholder: '12345, 12346',
			description: 'The server IDs (serverid) of the posts, separated by commas',
		},
	],
	body() {
		const ids = splitList(this.getNodeParameter('serverIds', ''));
		if (!ids.length) throw invalidInput(this, 'Server IDs', 'is empty');
		return { serverids: ids.map((id) => asServerId(this, id, 'Server IDs')) };
	},
});
