import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { splitList } from '../../shared/numbers';
import { asNumber, invalidInput } from '../../shared/validation';

const FIELD = 'Participants';

/** At most this many people per call: Create and Add/Remove/Promote/Demote/Approve/Reject alike. */
export const PARTICIPANTS_MAX = 50;

export const participantsProperty: INodeProperties = {
	displayName: 'Participants',
	name: 'participants',
	type: 'string',
	default: '',
	required: true,
	placeholder: '5511999999999, 5511888888888',
	description: 'Phone numbers with country code, separated by commas (or an array from an expression)',
};

/**
 * The Participants of the current item, each normalized like every number of this node, without
 * duplicates. `phoneNumbersOnly`: plain digits (what /group/create accepts); otherwise WhatsApp IDs
 * of people (…@s.whatsapp.net, …@lid) are kept as they are.
 */
export function participantsParameter(
	context: IExecuteSingleFunctions,
	{ phoneNumbersOnly, max }: { phoneNumbersOnly: boolean; max?: number },
): string[] {
	const entries = splitList(context.getNodeParameter('participants', ''));
	if (!entries.length) throw invalidInput(context, FIELD, 'is empty', 'Enter at least one phone number.');
	const numbers = entries.map((entry) => {
		const number = asNumber(context, entry, FIELD);
		if (number.endsWith('@g.us') || number.endsWith('@newsletter')) {
			throw invalidInput(context, FIELD, `must be people, not a group or channel: "${entry}"`);
		}
		if (!phoneNumbersOnly) return number;
		if (number.endsWith('@lid')) {
			throw invalidInput(context, FIELD, `must be phone numbers to create a group: "${entry}" is a hidden ID (@lid)`);
		}
		return number.replace(/@s\.whatsapp\.net$/, '');
	});
	const unique = [...new Set(numbers)];
	if (max !== undefined && unique.length > max) {
		throw invalidInput(context, FIELD, `has ${unique.length} numbers; at most ${max} are allowed`, 'Split them over several items (or runs): WhatsApp takes at most ' + PARTICIPANTS_MAX + ' people per call.');
	}
	return unique;
}
