import { defineOperation } from '../../shared/operation';

export const removeProxy = defineOperation({
	resource: 'instance',
	name: 'Remove Proxy',
	value: 'removeProxy',
	action: 'Remove the proxy',
	description: "Deletes the instance's own proxy: it connects through Uazapi's built-in proxy again (the connection may restart)",
	method: 'DELETE',
	path: '/instance/proxy',
});
