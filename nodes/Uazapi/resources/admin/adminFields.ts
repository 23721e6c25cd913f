import type { IDataObject } from 'n8n-workflow';

/** adminField01/02 as set by the user: only the ones given (an empty text clears a field on purpose only when set). */
export function adminFieldsOf(values: IDataObject): IDataObject {
	const body: IDataObject = {};
	for (const key of ['adminField01', 'adminField02']) {
		if (values[key] !== undefined) body[key] = String(values[key]);
	}
	return body;
}
