import { blockListOf } from './contact';
import type { DoubleState } from './state';
import type { Responders } from './types';

interface BookEntry {
	jid: string;
	name: string;
}

// The phone's address book, per test.
const books = new WeakMap<DoubleState, BookEntry[]>();

export function addressBookOf(state: DoubleState): BookEntry[] {
	let book = books.get(state);
	if (!book) {
		book = [
			{ jid: '5511900000001@s.whatsapp.net', name: 'Ana Souza' },
			{ jid: '5511900000002@s.whatsapp.net', name: 'Bruno Lima' },
			{ jid: '5511900000003@s.whatsapp.net', name: 'Carla Dias' },
		];
		books.set(state, book);
	}
	return book;
}

const firstName = (name: string) => name.split(' ')[0];
const digitsOf = (phone: string) => phone.split('@')[0].replace(/\D/g, '');

export const contactBookResponders: Responders = {
	'GET /contacts': (_req, state) => ({
		status: 200,
		body: addressBookOf(state).map(({ jid, name }) => ({ jid, contactName: name, contact_FirstName: firstName(name) })),
	}),
	'POST /contacts/list': (req, state) => {
		const body = (req.body ?? {}) as { page?: number; pageSize?: number; limit?: number; offset?: number };
		const book = addressBookOf(state);
		const size = Math.min(body.limit ?? body.pageSize ?? 100, 1000);
		const offset = body.limit !== undefined ? (body.offset ?? 0) : ((body.page ?? 1) - 1) * size;
		const page = book.slice(offset, offset + size);
		return {
			status: 200,
			body: {
				contacts: page.map(({ jid, name }) => ({ jid, contact_name: name, contact_FirstName: firstName(name) })),
				pagination: {
					totalRecords: book.length,
					totalDeviceContacts: book.length,
					pageSize: size,
					currentPage: Math.floor(offset / size) + 1,
					totalPages: Math.ceil(book.length / size),
					hasNextPage: offset + page.length < book.length,
					hasPreviousPage: offset > 0,
				},
			},
		};
	},
	'POST /contact/add': (req, state) => {
		const { phone, name } = req.body as { phone: string; name: string };
		const digits = digitsOf(phone);
		const jid = `${digits}@s.whatsapp.net`;
		const book = addressBookOf(state);
		const known = book.find((entry) => entry.jid === jid);
		if (known) known.name = name;
		else book.push({ jid, name });
		return { status: 200, body: { success: true, message: 'Contato adicionado com sucesso', contact: { jid, name, phone: digits } } };
	},
	'POST /contact/remove': (req, state) => {
		const digits = digitsOf((req.body as { phone: string }).phone);
		const jid = `${digits}@s.whatsapp.net`;
		const book = addressBookOf(state);
		if (!book.some((entry) => entry.jid === jid)) return { status: 404, body: { error: 'Contact not found' } };
		books.set(state, book.filter((entry) => entry.jid !== jid));
		return { status: 200, body: { success: true, message: 'Contato removido com sucesso', removed_contact: { jid, phone: digits } } };
	},
	'GET /chat/blocklist': (_req, state) => ({ status: 200, body: { blockList: blockListOf(state) } }),
};
