import { channelOperation } from './channelField';
import { asServerId } from './postField';
import { textParameter } from '../../shared/validation';

export const reactToPost = channelOperation({
	name: 'React to Post',
	value: 'reactToPost',
	action: 'React to a channel post',
	description: 'Sends, changes or removes the reaction of this account to a post of the channel',
	path: '/newsletter/reaction',
	extra: [
		{
			displayName: 'Server ID',
			name: 'serverId',
			type: 'string',
			default: '',
			required: true,
			placeholder: '12345',
			description: 'The server ID (serverid) of the post, as Get Many Posts outputs it',
		},
		{
			displayName: 'Reaction',
			name: 'reaction',
			type: 'string',
			default: '',
			placeholder: '🔥',
			description: 'The emoji. Leave empty to remove this account\'s reaction.',
		},
	],
	body() {
		return {
			serverid: asServerId(this, this.getNodeParameter('serverId', ''), 'Server ID'),
			reaction: textParameter(this, 'reaction', 'Reaction'),
		};
	},
});
