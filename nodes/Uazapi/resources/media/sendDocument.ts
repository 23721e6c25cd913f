import { defineMediaSend } from './sendMedia';
import { textParameter } from '../../shared/validation';

export const sendDocument = defineMediaSend({
	name: 'Send Document',
	value: 'sendDocument',
	action: 'Send a document',
	description: 'Sends any file as a document, with the file name the recipient sees',
	kind: 'document',
	fields: [
		{
			displayName: 'File Name',
			name: 'filename',
			type: 'string',
			default: '',
			placeholder: 'invoice.pdf',
			description:
				'The file name the recipient sees. Empty: the name of the binary file, or for a URL the name Uazapi chooses.',
		},
	],
	body(media) {
		const typed = textParameter(this, 'filename', 'File Name');
		if (typed) return { type: 'document', docName: typed };
		// A binary file brings its own name; for a URL or base64, Uazapi names the document.
		const fromBinary = this.getNodeParameter('mediaSource', 'url') === 'binary';
		return fromBinary && media.fileName ? { type: 'document', docName: media.fileName } : { type: 'document' };
	},
});
