import type { DoubleState } from './state';
import type { Responders } from './types';

export interface Label {
	id: string;
	labelid: string;
	name: string;
	color: number;
	colorHex: string;
	owner: string;
	created: string;
	updated: string;
}

const COLOR_HEX = [
	'#ff9484', '#64c4ff', '#fed428', '#dfaef0', '#9ab6c1', '#56ccb4', '#fe9dfe', '#d3a91f', '#6f7bcf', '#d8e651',
	'#01d0e2', '#ffc5c7', '#92ceac', '#f64847', '#00a1f2', '#83e421', '#ffae04', '#b4ebff', '#9ba6ff', '#9568cf',
];

/** A label as GET /labels lists it (components.schemas.Label). */
export function labelObject(state: Pick<DoubleState, 'owner'>, labelid: string, name: string, color: number): Label {
	return {
		id: `l${labelid.padStart(6, '0')}`,
		labelid,
		name,
		color,
		colorHex: COLOR_HEX[color],
		owner: state.owner,
		created: '2026-01-10T12:00:00Z',
		updated: '2026-01-10T12:00:00Z',
	};
}

// The account's labels, per test: WhatsApp Business starts with a few.
const labels = new WeakMap<DoubleState, Label[]>();

export function labelsOf(state: DoubleState): Label[] {
	let list = labels.get(state);
	if (!list) {
		list = [labelObject(state, '1', 'New customer', 1), labelObject(state, '5', 'Paid', 5)];
		labels.set(state, list);
	}
	return list;
}

export const labelResponders: Responders = {
	'GET /labels': (_req, state) => ({ status: 200, body: labelsOf(state) }),
	'POST /label/edit': (req, state) => {
		const { labelid, name, color, delete: remove } = req.body as { labelid: string; name?: string; color?: number; delete?: boolean };
		const list = labelsOf(state);
		const label = list.find((entry) => entry.labelid === labelid);
		if (remove) {
			if (!label) return { status: 400, body: { error: `Label ${labelid} not found` } };
			labels.set(state, list.filter((entry) => entry !== label));
			for (const chat of state.chats) {
				if (Array.isArray(chat.wa_label)) chat.wa_label = (chat.wa_label as string[]).filter((id) => id !== labelid);
			}
			return { status: 200, body: { response: 'Label edited' } };
		}
		if (label) {
			if (name !== undefined) label.name = name;
			if (color !== undefined) Object.assign(label, { color, colorHex: COLOR_HEX[color] });
			label.updated = '2026-01-11T12:00:00Z';
		} else {
			// Editing a label ID not yet used creates the label (WhatsApp's app state works this way).
			if (!name) return { status: 400, body: { error: 'Missing name for new label' } };
			list.push(labelObject(state, labelid, name, color ?? 0));
		}
		return { status: 200, body: { response: 'Label edited' } };
	},
};
