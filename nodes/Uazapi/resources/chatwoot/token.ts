import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

// Uazapi answers with the Chatwoot access token in `chatwoot_access_token`: a secret, never an output.
const TOKEN_KEYS = ['chatwoot_access_token', 'access_token'];

export async function withoutChatwootToken(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return items.map((item) => {
		const json: IDataObject = { ...item.json };
		for (const key of TOKEN_KEYS) delete json[key];
		return { ...item, json };
	});
}
