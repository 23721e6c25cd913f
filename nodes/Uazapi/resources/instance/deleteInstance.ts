import { defineOperation } from '../../shared/operation';

export const deleteInstance = defineOperation({
	resource: 'instance',
	name: 'Delete',
	value: 'deleteInstance',
	action: 'Delete the instance',
	description:
		'Destructive: disconnects the WhatsApp number and removes this instance from the Uazapi server for good; its token stops working',
	method: 'DELETE',
	path: '/instance',
});
