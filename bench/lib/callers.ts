// The benchmark's callers: each plays one whole call through CallSession (signed webhooks over
// real HTTP, TwiML followed the way Twilio follows it) and reacts to what it is asked, as a
// guest would. Which question is being asked is read from the <Gather>'s speech hints (the
// words Twilio is told to expect), not from the wording of the prompts.

import type { QuestionId } from '../../flows/call-context.ts';
import type { CallSession, Turn } from '../../src/softphone/call-session.ts';
import type { GatherVerb } from '../../src/softphone/twiml.ts';

export const CALLER_KINDS = ['keypadBooking', 'speechBooking', 'spanishBooking', 'noAvailability', 'hangUp', 'transfer'] as const;
export type CallerKind = (typeof CALLER_KINDS)[number];

/** The default mix of callers (shares of all calls). */
export const DEFAULT_MIX: Record<CallerKind, number> = {
  keypadBooking: 0.4,
  speechBooking: 0.2,
  spanishBooking: 0.05,
  noAvailability: 0.15,
  hangUp: 0.1,
  transfer: 0.1,
};

/** How a call ended, as the caller saw it. */
export type CallEnd =
  | 'booked'
  | 'declined-offer' // no rooms as asked; the caller hung up at the alternatives (a turnaway)
  | 'hung-up' // the caller hung up mid-call, on purpose
  | 'desk-answered'
  | 'desk-no-answer'
  | 'ended-other' // the IVR ended the call some other way
  | 'gave-up' // the caller met something it has no answer for, or too many turns
  | 'error'; // a webhook failed (non-200, unparsable TwiML, no answer)

export interface CallResult {
  kind: CallerKind;
  end: CallEnd;
  turns: number;
  /** Times the caller heard the alternatives (the rooms asked for were not free). */
  offers: number;
  /** The question at which the call ended (gave-up, hung-up) or an error message. */
  detail?: string;
}

export type Rng = () => number;

/** A small seeded PRNG (mulberry32), so a run can be repeated with --seed. */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pickKind(rng: Rng, mix: Record<CallerKind, number>): CallerKind {
  const total = CALLER_KINDS.reduce((sum, k) => sum + mix[k], 0);
  let r = rng() * total;
  for (const kind of CALLER_KINDS) {
    r -= mix[kind];
    if (r < 0) return kind;
  }
  return 'keypadBooking';
}

// --- reading the question ------------------------------------------------------------------

/** The question a call waits at, as the flow names it (from the gather's prompt), or unknown. */
export type Question = QuestionId | 'unknown';

const BY_FIRST_HINT: Record<string, Question> = {
  'book a room': 'mainMenu',
  reservar: 'mainMenu',
  español: 'greeting',
  today: 'arrivalDate',
  hoy: 'arrivalDate',
  'one room': 'rooms',
  'una habitación': 'rooms',
  'one night': 'nights',
  'una noche': 'nights',
  'other dates': 'offer',
  'otras fechas': 'offer',
  'my name is': 'name',
  'me llamo': 'name',
  'credit card': 'payment',
  'tarjeta de crédito': 'payment',
  'this number': 'callback',
  'este número': 'callback',
  date: 'changeDetail',
  fecha: 'changeDetail',
  'the first one': 'dateChoice',
  'la primera': 'dateChoice',
  credit: 'cardKind',
  crédito: 'cardKind',
  'leave a message': 'callbackOffer',
  'dejar un mensaje': 'callbackOffer',
};

/** The question a <Gather> asks, from its hints (see src/voice/gather-options.ts). */
export function questionOf(gather: GatherVerb | undefined): Question {
  const hints = (gather?.hints ?? '').split(',').map((h) => h.trim());
  const [first = '', second = ''] = hints;
  if (first === 'book a room') return hints.includes('español') ? 'greeting' : 'mainMenu';
  if (first === 'yes' || first === 'sí') return second === 'no' ? 'confirmHeard' : 'readBack';
  const known = BY_FIRST_HINT[first];
  if (known) return known;
  if (hints.includes('Standard') || hints.includes('Estándar') || hints.includes('suite')) return 'roomType';
  return 'unknown';
}

// --- what a caller wants -------------------------------------------------------------------

const ROOM_CHOICES = [
  // key as offered (highest rate first), speech, weight (about the type's share of rooms)
  { key: '1', speech: 'the ocean suite', weight: 2 },
  { key: '2', speech: 'deluxe king', weight: 3 },
  { key: '3', speech: 'double queen', weight: 6 },
  { key: '4', speech: 'standard', weight: 8 },
];
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FIRST_NAMES = ['John', 'Maria', 'Wei', 'Aisha', 'Carlos', 'Emma', 'Kenji', 'Fatima', 'Liam', 'Sofia'];
const LAST_NAMES = ['Smith', 'Garcia', 'Chen', 'Okafor', 'Rossi', 'Muller', 'Tanaka', 'Haddad', 'Brown', 'Lopez'];
const PAYMENTS = [
  { key: '1', speech: 'credit card' },
  { key: '2', speech: 'cash' },
  { key: '3', speech: 'debit card' },
];
/** Questions a hang-up or transfer caller may stop at. */
const STOPPING_POINTS: Question[] = ['greeting', 'arrivalDate', 'roomType', 'rooms', 'nights', 'name', 'payment', 'callback', 'readBack'];

