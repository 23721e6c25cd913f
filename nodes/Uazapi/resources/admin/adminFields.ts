import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { asText } from '../../shared/validation';

/** adminField01/02 as set by the user: only the ones given (an empty text clears a field on purpose only when set). */
export function adminFieldsOf(context: IExecuteSingleFunctions, values: IDataObject): IDataObject {
	const body: IDataObject = {};
	for (const key of ['adminField01', 'adminField02']) {
		if (values[key] !== undefined) body[key] = asText(context, values[key], key === 'adminField01' ? 'Admin Field 01' : 'Admin Field 02');
	}
	return body;
}
