import type { IDataObject } from 'n8n-workflow';

import type { Mode } from '../engine/rig';
import { expectSuccess, jsonOf, MODES, useRig } from '../engine/rig';

const rig = useRig();

async function expectRefused(mode: Mode, parameters: IDataObject, message: string) {
	const run = await rig.run(mode, { parameters });
	expect(run.error?.message).toBe(message);
	expect(rig.sent(mode)).toEqual([]);
}

describe.each(MODES)('Call (%s)', (mode) => {
	describe('Make', () => {
		const base = { resource: 'call', operation: 'make' };

		test('sends POST /call/make with the number as digits and how long it rings', async () => {
			const run = await rig.run(mode, { parameters: { ...base, phoneNumber: '+55 (11) 90000-0001', ringSeconds: 15 } });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/call/make', body: { number: '5511900000001', call_duration: 15 } }]);
			expect(jsonOf(run)).toEqual([{ response: 'Call successful' }]);
			expect(run.outputs[0][0].pairedItem).toEqual({ item: 0 });
		});

		test('without a ring time, only the number is sent; a person\'s WhatsApp ID becomes the number', async () => {
			const run = await rig.run(mode, { parameters: { ...base, phoneNumber: '5511900000002@s.whatsapp.net' } });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/call/make', body: { number: '5511900000002' } }]);
		});

		test('Uazapi\'s refusal is shown', async () => {
			rig.uazapi.reply('POST /call/make', { status: 400, body: { error: 'missing number in payload' } });
			const run = await rig.run(mode, { parameters: { ...base, phoneNumber: '5511900000001' } });
			expect(run.error?.httpCode).toBe('400');
			expect(String(run.error?.description)).toContain('missing number in payload');
		});

		test('refuses a group, letters and a ring time out of range before any request', async () => {
			await expectRefused(
				mode,
				{ ...base, phoneNumber: '120363012345678901@g.us' },
				'Phone Number must be a person\'s phone number, not a group or channel ID: "120363012345678901@g.us" (item 0)',
			);
			await expectRefused(mode, { ...base, phoneNumber: 'john' }, 'Phone Number may only contain digits: "john" (item 0)');
			await expectRefused(
				mode,
				{ ...base, phoneNumber: '5511900000001', ringSeconds: '={{ 500 }}' },
				'Ring For (Seconds) must be a whole number from 0 to 120: 500 (item 0)',
			);
		});
	});

	describe('Reject', () => {
		const base = { resource: 'call', operation: 'reject' };

		test('sends the caller; an unset call ID is left out', async () => {
			const run = await rig.run(mode, { parameters: { ...base, phoneNumber: '+55 21 98765-4321' } });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/call/reject', body: { number: '5521987654321' } }]);
			expect(jsonOf(run)).toEqual([{ response: 'Call rejected' }]);
		});

		test('sends the caller and the call ID from a trigger item', async () => {
			const run = await rig.run(mode, {
				parameters: { ...base, phoneNumber: '={{ $json.callerNumber }}', callId: '={{ $json.callId }}' },
				items: [{ json: { callerNumber: '5521987654321', callId: 'ABEiGmo8oqkAcAKrBYQAAAAA_1' } }],
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/call/reject', body: { number: '5521987654321', id: 'ABEiGmo8oqkAcAKrBYQAAAAA_1' } },
			]);
			expect(jsonOf(run)).toEqual([{ response: 'Call rejected' }]);
		});

		test('refuses a LID, an empty caller and a call ID with spaces before any request', async () => {
			await expectRefused(
				mode,
				{ ...base, phoneNumber: '138401042923712@lid' },
				'Phone Number is a LID, not a phone number: "138401042923712@lid" (WhatsApp hides some senders behind a LID; use the trigger\'s senderNumber) (item 0)',
			);
			await expectRefused(mode, { ...base, phoneNumber: ' ' }, 'Phone Number is empty (item 0)');
			await expectRefused(mode, { ...base, phoneNumber: '5521987654321', callId: 'AB 12' }, 'Call ID contains spaces: "AB 12" (item 0)');
		});
	});
});