export interface CallPlan {
  kind: CallerKind;
  speech: boolean;
  spanish: boolean;
  /** Days from the hotel's today to arrival. */
  arrivalOffset: number;
  /** If the caller is sent to other dates, the second try. */
  secondOffset: number;
  room: (typeof ROOM_CHOICES)[number];
  rooms: number;
  nights: number;
  name: string;
  payment: (typeof PAYMENTS)[number];
  /** What to do when rooms are not free: take the first alternative, try other dates once, or hang up. */
  onOffer: 'take' | 'otherDates' | 'hangUp';
  /** hangUp and transfer callers: where. */
  stopAt: Question;
  /** transfer callers: what the desk does. */
  desk: 'completed' | 'no-answer';
}

export function planCall(kind: CallerKind, rng: Rng, horizonDays: number): CallPlan {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
  const weighted = () => {
    let r = rng() * ROOM_CHOICES.reduce((s, c) => s + c.weight, 0);
    for (const c of ROOM_CHOICES) if ((r -= c.weight) < 0) return c;
    return ROOM_CHOICES[3]!;
  };
  // Spread over the horizon (day 0 and the last days left out: the hotel's "today" and the
  // caller's may differ by a time zone).
  const offset = () => 1 + Math.floor(rng() * Math.max(1, horizonDays - 5));
  const noAvailability = kind === 'noAvailability';
  const r = rng();
  return {
    kind,
    speech: kind === 'speechBooking' || ((kind === 'hangUp' || kind === 'transfer') && rng() < 0.3),
    spanish: kind === 'spanishBooking',
    arrivalOffset: offset(),
    secondOffset: offset(),
    // No availability on purpose: more Ocean Suites than the hotel has (2), in one booking.
    room: noAvailability ? ROOM_CHOICES[0]! : weighted(),
    rooms: noAvailability ? 3 + Math.floor(rng() * 3) : rng() < 0.85 ? 1 : 2,
    nights: 1 + Math.floor(rng() * 4),
    name: `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`,
    payment: pick(PAYMENTS),
    onOffer: noAvailability ? (r < 0.5 ? 'take' : r < 0.7 ? 'otherDates' : 'hangUp') : r < 0.7 ? 'take' : 'hangUp',
    stopAt: pick(STOPPING_POINTS),
    desk: rng() < 0.6 ? 'completed' : 'no-answer',
  };
}

// --- dates as the hotel reads them ---------------------------------------------------------

