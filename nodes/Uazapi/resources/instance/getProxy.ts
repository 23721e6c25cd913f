import { defineOperation } from '../../shared/operation';

export const getProxy = defineOperation({
	resource: 'instance',
	name: 'Get Proxy',
	value: 'getProxy',
	action: 'Get the proxy settings',
	description: "Whether the instance connects to WhatsApp through a proxy of your own, and the proxy's last test",
	method: 'GET',
	path: '/instance/proxy',
});
