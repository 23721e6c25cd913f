// File extensions of the media WhatsApp carries (and common documents). No runtime dependency, so a table.
const EXTENSIONS: Record<string, string> = {
	'image/jpeg': 'jpg',
	'image/png': 'png',
	'image/gif': 'gif',
	'image/webp': 'webp',
	'image/heic': 'heic',
	'video/mp4': 'mp4',
	'video/3gpp': '3gp',
	'video/quicktime': 'mov',
	'video/webm': 'webm',
	'audio/mpeg': 'mp3',
	'audio/mp3': 'mp3',
	'audio/ogg': 'ogg',
	'audio/opus': 'opus',
	'audio/mp4': 'm4a',
	'audio/aac': 'aac',
	'audio/amr': 'amr',
	'audio/wav': 'wav',
	'application/pdf': 'pdf',
	'application/zip': 'zip',
	'application/msword': 'doc',
	'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
	'application/vnd.ms-excel': 'xls',
	'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
	'application/vnd.ms-powerpoint': 'ppt',
	'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
	'text/plain': 'txt',
	'text/csv': 'csv',
};

/** "audio/ogg; codecs=opus" → "audio/ogg". */
export function baseMimeType(mimeType: string): string {
	return mimeType.split(';')[0].trim().toLowerCase();
}

/** The usual file extension of a MIME type ("bin" when unknown). */
export function extensionFor(mimeType: string): string {
	const base = baseMimeType(mimeType);
	if (EXTENSIONS[base]) return EXTENSIONS[base];
	const subtype = base.split('/')[1] ?? '';
	return /^[a-z0-9]{1,5}$/.test(subtype) ? subtype : 'bin';
}

/** The MIME type a file name's extension stands for, when it is one of the known ones. */
export function mimeTypeFor(fileName: string): string | undefined {
	const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
	if (!extension) return undefined;
	if (extension === 'jpeg') return 'image/jpeg';
	return Object.keys(EXTENSIONS).find((mimeType) => EXTENSIONS[mimeType] === extension);
}
