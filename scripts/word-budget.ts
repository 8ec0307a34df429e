/**
 * `npm run words` — what a caller hears and a texter reads, in figures (issue 10): the words and
 * seconds (at 150 words a minute) of a minimal keypad booking, greeting to goodbye, per prompt and
 * in all; the read-back; the longest prompt said in that call and the longest any prompt can be;
 * and the SMS segments of every reply of the same booking by text. Runs the real app in this
 * process on a throwaway database, with the demo hotel (or `--hotel FILE`).
 *
 *   npm run words                 # the table
 *   npm run words -- --prompts    # also every prompt said, with its words
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { LOCALES } from '../flows/types.ts';
import { loadConfig } from '../src/config.ts';
import { ensureHotel, loadHotel, currentHotelId } from '../src/hotel/hotel-store.ts';
import { buildApp } from '../src/http/app.ts';
import { createLogger } from '../src/logger.ts';
import { smsSize } from '../src/messaging/sms-encoding.ts';
import { CallSession } from '../src/softphone/call-session.ts';
import { minimalKeypadBooking, minimalTextBooking, promptsSaid } from '../src/softphone/scripted-booking.ts';
import { TextSession } from '../src/softphone/text-session.ts';
import { openDatabase } from '../src/storage/database.ts';
import type { Db } from '../src/storage/database.ts';
import type { LoadedHotel } from '../src/hotel/hotel-store.ts';
import { STAFF_PROMPTS, catalogueContexts, promptCatalogue } from '../src/voice/prompt-catalogue.ts';
import { WORD_BUDGETS, promptLimit, secondsFor, tallyWords, wordsOf } from '../src/voice/word-budget.ts';

const { values: args } = parseArgs({ options: { hotel: { type: 'string' }, prompts: { type: 'boolean', default: false } } });

const TOKEN = 'word-budget-token';
const PUBLIC_URL = 'https://conserje.example.com';
const HOTEL_NUMBER = '+15551230000';
/** Saturday 28 November 2026, 10:00 in New York: the day the scripted booking is made. */
const NOW = new Date('2026-11-28T15:00:00Z');
const CALLER = '+12125550123';

/** A fresh app on a fresh database, so every scenario finds the hotel's rooms free. */
async function withApp<T>(run: (baseUrl: string, db: Db, hotel: LoadedHotel) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'conserje-words-'));
  const db = await openDatabase(join(dir, 'words.db'));
  try {
    await ensureHotel(db, { hotelFile: args.hotel, now: NOW });
    const hotel = await loadHotel(db, (await currentHotelId(db))!);
    const config = loadConfig({
      PUBLIC_BASE_URL: PUBLIC_URL,
      TWILIO_AUTH_TOKEN: TOKEN,
      TWILIO_PHONE_NUMBER: HOTEL_NUMBER,
      DATABASE_PATH: join(dir, 'words.db'),
      LOG_LEVEL: 'silent',
    });
    const app = await buildApp({ config, db, logger: createLogger('silent'), clock: () => NOW, newConfirmation: () => '48151623' });
    const server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    try {
      return await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, db, hotel);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (words: number) => `${words} words, ${secondsFor(words)} s`;
for (const locale of LOCALES) {
  const budget = WORD_BUDGETS[locale];
  await withApp(async (baseUrl, db, hotel) => {
    if (locale === LOCALES[0]) console.log(`${hotel.info.name} (${hotel.info.roomTypes.length} room types), at 150 words a minute\n`);
    const call = new CallSession({ baseUrl, publicBaseUrl: PUBLIC_URL, authToken: TOKEN, from: CALLER, to: HOTEL_NUMBER });
    await minimalKeypadBooking(call, locale);
    const tally = tallyWords(await promptsSaid(db, call.callSid));
    const catalogue = promptCatalogue(catalogueContexts(hotel.info, locale), locale);
    const [longestAny] = catalogue.filter((p) => !STAFF_PROMPTS.has(p.prompt) && promptLimit(p.prompt, locale) === budget.prompt);
    const changeReadBack = catalogue.find((p) => p.prompt === 'ask.stayChangeConfirm');
    console.log(`== ${locale}: minimal keypad booking, greeting to goodbye`);
    console.log(`  whole call      ${fmt(tally.words)}   (budget ${budget.booking} words)`);
    console.log(`  read-back       ${fmt(wordsOf(tally, 'ask.readBack'))}   (budget ${budget.readBack})`);
    console.log(`  change read-back ${fmt(changeReadBack?.words ?? 0)}   (a reservation's change, longest; budget ${budget.readBack})`);
    console.log(`  longest said    ${fmt(tally.longest?.words ?? 0)}   ${tally.longest?.prompt ?? ''}`);
    const [longestAll] = catalogue.filter((p) => !STAFF_PROMPTS.has(p.prompt));
    console.log(`  longest of all  ${fmt(longestAll?.words ?? 0)}   ${longestAll?.prompt ?? ''}   (any call, any prompt)`);
    console.log(`  longest prompt  ${fmt(longestAny?.words ?? 0)}   ${longestAny?.prompt ?? ''}   (budget ${budget.prompt}; any call, read-backs apart)`);
    const over = catalogue.filter((p) => p.words > promptLimit(p.prompt, locale) && !STAFF_PROMPTS.has(p.prompt));
    console.log(`  prompts over ${budget.prompt} words (the read-backs: ${budget.readBack}): ${over.length ? over.map((p) => `${p.prompt} ${p.words}`).join(', ') : 'none'}`);
    if (args.prompts) {
      for (const p of tally.prompts) console.log(`    ${String(p.words).padStart(3)}  ${p.prompt.padEnd(22)} ${p.text}`);
    }
  });
  await withApp(async (baseUrl, _db, hotel) => {
    const texter = new TextSession({ baseUrl, publicBaseUrl: PUBLIC_URL, authToken: TOKEN, from: CALLER, to: HOTEL_NUMBER });
    const second = hotel.info.roomTypes[1] ?? hotel.info.roomTypes[0]!;
    const replies = await minimalTextBooking(texter, locale, second.name[locale === 'es-MX' ? 'es' : 'en']);
    const sizes = replies.map((r) => smsSize(r));
    console.log(`== ${locale}: the same booking by text, SMS segments per reply`);
    console.log(
      `  ${sizes.map((s) => `${s.segments}${s.encoding === 'UCS-2' ? 'u' : ''}`).join(' ')}   (u: UCS-2; total ${sizes.reduce((n, s) => n + s.segments, 0)}, most ${Math.max(...sizes.map((s) => s.segments))})`,
    );
    if (args.prompts) {
      replies.forEach((r, i) => console.log(`    ${sizes[i]!.segments} ${sizes[i]!.encoding.padEnd(5)} ${String(sizes[i]!.units).padStart(4)}  ${r}`));
    }
    console.log('');
  });
}
