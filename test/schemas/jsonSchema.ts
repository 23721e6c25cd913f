/** The part of JSON Schema the n8n editor reads for its schema preview: types and property names. */
export interface JsonSchema {
	type: string;
	properties?: Record<string, JsonSchema>;
	items?: JsonSchema;
}

function typeOf(value: unknown): string {
	if (value === null || value === undefined) return 'null';
	if (Array.isArray(value)) return 'array';
	return typeof value === 'object' ? 'object' : typeof value;
}

/**
 * The schema of values seen in one place (all output items, or all entries of an array): objects merge
 * their properties; a value that is sometimes null takes its other type; otherwise the first type seen.
 */
export function schemaOf(values: unknown[]): JsonSchema {
	const present = values.filter((value) => typeOf(value) !== 'null');
	if (!present.length) return { type: 'null' };
	const type = typeOf(present[0]);
	const same = present.filter((value) => typeOf(value) === type);
	if (type === 'object') {
		const keys = [...new Set(same.flatMap((value) => Object.keys(value as object)))];
		const properties: Record<string, JsonSchema> = {};
		for (const key of keys) properties[key] = schemaOf(same.map((value) => (value as Record<string, unknown>)[key]));
		return { type, properties };
	}
	if (type === 'array') {
		const entries = (same as unknown[][]).flat();
		return entries.length ? { type, items: schemaOf(entries) } : { type };
	}
	return { type: type === 'bigint' ? 'number' : type };
}
