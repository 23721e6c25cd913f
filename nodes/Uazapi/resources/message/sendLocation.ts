import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { deliveryProperty } from '../../shared/delivery';
import { phoneNumberProperty } from '../../shared/descriptions';
import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { sendOptionFields, sendOptionsProperty } from '../../shared/sendOptions';
import { numberParameter, numberValueParameter, textParameter } from '../../shared/validation';

const fields: INodeProperties[] = [
	phoneNumberProperty(),
	{
		displayName: 'Latitude',
		name: 'latitude',
		type: 'number',
		typeOptions: { minValue: -90, maxValue: 90, numberPrecision: 7 },
		default: 0,
		required: true,
		description: 'From -90 (south) to 90 (north), e.g. -23.5505',
	},
	{
		displayName: 'Longitude',
		name: 'longitude',
		type: 'number',
		typeOptions: { minValue: -180, maxValue: 180, numberPrecision: 7 },
		default: 0,
		required: true,
		description: 'From -180 (west) to 180 (east), e.g. -46.6333',
	},
	{
		displayName: 'Location Name',
		name: 'locationName',
		type: 'string',
		default: '',
		description: 'Optional name shown with the pin, e.g. a shop name',
	},
	{
		displayName: 'Address',
		name: 'address',
		type: 'string',
		default: '',
		description: 'Optional address shown under the name',
	},
	sendOptionsProperty,
	deliveryProperty,
];

function coordinate(context: IExecuteSingleFunctions, parameter: string, field: string, limit: number): number {
	return numberValueParameter(context, parameter, field, { min: -limit, max: limit, hint: 'Check that latitude and longitude are not swapped.' });
}

async function buildLocation(this: IExecuteSingleFunctions, request: RequestOptions) {
	const number = numberParameter(this, 'phoneNumber', 'Phone Number');
	const latitude = coordinate(this, 'latitude', 'Latitude', 90);
	const longitude = coordinate(this, 'longitude', 'Longitude', 180);
	const body: IDataObject = { number, latitude, longitude };
	const name = textParameter(this, 'locationName', 'Location Name');
	if (name) body.name = name;
	const address = textParameter(this, 'address', 'Address');
	if (address) body.address = address;
	return { ...request, body: { ...body, ...sendOptionFields(this, '/send/location') } };
}

export const sendLocation = defineOperation({
	resource: 'message',
	name: 'Send Location',
	value: 'sendLocation',
	action: 'Send a location',
	description: 'Sends a map pin with an optional name and address',
	method: 'POST',
	path: '/send/location',
	subject: 'chat',
	fields,
	prepare: buildLocation,
	delivery: true,
});
