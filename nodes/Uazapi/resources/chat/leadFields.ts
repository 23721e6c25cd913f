import type { INodePropertyOptions } from 'n8n-workflow';

/** The 20 custom lead fields Uazapi keeps per chat: lead_field01 … lead_field20. */
export const LEAD_FIELD_KEYS = Array.from({ length: 20 }, (_, i) => `lead_field${String(i + 1).padStart(2, '0')}`);

export const leadFieldOptions: INodePropertyOptions[] = LEAD_FIELD_KEYS.map((key, i) => ({
	name: `Field ${i + 1}`,
	value: key,
}));
