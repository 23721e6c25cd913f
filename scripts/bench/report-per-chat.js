'use strict';
// The BENCHMARKS.md section of cli-per-chat.ts (1,000 messages across 100 chats): kept apart from report.js.

const ms = (value) => `${Math.round(value).toLocaleString('en-US')} ms`;

function spread(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
	return { min: sorted[0], median, max: sorted[sorted.length - 1] };
}

/** Markdown lines for the per-chat result, or none when that part did not run. */
function perChatSection(result) {
	if (!result) return [];
	const names = {
		perChat: '(p) Uazapi node, default Delivery (In Order per Chat, 10 chats at once)',
		httpAllAtOnce: '(b) HTTP Request node 4.4, default settings (all at once)',
	};
	const rows = Object.entries(result.times).map(([key, times]) => {
		const { min, median, max } = spread(times);
		const orders = result.orders[key];
		const overtaken = spread(orders.map((o) => o.overtaken));
		const chats = spread(orders.map((o) => o.chatsWithOvertaken));
		return `| ${names[key]} | ${ms(min)} / **${ms(median)}** / ${ms(max)} | ${times.map(Math.round).join(', ')} | ${overtaken.min} / **${overtaken.median}** / ${overtaken.max} | ${chats.median} |`;
	});
	const ratios = result.times.perChat.map((time, i) => time / result.times.httpAllAtOnce[i]);
	const ratio = spread(ratios);
	return [
		`## 1b. 1,000 Send Text messages across ${result.chats} chats, real n8n 2.8.4 CLI`,
		'',
		`Item i goes to chat i mod ${result.chats} (10 messages per chat) with the text "msg i"; ${result.repetitions} runs of each after one warm-up round, alternating, a fresh \`n8n execute\` per run; a random delay of 0–${result.jitterMs} ms on the proxy → Uazapi hop in every run. "Overtaken" counts, chat by chat, messages that reached Uazapi after a later message of their own chat.`,
		'',
		'| What | time min / median / max | runs | overtaken min / median / max | chats with overtaken (median) |',
		'|---|---|---|---|---:|',
		...rows,
		'',
		`Time ratio p/b: median of the medians ${(spread(result.times.perChat).median / spread(result.times.httpAllAtOnce).median).toFixed(2)}×; per run (p and b side by side) ${ratio.min.toFixed(2)}× / ${ratio.median.toFixed(2)}× / ${ratio.max.toFixed(2)}× (min / median / max). Goal: ≤ 0.5×.`,
		'',
	];
}

module.exports = { perChatSection };
