/**
 * A message ID in either form Uazapi hands out → the bare WhatsApp ID. A stored message carries
 * `messageid` ("3EB0…") and `id` ("<owner>:3EB0…"); a bare WhatsApp ID never contains ":".
 */
export function bareMessageId(id: string): string {
	return id.slice(id.lastIndexOf(':') + 1).trim();
}
