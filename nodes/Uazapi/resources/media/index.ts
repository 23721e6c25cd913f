import { describeResource } from '../../shared/operation';
import { sendAudio } from './sendAudio';
import { sendDocument } from './sendDocument';
import { sendImage } from './sendImage';
import { sendSticker } from './sendSticker';
import { sendVideo } from './sendVideo';

export const mediaDescription = describeResource(
	'media',
	[sendImage, sendDocument, sendAudio, sendVideo, sendSticker],
	'sendImage',
);
