import { channelOperation, unwrapResponse } from './channelField';

export const getChannel = channelOperation({
	name: 'Get',
	value: 'getChannel',
	action: 'Get a channel',
	description: "Gets a channel's details: name, description, picture, followers, settings and this account's role",
	path: '/newsletter/info',
	output: [unwrapResponse],
});
