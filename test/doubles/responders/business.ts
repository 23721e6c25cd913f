import type { DoubleState } from './state';
import type { Responders } from './types';

/** A catalog product as Uazapi's catalog/list returns it (whatsmeow's PascalCase structs). */
export function product(n: number, hidden = false) {
	const id = String(1234567890 + n);
	return {
		ID: id,
		Name: `Product ${n}`,
		Description: `Description of product ${n}`,
		Price: { Amount: String(1000 + n), Currency: 'BRL' },
		SalePrice: '',
		RetailerID: `sku-${n}`,
		Url: `https://example.com/product/${n}`,
		Availability: 'in stock',
		IsHidden: hidden,
		StatusInfo: { Status: 'active', CanAppeal: false },
		MaxAvailable: 10,
		ImageFetchStatus: 'success',
		Images: [],
	};
}

export const BUSINESS_PROFILE = {
	tag: 'business',
	description: 'Electronics and accessories',
	address: 'Rua das Flores, 123',
	email: 'contact@example.com',
	websites: ['https://example.com'],
	categories: [{ id: '1223524174334504', localized_display_name: 'Shopping & retail' }],
};

export const CATEGORIES = [
	{ id: '1223524174334504', localized_display_name: 'Shopping & retail' },
	{ id: '629412378414563', localized_display_name: 'Education' },
];

const PAGE = 10;

interface Business {
	profile: Record<string, unknown>;
	products: Array<ReturnType<typeof product>>;
}

const businessByState = new WeakMap<DoubleState, Business>();

/** The account's business profile and catalog (12 products: two pages), per test. */
export function businessOf(state: DoubleState): Business {
	let business = businessByState.get(state);
	if (!business) {
		business = { profile: { ...BUSINESS_PROFILE }, products: Array.from({ length: 12 }, (_, i) => product(i + 1)) };
		businessByState.set(state, business);
	}
	return business;
}

const cursorOf = (offset: number) => Buffer.from(`CURSOR_${offset}`).toString('base64');
const offsetOf = (cursor?: string) => (cursor ? Number(Buffer.from(cursor, 'base64').toString().replace('CURSOR_', '')) || 0 : 0);

const find = (state: DoubleState, id: string) => businessOf(state).products.find((entry) => entry.ID === id);
const noProduct = { status: 500, body: { error: 'product not found' } };

export const businessResponders: Responders = {
	'POST /business/get/profile': (_req, state) => ({ status: 200, body: { response: businessOf(state).profile } }),
	'POST /business/update/profile': (req, state) => {
		const body = req.body as Record<string, string>;
		const response: Record<string, { status: string }> = {};
		for (const [key, value] of Object.entries(body)) {
			businessOf(state).profile[key] = value;
			response[key] = { status: 'updated' };
		}
		return { status: 200, body: { response, updated: Object.keys(response).length, failed: 0 } };
	},
	'GET /business/get/categories': () => ({ status: 200, body: { response: CATEGORIES } }),
	'POST /business/catalog/list': (req, state) => {
		const { jid, cursor, after } = req.body as { jid: string; cursor?: string; after?: string };
		const offset = offsetOf(cursor ?? after);
		const all = businessOf(state).products;
		const products = all.slice(offset, offset + PAGE);
		const [user, server] = jid.split('@');
		return {
			status: 200,
			body: {
				response: {
					JID: { User: user, RawAgent: 0, Device: 0, Integrator: 0, Server: server },
					CartEnabled: false,
					Source: '',
					Products: products,
					Paging: { Before: offset ? cursorOf(Math.max(0, offset - PAGE)) : '', After: offset + PAGE < all.length ? cursorOf(offset + PAGE) : '' },
				},
			},
		};
	},
	'POST /business/catalog/info': (req, state) => {
		const entry = find(state, String((req.body as { id: string }).id));
		if (!entry) return noProduct;
		return {
			status: 200,
			body: { response: { id: entry.ID, name: entry.Name, description: entry.Description, price: entry.Price.Amount, currency: entry.Price.Currency } },
		};
	},
	'POST /business/catalog/delete': (req, state) => {
		const { products } = businessOf(state);
		const index = products.findIndex((entry) => entry.ID === (req.body as { id: string }).id);
		if (index < 0) return noProduct;
		products.splice(index, 1);
		return { status: 200, body: { response: 'Deleted product' } };
	},
	'POST /business/catalog/show': (req, state) => {
		const entry = find(state, String((req.body as { id: string }).id));
		if (!entry) return noProduct;
		entry.IsHidden = false;
		return { status: 200, body: { response: 'Product shown' } };
	},
	'POST /business/catalog/hide': (req, state) => {
		const entry = find(state, String((req.body as { id: string }).id));
		if (!entry) return noProduct;
		entry.IsHidden = true;
		return { status: 200, body: { response: 'Product hidden' } };
	},
};
