import { describeResource } from '../../shared/operation';
import { getMediaUrl } from './getMediaUrl';
import { sendAudio } from './sendAudio';
import { sendDocument } from './sendDocument';
import { sendImage } from './sendImage';
import { sendSticker } from './sendSticker';
import { sendVideo } from './sendVideo';
import { uploadMedia } from './uploadMedia';

export const mediaDescription = describeResource(
	'media',
	[sendImage, sendDocument, sendAudio, sendVideo, sendSticker, uploadMedia, getMediaUrl],
	'sendImage',
);
