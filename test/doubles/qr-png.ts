import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';

/** Modules per side of a version-2 QR code. */
const SIZE = 25;

/**
 * A PNG that looks like a WhatsApp QR code (finder, timing and alignment patterns, modules derived from `seed`),
 * for the simulator's Get QR Code. It is not an encoded QR code: a phone that scans it finds nothing to link.
 * Written with node:zlib alone, so the doubles need no image library.
 */
export function qrLikePng(seed: string, { moduleSize = 8, quietZone = 4 } = {}): Buffer {
	const dark = qrModules(seed);
	const side = (SIZE + 2 * quietZone) * moduleSize;
	const rows: Buffer[] = [];
	for (let y = 0; y < side; y++) {
		const row = Buffer.alloc(side + 1, 0xff);
		row[0] = 0; // filter: none
		const r = Math.floor(y / moduleSize) - quietZone;
		for (let x = 0; x < side; x++) {
			const c = Math.floor(x / moduleSize) - quietZone;
			if (r >= 0 && r < SIZE && c >= 0 && c < SIZE && dark[r][c]) row[x + 1] = 0;
		}
		rows.push(row);
	}
	const header = Buffer.alloc(13);
	header.writeUInt32BE(side, 0);
	header.writeUInt32BE(side, 4);
	header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, deflate, no filter method variants, no interlace
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
		chunk('IEND', Buffer.alloc(0)),
	]);
}

/** The 25×25 module grid: true for dark modules. */
export function qrModules(seed: string): boolean[][] {
	const bits = pseudoRandomBits(seed, SIZE * SIZE);
	const grid: boolean[][] = [];
	for (let r = 0; r < SIZE; r++) {
		grid.push([]);
		for (let c = 0; c < SIZE; c++) grid[r].push(fixedPattern(r, c) ?? bits[r * SIZE + c]);
	}
	return grid;
}

/** Dark or light for the modules every QR code has in the same place; undefined for data modules. */
function fixedPattern(r: number, c: number): boolean | undefined {
	for (const [top, left] of [
		[0, 0],
		[0, SIZE - 7],
		[SIZE - 7, 0],
	]) {
		// The finder pattern (7×7 rings around a 3×3 centre) and its light separator.
		if (r >= top - 1 && r <= top + 7 && c >= left - 1 && c <= left + 7) {
			const y = r - top;
			const x = c - left;
			if (y < 0 || y > 6 || x < 0 || x > 6) return false;
			return y === 0 || y === 6 || x === 0 || x === 6 || (y >= 2 && y <= 4 && x >= 2 && x <= 4);
		}
	}
	const [ar, ac] = [SIZE - 7, SIZE - 7]; // the alignment pattern's centre
	if (Math.abs(r - ar) <= 2 && Math.abs(c - ac) <= 2) return Math.max(Math.abs(r - ar), Math.abs(c - ac)) !== 1;
	if (r === 6) return c % 2 === 0;
	if (c === 6) return r % 2 === 0;
	return undefined;
}

function pseudoRandomBits(seed: string, count: number): boolean[] {
	const bits: boolean[] = [];
	for (let block = 0; bits.length < count; block++) {
		for (const byte of createHash('sha256').update(`${seed}:${block}`).digest()) {
			for (let bit = 0; bit < 8; bit++) bits.push(((byte >> bit) & 1) === 1);
		}
	}
	return bits.slice(0, count);
}

function chunk(type: string, data: Buffer): Buffer {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(typeAndData));
	return Buffer.concat([length, typeAndData, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(bytes: Buffer): number {
	let c = 0xffffffff;
	for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}
