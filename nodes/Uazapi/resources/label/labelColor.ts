import type { INodeProperties } from 'n8n-workflow';

// WhatsApp Business's label colors, by the index /label/edit takes (components.schemas.Label.colorHex).
const COLORS = [
	'#ff9484', '#64c4ff', '#fed428', '#dfaef0', '#9ab6c1', '#56ccb4', '#fe9dfe', '#d3a91f', '#6f7bcf', '#d8e651',
	'#01d0e2', '#ffc5c7', '#92ceac', '#f64847', '#00a1f2', '#83e421', '#ffae04', '#b4ebff', '#9ba6ff', '#9568cf',
];

export const labelColorProperty: INodeProperties = {
	displayName: 'Color',
	name: 'color',
	type: 'options',
	options: COLORS.map((hex, index) => ({ name: `${String(index).padStart(2, '0')} (${hex})`, value: index })),
	// eslint-disable-next-line n8n-nodes-base/node-param-default-wrong-for-options -- the first color's index, 0
	default: 0,
	description: 'One of the 20 label colors of WhatsApp Business',
};

/** A color index 0–19, or undefined when it is none. */
export function labelColorIndex(value: unknown): number | undefined {
	const index = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
	return Number.isInteger(index) && index >= 0 && index < COLORS.length ? index : undefined;
}
