import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

/** Shapes the items made from an operation's answer (after the transport checked it). */
export type OutputShaper = (this: IExecuteSingleFunctions, items: INodeExecutionData[]) => Promise<INodeExecutionData[]>;

/** One output item per element of an array found at `key` (or the body itself). */
export function splitArray(key?: string): OutputShaper {
	return async function (this: IExecuteSingleFunctions, items: INodeExecutionData[]) {
		return items.flatMap((item) => {
			const value = key ? (item.json as IDataObject)[key] : item.json;
			const list = Array.isArray(value) ? value : [];
			return list.map((json) => ({ json: json as IDataObject }));
		});
	};
}
