// Every prompt of a locale's set, in words, over a few full-grown calls (two rooms and one, the
// desk closed or busy, three reservations on file, every status): the longest wording each prompt
// can take, for the "no prompt over 40 words" budget. Walks the prompt set itself, so a prompt
// added to it (by any issue) is measured without anyone listing it here.

import { createActor } from 'xstate';
import { callMachine } from '../../flows/call-machine.ts';
import type { CallContext, ReservationSummary } from '../../flows/call-context.ts';
import type { HotelInfo, Locale } from '../../flows/types.ts';
import type { CallerHistory } from '../calls/caller-history.ts';
import { formatterFor } from './formatters.ts';
import type { PromptArgs, PromptSet } from './prompts/prompt-types.ts';
import { PROMPTS } from './voices.ts';
import { countWords } from './word-budget.ts';

export interface CataloguedPrompt {
  prompt: string;
  text: string;
  words: number;
}

/** Saturday 28 November 2026, 10:00 in New York. */
const AT = '2026-11-28T15:00:00Z';

const HISTORY: CallerHistory = {
  previousCalls: 2,
  lastOutcome: 'booked',
  lastReservation: { confirmation: '48151623', arrival: '2026-12-04', guestName: 'María Guadalupe Hernández', status: 'booked' },
};

/** A long name, as a guest of each language might have (a Spanish one with its accents). */
const GUEST: Record<Locale, string> = { 'en-US': 'Mary Ann Whitfield-Jones', 'es-MX': 'María Guadalupe Hernández' };

/** Parameters any notice may draw on. */
const NOTICE_PARAMS: Record<string, string | number> = {
  date: '2026-11-20',
  days: 365,
  max: 5,
  // A whole request said back, a date that does not exist, a common question (issue 9).
  rooms: 2,
  arrival: '2026-12-24',
  nights: 3,
  month: 2,
  day: 29,
  year: 2027,
  topic: 'cancellation',
  // A reservation's price asked (2 rooms, 3 nights).
  total: 1440,
  // Nights said that the dates contradict (across a month's end: its longest wording).
  leaving: '2027-01-02',
  said: 12,
  // A reservation texted to its own number, or not (the longer wording: the number opted out).
  last4: '4821',
  why: 'optedOut',
  // The time a guest said they arrive (its longest wording: with minutes).
  time: '23:30',
};

/** Three reservations a caller may have: the last one next year (its date says the year). */
const ARRIVALS = ['2026-12-04', '2026-12-19', '2027-01-05'];

function reservation(i: number, status: ReservationSummary['status'], roomType: string): ReservationSummary {
  return { id: i, confirmation: `4815162${i}`, arrival: ARRIVALS[i - 1]!, nights: 3, rooms: 2, roomType, total: 1440, status, holdUntil: '18:00' };
}

/** Prompts the front desk hears, not the caller: outside the caller's word budget. */
export const STAFF_PROMPTS: ReadonlySet<string> = new Set(['whisper', 'screenDeclined']);

/** Calls at the moments prompts are said, each as long as a real call makes them. */
export function catalogueContexts(hotel: HotelInfo, locale: Locale): CallContext[] {
  const base = createActor(callMachine, { input: { callSid: 'CA0', caller: '+12125550123', hotel, at: AT, locale } }).getSnapshot()
    .context;
  const codes = hotel.roomTypes.map((t) => t.code);
  const [first = '', second = first, third = second] = codes;
  const full: CallContext = {
    ...base,
    arrival: '2026-12-04',
    roomType: first,
    rooms: 2,
    nights: 3,
    held: true,
    holdExpiresAt: '2026-11-28T15:10:00Z',
    offer: [
      { kind: 'roomType', code: second, free: 3 },
      { kind: 'roomType', code: third, free: 2 },
      { kind: 'fewerRooms', rooms: 1 },
    ],
    guestName: GUEST[locale],
    payment: 'credit_card',
    callback: '+12125550188',
    pending: { question: 'name', value: { q: 'name', name: GUEST[locale] }, said: GUEST[locale] },
    confirmation: '48151623',
    transferReason: 'caller_asked',
    dialStatus: 'no-answer',
    callerReservations: [reservation(1, 'booked', first), reservation(2, 'booked', second), reservation(3, 'arrived', third)],
    found: reservation(1, 'booked', first),
  };
  return [
    full,
    { ...full, rooms: 1, offer: [{ kind: 'roomType', code: second, free: 1 }] },
    { ...full, deskClosed: true, dialStatus: null },
    { ...full, dialStatus: 'busy' },
    { ...full, guestName: null, nameRecordingUrl: 'https://api.twilio.com/recording', nameTries: 2 },
    ...(['arrived', 'cancelled', 'released'] as const).map((status) => ({ ...full, found: reservation(1, status, first) })),
    // "Next Friday" with its nights, and a day already past (issue 9).
    {
      ...full,
      dateChoice: {
        reason: 'ambiguous',
        options: [{ arrival: '2026-12-04', departure: '2026-12-07' }, { arrival: '2026-12-11', departure: '2026-12-14' }],
      },
    },
    { ...full, dateChoice: { reason: 'past', options: [{ arrival: '2027-11-20', departure: null }], passed: '2026-11-20' } },
    // A reservation's change read back (flows/stay-change.ts): moved, longer, with its new total and hold.
    { ...full, stayChange: { arrival: '2026-12-19', nights: 4, rooms: 2, holdUntil: '18:00', holdDate: '2026-12-19', total: 1920 } },
  ];
}

/** Every prompt of the locale's set (the phone's, or another channel's) with its longest wording over `contexts`. */
export function promptCatalogue(contexts: CallContext[], locale: Locale, prompts: PromptSet = PROMPTS[locale]): CataloguedPrompt[] {
  const set = prompts as unknown as Record<string, unknown>;
  const longest = new Map<string, CataloguedPrompt>();
  const keep = (prompt: string, text: string) => {
    const words = countWords(text);
    const before = longest.get(prompt);
    if (!before || words > before.words) longest.set(prompt, { prompt, text, words });
  };
  for (const ctx of contexts) {
    const args: PromptArgs & { history: CallerHistory; params: typeof NOTICE_PARAMS } = {
      ctx,
      f: formatterFor(locale),
      history: HISTORY,
      params: NOTICE_PARAMS,
    };
    for (const [key, value] of Object.entries(set)) {
      // `answer` words a value inside other prompts and `payment` is a table of words: neither is said alone.
      if (key === 'answer' || key === 'payment') continue;
      if (typeof value === 'function') keep(key, (value as (a: typeof args) => string)(args));
      else if (value && typeof value === 'object') {
        for (const [sub, words] of Object.entries(value as Record<string, unknown>)) {
          if (typeof words === 'function') keep(`${key}.${sub}`, (words as (a: typeof args) => string)(args));
        }
      }
    }
  }
  return [...longest.values()].sort((a, b) => b.words - a.words);
}
