import { channelOperation } from './channelField';

export const updateChannelSettings = channelOperation({
	name: 'Update Settings',
	value: 'updateChannelSettings',
	action: 'Update the settings of a channel',
	description: 'Sets which reactions followers may send to the posts. Only the channel owner or an admin can do this.',
	path: '/newsletter/settings',
	extra: [
		{
			displayName: 'Allowed Reactions',
			name: 'reactionCodes',
			type: 'options',
			options: [
				{ name: 'Any Emoji', value: 'all' },
				{ name: 'Basic Emojis Only', value: 'basic', description: 'The default set of reactions' },
				{ name: 'Blocklist', value: 'blocklist', description: "WhatsApp's blocklist setting" },
				{ name: 'None', value: 'none', description: 'Followers cannot react' },
			],
			default: 'all',
			description: 'Which reactions followers may send to the posts (reactionCodes)',
		},
	],
	body() {
		return { reactionCodes: String(this.getNodeParameter('reactionCodes', 'all')) };
	},
});
