import { baseMimeType, extensionFor, mimeTypeFor } from '../../nodes/Uazapi/shared/mimeTypes';
import { base64ByteLength } from '../../nodes/Uazapi/shared/media';

describe('extensionFor', () => {
	test.each([
		['image/jpeg', 'jpg'],
		['image/png', 'png'],
		['audio/ogg; codecs=opus', 'ogg'],
		['audio/mpeg', 'mp3'],
		['video/mp4', 'mp4'],
		['application/pdf', 'pdf'],
		['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
		['IMAGE/PNG', 'png'],
		['image/x-icon', 'bin'],
		['audio/flac', 'flac'],
		['application/octet-stream', 'bin'],
		['', 'bin'],
	])('%j → %s', (mimeType, extension) => {
		expect(extensionFor(mimeType)).toBe(extension);
	});
});

describe('mimeTypeFor', () => {
	test.each([
		['photo.jpg', 'image/jpeg'],
		['photo.JPEG', 'image/jpeg'],
		['song.mp3', 'audio/mpeg'],
		['report.final.pdf', 'application/pdf'],
		['sheet.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
		['noextension', undefined],
		['archive.7z', undefined],
	])('%j → %j', (fileName, mimeType) => {
		expect(mimeTypeFor(fileName)).toBe(mimeType);
	});
});

test('baseMimeType drops parameters and case', () => {
	expect(baseMimeType('Audio/OGG; codecs=opus')).toBe('audio/ogg');
});

describe('base64ByteLength', () => {
	test.each([0, 1, 2, 3, 4, 5, 100, 1001])('matches the decoded length for %i bytes', (size) => {
		const base64 = Buffer.alloc(size, 7).toString('base64');
		expect(base64ByteLength(base64)).toBe(size);
	});
});