export function hotelToday(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** MMDD keys: the hotel takes them as the next such date, today included. */
export function dateKeys(iso: string): string {
  return iso.slice(5, 7) + iso.slice(8, 10);
}

/** "March 14th". */
export function dateWords(iso: string): string {
  const month = MONTHS[Number(iso.slice(5, 7)) - 1]!;
  const day = Number(iso.slice(8, 10));
  const suffix = day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th';
  return `${month} ${day}${suffix}`;
}

// --- playing a call ------------------------------------------------------------------------

export interface PlayOptions {
  /** The hotel's today (yyyy-MM-dd), for arrival dates. */
  today: string;
  /** Waits between the caller's actions (the caller listening and answering). */
  think: () => Promise<void>;
  maxTurns?: number;
  /** Stop here and leave the call waiting for input (for the RSS mode): returns after that question is asked. */
  leaveAt?: Question;
}

/** Plays one call to its end (or to `leaveAt`) and says how it ended. */
export async function playCall(call: CallSession, plan: CallPlan, options: PlayOptions): Promise<CallResult> {
  const maxTurns = options.maxTurns ?? 40;
  const result: CallResult = { kind: plan.kind, end: 'ended-other', turns: 0, offers: 0 };
  let arrival = addDays(options.today, plan.arrivalOffset);
  let triedOtherDates = false;
  let spokeSpanish = false;
  let misses = 0;
  let lastQuestion: Question | null = null;
  try {
    let turn: Turn = await call.start();
    for (;;) {
      result.turns++;
      if (turn.hungUp || call.waitingFor === 'ended') {
        if (result.end === 'ended-other') result.end = endOf(turn, result);
        return result;
      }
      // Booked: the caller has their confirmation number and hangs up, as most do at "Another booking?".
      if (endOf(turn, result) === 'booked') {
        await call.hangup();
        return { ...result, end: 'booked' };
      }
      if (result.turns > maxTurns) {
        await call.hangup();
        return { ...result, end: 'gave-up', detail: `more than ${maxTurns} turns` };
      }
      await options.think();

      if (call.waitingFor === 'dial') {
        if (plan.desk === 'completed') {
          if (turn.dial?.targets[0]?.url) await call.whisper(0, '1');
          await call.dialResult('completed', 45);
          result.end = 'desk-answered';
          // The desk took the call: once it is over, Twilio posts the status callback.
          if (!call.ended) await call.hangup();
          return result;
        }
        turn = await call.dialResult('no-answer');
        result.end = 'desk-no-answer';
        continue;
      }
      if (call.waitingFor === 'record') {
        turn = await call.record({ transcript: plan.name });
        continue;
      }

      const q = questionOf(turn.gather);
      misses = q === lastQuestion ? misses + 1 : 0;
      lastQuestion = q;
      if (options.leaveAt && q === options.leaveAt) return { ...result, end: 'ended-other', detail: `left waiting at ${q}` };
      if (misses >= 2 && q !== 'offer') {
        await call.hangup();
        return { ...result, end: 'gave-up', detail: `asked ${q} three times` };
      }
      if ((plan.kind === 'hangUp' || plan.kind === 'transfer') && q === plan.stopAt) {
        if (plan.kind === 'hangUp') {
          await call.hangup();
          return { ...result, end: 'hung-up', detail: q };
        }
        turn = plan.speech ? await call.say('front desk please', 0.9) : await call.press('0');
        continue;
      }
      const keys = !plan.speech;
      switch (q) {
        case 'greeting':
          if (plan.spanish && !spokeSpanish) {
            spokeSpanish = true;
            turn = await call.press('9');
          } else turn = keys ? await call.press('1') : await call.say('I would like to book a room', 0.92);
          break;
        case 'mainMenu':
          turn = keys ? await call.press('1') : await call.say('book a room', 0.92);
          break;
        case 'arrivalDate':
          turn = keys ? await call.press(dateKeys(arrival)) : await call.say(dateWords(arrival), 0.9);
          break;
        case 'roomType':
          turn = keys ? await call.press(plan.room.key) : await call.say(plan.room.speech, 0.9);
          break;
        case 'rooms':
          turn = keys ? await call.press(String(plan.rooms)) : await call.say(`${NUMBER_WORDS[plan.rooms]} ${plan.rooms === 1 ? 'room' : 'rooms'}`, 0.9);
          break;
        case 'nights':
          turn = keys ? await call.press(`${plan.nights}#`) : await call.say(`${NUMBER_WORDS[plan.nights]} ${plan.nights === 1 ? 'night' : 'nights'}`, 0.9);
          break;
        case 'offer': {
          result.offers++;
          const offered = turn.said.some((s) => /(press|oprima) 1\b/i.test(s.text));
          if (plan.onOffer === 'otherDates' && !triedOtherDates) {
            triedOtherDates = true;
            arrival = addDays(options.today, plan.secondOffset);
            turn = await call.press('9');
          } else if (plan.onOffer !== 'hangUp' && offered && result.offers <= 3) {
            turn = await call.press('1');
          } else {
            await call.hangup();
            return { ...result, end: 'declined-offer' };
          }
          break;
        }
        case 'name':
          turn = await call.say(plan.name, 0.95);
          break;
        case 'payment':
          turn = keys ? await call.press(plan.payment.key) : await call.say(plan.payment.speech, 0.92);
          break;
        case 'callback':
          turn = keys ? await call.press('1') : await call.say('this number', 0.92);
          break;
        case 'readBack':
          turn = keys ? await call.press('1') : await call.say('yes', 0.95);
          break;
        case 'confirmHeard':
          turn = await call.press('1');
          break;
        case 'dateChoice':
          // The date said could be read two ways (or has just passed): the first offered is the one meant.
          turn = keys ? await call.press('1') : await call.say('the first one', 0.9);
          break;
        case 'cardKind':
          turn = keys ? await call.press('1') : await call.say('credit', 0.9);
          break;
        case 'callbackOffer':
          // Nobody at the desk: leave a message.
          turn = await call.press('1');
          break;
        default:
          await call.hangup();
          return { ...result, end: 'gave-up', detail: `unexpected question (${turn.gather?.hints ?? 'no hints'})` };
      }
    }
  } catch (err) {
    return { ...result, end: 'error', detail: err instanceof Error ? err.message.slice(0, 300) : String(err) };
  }
}

function endOf(turn: Turn, result: CallResult): CallEnd {
  if (result.end === 'desk-no-answer') return 'desk-no-answer';
  if (turn.said.some((s) => /confirmation number|número de confirmación/i.test(s.text))) return 'booked';
  return 'ended-other';
}
