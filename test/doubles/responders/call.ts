import type { Responders } from './types';

export const callResponders: Responders = {
	'POST /call/make': () => ({ status: 200, body: { response: 'Call successful' } }),
	// The body may be empty: Uazapi then rejects the call ringing now.
	'POST /call/reject': () => ({ status: 200, body: { response: 'Call rejected' } }),
};
