import { createHash } from 'node:crypto';

import type { DoubleState } from './state';
import type { Responders } from './types';

/** Numbers ending in 0000 are not on WhatsApp; numbers ending in 1111 have no profile photo. */
const NOT_ON_WHATSAPP = /0000$/;
const WITHOUT_PHOTO = /1111$/;

// What this area remembers, per test (a new state object per test resets it).
const blockLists = new WeakMap<DoubleState, string[]>();

export function blockListOf(state: DoubleState): string[] {
	let list = blockLists.get(state);
	if (!list) {
		list = ['5511777777777@s.whatsapp.net'];
		blockLists.set(state, list);
	}
	return list;
}

const digitsOf = (number: string) => number.split('@')[0].split(':')[0];
const jidOf = (number: string) => (number.includes('@') ? number : `${number}@s.whatsapp.net`);

export function lidOf(number: string): string {
	const digits = BigInt(`0x${createHash('sha1').update(digitsOf(number)).digest('hex').slice(0, 12)}`) % 10n ** 15n;
	return `${digits.toString().padStart(15, '1')}@lid`;
}

export function photoUrlOf(number: string, preview: boolean): string {
	return `https://pps.whatsapp.net/v/t61.24694-24/${digitsOf(number)}_${preview ? 'preview' : 'full'}.jpg?oh=01_Q5Aa&oe=69A1B2C3`;
}

export const contactResponders: Responders = {
	'POST /chat/details': (req, state) => {
		const { number, preview = false } = req.body as { number: string; preview?: boolean };
		const jid = jidOf(number);
		const digits = digitsOf(number);
		const isGroup = jid.endsWith('@g.us');
		const photo = WITHOUT_PHOTO.test(digits) ? '' : photoUrlOf(number, preview);
		return {
			status: 200,
			body: {
				id: `r${digits.slice(-6)}`,
				wa_fastid: `${state.owner}:${digits}`,
				wa_chatid: jid,
				wa_chatlid: isGroup ? '' : lidOf(number),
				wa_name: isGroup ? 'Team Chat' : 'Maria Silva',
				wa_contactName: isGroup ? '' : 'Maria',
				name: isGroup ? 'Team Chat' : 'Maria Silva',
				phone: isGroup ? '' : `+${digits}`,
				owner: state.owner,
				wa_isGroup: isGroup,
				wa_isBlocked: blockListOf(state).includes(jid),
				wa_archived: false,
				lead_name: '',
				lead_status: '',
				common_groups: isGroup ? '' : 'Team Chat(120363153742561022@g.us)',
				...(preview ? { imagePreview: photo } : { image: photo }),
			},
		};
	},
	'POST /chat/check': (req) => {
		const { numbers = [] } = req.body as { numbers?: string[] };
		return {
			status: 200,
			body: numbers.map((query) => {
				const digits = digitsOf(query);
				if (query.endsWith('@g.us')) {
					return { query, jid: query, lid: '', isInWhatsapp: true, verifiedName: '', groupName: 'Team Chat', error: '' };
				}
				if (NOT_ON_WHATSAPP.test(digits)) {
					return { query, jid: '', lid: '', isInWhatsapp: false, verifiedName: '', groupName: '', error: '' };
				}
				return {
					query,
					jid: `${digits}@s.whatsapp.net`,
					lid: lidOf(query),
					isInWhatsapp: true,
					verifiedName: digits.endsWith('5') ? 'Acme Store' : '',
					groupName: '',
					error: '',
				};
			}),
		};
	},
	'POST /chat/block': (req, state) => {
		const { number, block } = req.body as { number: string; block: boolean };
		const jid = jidOf(number);
		const list = blockListOf(state);
		const without = list.filter((entry) => entry !== jid);
		const next = block ? [...without, jid] : without;
		blockLists.set(state, next);
		return { status: 200, body: { response: block ? 'Blocked successfully' : 'Unblocked successfully', blockList: next } };
	},
};
