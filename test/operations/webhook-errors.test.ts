import { instanceSettingsOf, webhookDeliveryError } from '../doubles/responders/instanceSettings';
import { expectSuccess, jsonOf, MODES, useRig } from '../engine/rig';

const rig = useRig();

describe.each(MODES)('Webhook delivery errors (%s)', (mode) => {
	test('Get Delivery Errors outputs one item per failure, without the instance token in the payload', async () => {
		const { state } = rig.uazapi;
		instanceSettingsOf(state).webhookErrors = [
			webhookDeliveryError(state),
			webhookDeliveryError(state, { event: 'connection', message_type: '', status_code: 404, attempts: 1, error: 'webhook returned non-success status: 404 Not Found' }),
		];
		const run = await rig.run(mode, { parameters: { resource: 'webhook', operation: 'getDeliveryErrors' } });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'GET', path: '/webhook/errors' }]);
		const common = { created: '2026-03-23T15:04:05Z', url: 'https://example.com/webhook/messages', type: 'local', payload: { EventType: 'messages' } };
		expect(jsonOf(run)).toEqual([
			{ ...common, event: 'messages', message_type: 'text', status_code: 502, attempts: 3, error: 'webhook returned non-success status: 502 Bad Gateway' },
			{ ...common, event: 'connection', message_type: '', status_code: 404, attempts: 1, error: 'webhook returned non-success status: 404 Not Found' },
		]);
		expect(run.outputs[0].map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
	});

	test('Get Delivery Errors outputs nothing when no delivery failed', async () => {
		const run = await rig.run(mode, { parameters: { resource: 'webhook', operation: 'getDeliveryErrors' } });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'GET', path: '/webhook/errors' }]);
		expect(jsonOf(run)).toEqual([]);
	});
});
