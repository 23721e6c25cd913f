import { expectSuccess, jsonOf, MODES, useRig } from '../engine/rig';

const rig = useRig();

describe.each(MODES)('Instance (%s)', (mode) => {
	test('Get Status sends GET /instance/status and outputs the status without secrets', async () => {
		const run = await rig.run(mode, { parameters: { resource: 'instance', operation: 'getStatus' } });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'GET', path: '/instance/status' }]);
		expect(jsonOf(run)).toEqual([
			{
				instance: {
					id: 'r183e2ef9597845',
					status: 'connected',
					name: 'my-instance',
					profileName: 'My Business',
					owner: '5511988887777',
					isBusiness: true,
				},
				status: { connected: true, loggedIn: true, jid: { user: '5511988887777', agent: 0, device: 0, server: 's.whatsapp.net' } },
			},
		]);
	});
});
