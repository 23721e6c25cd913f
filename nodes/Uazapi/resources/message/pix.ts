import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { invalidInput, textValue } from '../../shared/validation';

export const pixTypeOptions = [
	{ name: 'CPF', value: 'CPF', description: 'A person\'s tax number (11 digits)' },
	{ name: 'CNPJ', value: 'CNPJ', description: 'A company\'s tax number (14 digits)' },
	{ name: 'Phone', value: 'PHONE', description: 'A phone number registered as a PIX key' },
	{ name: 'Email', value: 'EMAIL', description: 'An email address registered as a PIX key' },
	{ name: 'Random Key (EVP)', value: 'EVP', description: 'A random key such as 123e4567-e89b-12d3-a456-426614174000' },
];

export function pixKeyTypeField(required: boolean): INodeProperties {
	return {
		displayName: 'PIX Key Type',
		name: 'pixType',
		type: 'options',
		options: pixTypeOptions,
		default: 'EVP',
		required,
		description: 'Which kind of PIX key the key is',
	};
}

/**
 * A PIX key checked against its type: CPF and CNPJ become their digits; a phone keeps a leading "+";
 * an email needs an "@"; a random key must be a UUID.
 */
export function pixKeyOf(context: IExecuteSingleFunctions, type: string, value: unknown, field = 'PIX Key'): string {
	const key = textValue(context, value, field);
	if (!key) throw invalidInput(context, field, 'is empty');
	const digits = (text: string) => text.replace(/[\s.\-/()]/g, '');
	switch (type) {
		case 'CPF':
		case 'CNPJ': {
			const length = type === 'CPF' ? 11 : 14;
			const plain = digits(key);
			if (!/^[0-9]+$/.test(plain) || plain.length !== length) {
				throw invalidInput(context, field, `is not a ${type} (${length} digits): "${key}"`);
			}
			return plain;
		}
		case 'PHONE': {
			const plain = digits(key);
			if (!/^\+?[0-9]{8,15}$/.test(plain)) throw invalidInput(context, field, `is not a phone number: "${key}"`, 'Example: +5511999999999.');
			return plain;
		}
		case 'EMAIL':
			if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(key)) throw invalidInput(context, field, `is not an email address: "${key}"`);
			return key;
		case 'EVP':
			if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(key)) {
				throw invalidInput(context, field, `is not a random PIX key (EVP): "${key}"`, 'Example: 123e4567-e89b-12d3-a456-426614174000.');
			}
			return key;
		default:
			throw invalidInput(context, 'PIX Key Type', `is not CPF, CNPJ, PHONE, EMAIL or EVP: "${type}"`);
	}
}
