import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	ITriggerFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';

import { secretsOf } from '../Uazapi/shared/credentials';
import { withoutSecrets } from '../Uazapi/shared/secrets';
import { eventKey, seenBefore } from './duplicates';
import type { MessageFilters } from './event';
import { eventItem, passesFilters } from './event';
import { downloadMedia } from './media';

export type Outcome = { output: INodeExecutionData } | { ignored: string };

/** The n8n contexts an event is handled in: a webhook delivery, the active stream, a manual run's stream. */
export type EventContext = IWebhookFunctions | ITriggerFunctions | IExecuteFunctions;

/** The trigger's parameters that decide what an event becomes. */
export interface EventSettings {
	events: string[];
	excludeMessages: string[];
	messageFilters: MessageFilters;
	options: IDataObject;
}

/** Reads the settings with the context's own getNodeParameter (n8n's signatures differ per context). */
export function eventSettings(parameter: (name: string, fallback: unknown) => unknown): EventSettings {
	return {
		events: parameter('events', []) as string[],
		excludeMessages: parameter('excludeMessages', []) as string[],
		messageFilters: parameter('messageFilters', {}) as MessageFilters,
		options: parameter('options', {}) as IDataObject,
	};
}

/**
 * What one Uazapi event (a webhook delivery or a stream event, already authenticated) becomes: the
 * tidy item, or why it starts nothing (not selected, filtered out, a duplicate).
 */
export async function eventOutput(
	context: EventContext,
	body: IDataObject,
	credentials: ICredentialDataDecryptedObject,
	settings: EventSettings,
): Promise<Outcome> {
	if (!settings.events.includes(String(body.EventType))) return { ignored: 'event not selected in the trigger' };
	const item = eventItem(withoutSecrets(body, secretsOf(credentials)));
	if (!passesFilters(item, settings.messageFilters)) return { ignored: 'message filtered out by the trigger' };
	// A retry of an event that already started the workflow starts nothing.
	if (seenBefore(context.getWorkflowStaticData('node'), eventKey(body))) {
		return { ignored: 'duplicate of an event already received' };
	}

	const output: INodeExecutionData = { json: item };
	const { options } = settings;
	const file = options.downloadMedia === true && !!item.mediaKind;
	const transcribe = options.transcribeVoiceNotes === true && (item.mediaKind === 'voice' || item.mediaKind === 'audio');
	if (file || transcribe) {
		const property = String(options.binaryPropertyName || 'data').trim() || 'data';
		const openAiApiKey = typeof credentials.openAiApiKey === 'string' ? credentials.openAiApiKey.trim() : '';
		try {
			const media = await downloadMedia(context, (item.raw as IDataObject).message as IDataObject, {
				file,
				transcribe: transcribe ? { openAiApiKey } : undefined,
			});
			if (media.binary) output.binary = { [property]: media.binary };
			if (transcribe) item.transcription = withoutSecrets(media.transcription ?? '', secretsOf(credentials));
		} catch (error) {
			// The event still starts the workflow; the item says why the file or the transcript is missing.
			const { message, description } = error as { message?: string; description?: string };
			if (file) item.mediaError = String(message ?? error);
			else item.transcriptionError = [message ?? String(error), description].filter(Boolean).join('. ');
		}
	}
	return { output };
}
