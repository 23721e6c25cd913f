interface RunContext {
	getExecuteData?: () => object;
}

// Every item of a node run shares one execute data object: what is the same for the whole run
// (the credential, a list the items look things up in) is loaded once, by the first item that needs it.
// A context outside a run (a list search, the trigger) keeps its own.
const loaded = new WeakMap<object, Map<string, Promise<unknown>>>();

/** `load()` once per node run and `name`; a failed load is not kept, so the next item tries again. */
export async function oncePerRun<T>(context: RunContext, name: string, load: () => Promise<T>): Promise<T> {
	const key = context.getExecuteData?.() ?? context;
	let values = loaded.get(key);
	if (!values) {
		values = new Map();
		loaded.set(key, values);
	}
	let value = values.get(name) as Promise<T> | undefined;
	if (!value) {
		value = load();
		values.set(name, value);
		const forget = values;
		value.catch(() => forget.delete(name));
	}
	return await value;
}
