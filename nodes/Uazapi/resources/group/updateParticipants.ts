import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import { UazapiError } from '../../shared/errors';
import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { groupIdProperty, groupJidParameter } from './groupField';
import { PARTICIPANTS_MAX, participantsParameter, participantsProperty } from './participants';

type ParticipantAction = 'add' | 'remove' | 'promote' | 'demote' | 'approve' | 'reject';

const DONE: Record<ParticipantAction, string> = {
	add: 'added',
	remove: 'removed',
	promote: 'promoted to admin',
	demote: 'demoted',
	approve: 'approved',
	reject: 'rejected',
};

/** WhatsApp's per-person codes in `groupUpdated[].Error` → a reason a person can act on. */
export function participantFailureReason(action: ParticipantAction, code: number): string {
	if (code === 403) {
		return action === 'add'
			? 'Their privacy settings do not allow being added to groups: send them the invite link instead'
			: 'WhatsApp did not allow it: this account must be an admin of the group';
	}
	if (code === 404 && (action === 'approve' || action === 'reject')) return 'They have not asked to join this group';
	if (code === 404) {
		return action === 'add' ? 'The number is not on WhatsApp' : 'They are not a member of this group';
	}
	if (code === 408) return 'They left the group recently and cannot be added back yet';
	if (code === 409 && action === 'add') return 'They are already a member of the group';
	return `WhatsApp refused it (error ${code})`;
}

/**
 * Uazapi answers 200 even when some people failed: each entry of `groupUpdated` carries its own
 * `Error` (0 = done). One output item per person; when nobody succeeded, the item fails.
 */
function perParticipant(action: ParticipantAction) {
	return async function (this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
		const groupId = groupJidParameter(this);
		const updated = (items[0]?.json as IDataObject | undefined)?.groupUpdated;
		if (!Array.isArray(updated)) return items;
		const results = (updated as IDataObject[]).map((entry) => {
			const errorCode = Number(entry.Error ?? 0);
			const success = errorCode === 0;
			const json: IDataObject = {
				groupId,
				action,
				participant: String(entry.JID ?? ''),
				success,
				errorCode,
				reason: success ? null : participantFailureReason(action, errorCode),
			};
			return { json };
		});
		if (results.length && results.every(({ json }) => !json.success)) {
			throw new UazapiError(
				this.getNode(),
				{
					message: `No participant was ${DONE[action]}`,
					description: results.map(({ json }) => `${String(json.participant)}: ${String(json.reason)}`).join('\n'),
				},
				{ itemIndex: this.getItemIndex() },
			);
		}
		return results;
	};
}

function participantOperation(spec: { value: string; name: string; action: string; description: string; apiAction: ParticipantAction }) {
	async function buildParticipantsUpdate(this: IExecuteSingleFunctions, request: RequestOptions) {
		const groupjid = groupJidParameter(this);
		const participants = participantsParameter(this, { phoneNumbersOnly: false, max: PARTICIPANTS_MAX });
		return { ...request, body: { groupjid, action: spec.apiAction, participants } };
	}
	return defineOperation({
		resource: 'group',
		name: spec.name,
		value: spec.value,
		action: spec.action,
		description: spec.description,
		method: 'POST',
		path: '/group/updateParticipants',
		subject: 'group',
		fields: [
			groupIdProperty,
			{
				...participantsProperty,
				description: 'Phone numbers with country code or WhatsApp IDs, separated by commas (or an array from an expression)',
			},
		],
		prepare: buildParticipantsUpdate,
		output: [perParticipant(spec.apiAction)],
	});
}

export const addParticipant = participantOperation({
	value: 'addParticipant',
	name: 'Add Participants',
	action: 'Add participants to a group',
	description: 'Adds people to a group. Outputs one item per person, with whether it worked and why not.',
	apiAction: 'add',
});

export const removeParticipant = participantOperation({
	value: 'removeParticipant',
	name: 'Remove Participants',
	action: 'Remove participants from a group',
	description: 'Removes people from a group. Outputs one item per person, with whether it worked and why not.',
	apiAction: 'remove',
});

export const promoteAdmin = participantOperation({
	value: 'promoteAdmin',
	name: 'Promote to Admin',
	action: 'Promote participants to admin',
	description: 'Makes members admins of the group. Outputs one item per person, with whether it worked and why not.',
	apiAction: 'promote',
});

export const demoteAdmin = participantOperation({
	value: 'demoteAdmin',
	name: 'Demote Admin',
	action: 'Demote admins to members',
	description: 'Takes admin rights away from members. Outputs one item per person, with whether it worked and why not.',
	apiAction: 'demote',
});

export const approveRequests = participantOperation({
	value: 'approveRequests',
	name: 'Approve Join Requests',
	action: 'Approve requests to join a group',
	description:
		'Lets people who asked to join the group in. This WhatsApp account must be a group admin. Outputs one item per person, with whether it worked and why not.',
	apiAction: 'approve',
});

export const rejectRequests = participantOperation({
	value: 'rejectRequests',
	name: 'Reject Join Requests',
	action: 'Reject requests to join a group',
	description:
		'Turns down people who asked to join the group. This WhatsApp account must be a group admin. Outputs one item per person, with whether it worked and why not.',
	apiAction: 'reject',
});
