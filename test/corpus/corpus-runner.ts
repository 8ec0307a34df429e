// Runs the utterance corpus through the real call flow — the statechart and every reader, as the
// webhooks run it (flows/settle.ts) — with a world where rooms are always free, and scores what
// each utterance changed: slots understood at once, slots asked again, slots silently wrong.
// Texts start the way the SMS route starts a conversation (src/sms/text-input.ts).

import { initialTransition } from 'xstate';
import type { CallEvent, CallInput, OfferOption, ReservationSummary, Untimed } from '../../flows/call-context.ts';
import { callMachine } from '../../flows/call-machine.ts';
import type { EffectResultEvent } from '../../flows/effects.ts';
import { plusDays } from '../../flows/hotel-time.ts';
import { settle, settleActions } from '../../flows/settle.ts';
import type { FlowSnapshot, Perform } from '../../flows/settle.ts';
import type { HotelInfo } from '../../flows/types.ts';
import { conversationStart, textCommand, textEvent } from '../../src/sms/text-input.ts';
import type { CorpusCase, CorpusFile, Moment, Raise, SlotName, Slots } from './corpus-case.ts';

const SLOTS: readonly SlotName[] = ['arrival', 'departure', 'nights', 'rooms', 'roomType', 'name', 'payment', 'callback', 'locale'];

/** The confirmation number the world knows (an `existing` or `reservation` case). */
const KNOWN_CONFIRMATION = '12345678';

/** What is offered at an `offer` case instead of the Ocean Suite asked for, highest price first. */
export const OFFERED: OfferOption[] = [
  { kind: 'roomType', code: 'DLX', free: 3 },
  { kind: 'roomType', code: 'DQ', free: 6 },
  { kind: 'roomType', code: 'STD', free: 8 },
];

/** Ten in the morning in New York: the hotel's `today` whatever the season. */
function instantOf(today: string): string {
  return `${today}T15:00:00Z`;
}

/** The world: rooms always free (but for the first check of an `offer` case); one reservation on file. */
function world(at: string, today: string, moment: Moment): Perform {
  let checks = 0;
  return (action): EffectResultEvent | null => {
    switch (action.type) {
      case 'checkAndHold': {
        checks++;
        const taken = moment === 'offer' && checks === 1;
        return { type: 'inventory.checked', held: !taken, holdExpiresAt: null, offer: taken ? OFFERED : null, at };
      }
      case 'book':
        return { type: 'inventory.booked', confirmation: '12345678', reservationId: 1, offer: null, at };
      case 'findCallerReservations':
        return { type: 'reservations.listed', reservations: [], at };
      case 'findReservation': {
        const asked = (action as { params?: { confirmation?: unknown } }).params?.confirmation;
        return { type: 'reservation.found', found: asked === KNOWN_CONFIRMATION ? onFile(today) : null, at };
      }
      case 'cancelReservation':
        return { type: 'reservation.cancelled', cancelled: false, at };
      case 'changeStay': {
        // A change of the reservation on file (flows/stay-change.ts): free, held until 18:00 of its arrival.
        const asked = (action as { params?: { arrival?: string } }).params;
        return { type: 'stay.checked', result: { ok: true, holdUntil: '18:00', holdDate: asked?.arrival ?? plusDays(today, 7), total: 480 }, at };
      }
      case 'findFreeTypes':
        return { type: 'inventory.free', free: OFFERED.flatMap((o) => (o.kind === 'roomType' ? [{ code: o.code, free: o.free }] : [])), at };
      default:
        return null;
    }
  };
}

/** The reservation on file: a week ahead, the Double Queen, 1 room, 2 nights. */
function onFile(today: string): ReservationSummary {
  return { id: 1, confirmation: KNOWN_CONFIRMATION, arrival: plusDays(today, 7), nights: 2, rooms: 1, roomType: 'DQ', total: 360, status: 'booked', holdUntil: '18:00' };
}

/** MMDD of a date a week ahead: the arrival keyed on the way to a later question. */
function weekAheadKeys(today: string): string {
  const d = plusDays(today, 7);
  return d.slice(5, 7) + d.slice(8, 10);
}

type Step = Untimed<Extract<CallEvent, { type: `caller.${string}` }>>;
const key = (digits: string): Step => ({ type: 'caller.digits', digits });

/** The answers that reach a question, in the router's order (the rooms are always free). */
function stepsTo(c: CorpusCase, channel: CorpusFile['channel'], lang: CorpusFile['lang']): Step[] {
  const { at, today } = c;
  const name: Step = { type: 'caller.speech', text: 'Ana Díaz', confidence: channel === 'text' ? 1 : 0.9 };
  // "Next Friday" in the call's own language: said in English on a Spanish call, it is English spoken there.
  const nextFriday = lang === 'es' ? 'el próximo viernes' : 'next Friday';
  if (at === 'dateChoice') return [key('1'), { type: 'caller.speech', text: nextFriday, confidence: channel === 'text' ? 1 : 0.9 }];
  if (at === 'existing') return [key('2')];
  if (at === 'reservation') return [key('2'), key(KNOWN_CONFIRMATION)];
  // Cash, then the number calling for the callback. An offer comes where the name would be asked.
  const order: [Moment, Step][] = [
    ['arrivalDate', key('1')],
    ['roomType', key(weekAheadKeys(today))],
    ['rooms', key('1')],
    ['nights', key(c.keyed?.rooms ?? '1')],
    [at === 'offer' ? 'offer' : 'name', key(c.keyed?.nights ?? '2#')],
    ['payment', name],
    ['callback', key('2')],
    ['readBack', key('1')],
  ];
  const steps: Step[] = [];
  for (const [moment, step] of order) {
    steps.push(step);
    if (moment === at) return steps;
  }
  return [];
}

export interface Observed {
  state: string;
  slots: Partial<Slots>;
  pending: Partial<Slots> | null;
  ctx: Record<string, unknown>;
}

/** An answer as the flow keeps it (any shape it has had), as slots. */
function answerSlots(answer: unknown): Partial<Slots> {
  const a = (answer ?? {}) as Record<string, unknown>;
  switch (a.q) {
    case 'arrivalDate':
      return { arrival: a.date as string };
    case 'roomType':
      return { roomType: a.code as string };
    case 'rooms':
      return { rooms: a.rooms as number };
    case 'nights':
      return { nights: a.nights as number };
    case 'name':
      return { name: a.name as string };
    case 'payment':
      return { payment: a.method as Slots['payment'] };
    case 'callback':
      return { callback: a.number as string };
    case 'request': {
      const s = (a.slots ?? {}) as Record<string, unknown>;
      const out: Partial<Slots> = {};
      for (const [from, to] of [['arrival', 'arrival'], ['departure', 'departure'], ['nights', 'nights'], ['rooms', 'rooms'], ['roomType', 'roomType'], ['name', 'name'], ['payment', 'payment']] as const) {
        if (s[from] !== undefined && s[from] !== null) (out as Record<string, unknown>)[to] = s[from];
      }
      return out;
    }
    default:
      return {};
  }
}

/** The states of a reservation's stay being changed by phone, before the change is made. */
const STAY_CHANGE = new Set(['choosingStayChange', 'changingArrival', 'changingDateChoice', 'changingNights', 'changingRooms', 'confirmingStayChange']);

function observe(snapshot: FlowSnapshot): Observed {
  const ctx = snapshot.context as unknown as Record<string, unknown>;
  const slots: Partial<Slots> = {};
  const set = (name: SlotName, value: unknown) => {
    if (value !== null && value !== undefined) (slots as Record<string, unknown>)[name] = value;
  };
  set('arrival', ctx.arrival);
  set('departure', ctx.departure);
  set('nights', ctx.nights);
  set('rooms', ctx.rooms);
  set('roomType', ctx.roomType);
  set('name', ctx.guestName);
  set('payment', ctx.payment);
  set('callback', ctx.callback);
  set('locale', ctx.locale);
  const state = String(snapshot.value);
  // A reservation's stay being changed (flows/stay-change.ts): the booking's slots hold the reservation
  // on file and the change asked, read back before anything changes: what differs is pending, not taken.
  if (ctx.found && STAY_CHANGE.has(state)) {
    const found = ctx.found as { arrival: string; nights: number; rooms: number; roomType: string };
    const onFile: Partial<Slots> = { arrival: found.arrival, nights: found.nights, rooms: found.rooms, roomType: found.roomType };
    const change = Object.fromEntries(Object.entries(slots).filter(([k, v]) => !same(v, (onFile as Record<string, unknown>)[k]))) as Partial<Slots>;
    return { state, slots: {}, pending: change, ctx };
  }
  const pending = ctx.pending ? answerSlots((ctx.pending as { value: unknown }).value) : null;
  return { state, slots, pending, ctx };
}

/** Plays one case: the way to its question, then its words. Returns what the flow held before and after. */
export async function play(c: CorpusCase, file: Pick<CorpusFile, 'channel' | 'lang'>, hotel: HotelInfo): Promise<{ before: Observed; after: Observed }> {
  const at = instantOf(c.today);
  const perform = world(at, c.today, c.at);
  const words: Step = c.keys !== undefined
    ? key(c.keys)
    : file.channel === 'text'
      ? textEvent(c.say ?? '')
      : { type: 'caller.speech', text: c.say ?? '', confidence: c.confidence === undefined ? 0.9 : c.confidence };

  let locale: CallInput['locale'] = 'en-US';
  let opening: Step | null = null;
  if (file.channel === 'text') {
    // A conversation opens with the case's own text, or with a hello in the case's language.
    const body = c.at === 'first' ? (c.say ?? c.keys ?? '') : file.lang === 'es' ? 'Hola' : 'Hi';
    const start = conversationStart(body, textCommand(body), hotel, c.today);
    locale = start.locale;
    opening = start.first as Step | null;
  }
  const input: CallInput = { callSid: 'CAcorpus', caller: c.caller ?? '+12125550123', hotel, at, channel: file.channel === 'text' ? 'sms' : 'voice', locale };
  const [first, actions] = initialTransition(callMachine, input);
  let snapshot = await settleActions(callMachine, first, actions, perform);
  const send = async (step: Step) => {
    snapshot = await settle(callMachine, snapshot, { ...step, at } as CallEvent, perform);
  };

  if (c.at === 'first') {
    // Before the first text the conversation has no language yet: English is the default.
    const before = observe(snapshot);
    before.slots.locale = 'en-US';
    if (opening) await send(opening);
    return { before, after: observe(snapshot) };
  }
  if (file.channel === 'voice' && (c.at === 'menu' || (file.lang === 'es' && c.at !== 'greeting'))) await send(key('9'));
  for (const step of stepsTo(c, file.channel, file.lang)) await send(step);
  const before = observe(snapshot);
  await send(words);
  return { before, after: observe(snapshot) };
}

// ---------------------------------------------------------------------------------------------
// Scoring

export interface CaseScore {
  /** Slots and questions expected. */
  units: number;
  understood: number;
  askedAgain: number;
  silentlyWrong: number;
  problems: string[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Where a call waits on the front desk (or, by text, on its callback). */
const AT_DESK = new Set(['toDesk', 'transferring', 'offeringCallback', 'requestingCallback', 'callbackPromised']);

function raised(raise: Raise, before: Observed, after: Observed): boolean {
  const ctx = after.ctx;
  const notices = ((ctx.notices as { id: string; params?: Record<string, unknown> }[]) ?? []);
  const noticed = (id: string) => notices.some((n) => n.id === id);
  const choice = ctx.dateChoice as { options?: { arrival: string }[]; reason?: string } | null | undefined;
  if (raise === 'past') return !after.slots.arrival && (choice?.reason === 'past' || noticed('dateInPast'));
  if (raise === 'noSuchDate') return noticed('noSuchDate');
  if (raise === 'oneType') return noticed('oneRoomType');
  if (raise === 'group') return ctx.transferReason === 'group';
  if (raise === 'cardKind') return after.state === 'askingCardKind' || ctx.card === true;
  if (raise === 'total') return noticed('total');
  if (raise === 'confirm') return after.state === 'confirmingHeard';
  if (raise === 'book') return after.state.startsWith('asking') || after.state === 'confirmingHeard';
  if (raise === 'desk') return ctx.transferReason !== null && AT_DESK.has(after.state);
  if (raise === 'booked') return after.state === 'confirmed';
  if (raise === 'notBooked') return after.state !== 'confirmed' && before.state !== 'confirmed';
  if (raise === 'wait') return after.state === before.state;
  if (raise === 'otherDates') return after.state === 'askingArrivalDate';
  if (raise === 'found') return after.state === 'readingReservation';
  if (raise === 'lookup') return after.state === 'askingConfirmationNumber';
  if (raise === 'cancel') return after.state === 'confirmingCancel';
  if ('choose' in raise) return same(choice?.options?.map((o) => o.arrival), raise.choose) && after.state === 'askingDateChoice';
  if ('answer' in raise) return notices.some((n) => n.id === 'answer' && n.params?.topic === raise.answer);
  const asking: Record<string, string> = { name: 'askingName', callback: 'askingCallback', payment: 'askingPayment', roomType: 'askingRoomType', arrivalDate: 'askingArrivalDate' };
  return after.state === asking[raise.change];
}

export function score(c: CorpusCase, before: Observed, after: Observed): CaseScore {
  const s: CaseScore = { units: 0, understood: 0, askedAgain: 0, silentlyWrong: 0, problems: [] };
  const want = c.want ?? {};
  for (const slot of SLOTS) {
    const wanted = want[slot];
    const got = after.slots[slot];
    const changed = got !== undefined && !same(got, before.slots[slot]);
    if (wanted === undefined) {
      // Anything else the words changed, unasked, is a silent wrong (a question raised instead is fine).
      if (changed) {
        s.silentlyWrong++;
        s.problems.push(`${slot}: took ${JSON.stringify(got)}, nothing expected`);
      }
      continue;
    }
    s.units++;
    if (same(got, wanted) || ((after.state === 'confirmingHeard' || after.state === 'confirmingStayChange') && same(after.pending?.[slot], wanted))) {
      s.understood++;
    } else if (changed) {
      s.silentlyWrong++;
      s.problems.push(`${slot}: took ${JSON.stringify(got)}, wanted ${JSON.stringify(wanted)}`);
    } else {
      s.askedAgain++;
      s.problems.push(`${slot}: missed, wanted ${JSON.stringify(wanted)}`);
    }
  }
  if (c.raise !== undefined) {
    s.units++;
    if (raised(c.raise, before, after)) s.understood++;
    else {
      s.askedAgain++;
      s.problems.push(`did not raise ${JSON.stringify(c.raise)} (state ${after.state})`);
    }
  }
  return s;
}

export interface FileScore extends Omit<CaseScore, 'problems'> {
  channel: CorpusFile['channel'];
  lang: CorpusFile['lang'];
  cases: number;
  failures: { c: CorpusCase; problems: string[] }[];
}

export async function runCorpusFile(file: CorpusFile, hotel: HotelInfo): Promise<FileScore> {
  const total: FileScore = { channel: file.channel, lang: file.lang, cases: 0, units: 0, understood: 0, askedAgain: 0, silentlyWrong: 0, failures: [] };
  for (const raw of file.cases) {
    // Spanish said at the English greeting, or texted first: the conversation goes on in Spanish.
    const c = file.lang === 'es' && (raw.at === 'greeting' || raw.at === 'first') ? { ...raw, want: { locale: 'es-MX' as const, ...raw.want } } : raw;
    const { before, after } = await play(c, file, hotel);
    const s = score(c, before, after);
    total.cases++;
    total.units += s.units;
    total.understood += s.understood;
    total.askedAgain += s.askedAgain;
    total.silentlyWrong += s.silentlyWrong;
    if (s.problems.length) total.failures.push({ c, problems: s.problems });
  }
  return total;
}

/** The scores as a table, one line per channel and language, and a total. */
export function scoreTable(scores: readonly FileScore[]): string {
  const rows = [...scores];
  const sum = rows.reduce(
    (a, r) => ({ ...a, cases: a.cases + r.cases, units: a.units + r.units, understood: a.understood + r.understood, askedAgain: a.askedAgain + r.askedAgain, silentlyWrong: a.silentlyWrong + r.silentlyWrong }),
    { cases: 0, units: 0, understood: 0, askedAgain: 0, silentlyWrong: 0 },
  );
  const line = (label: string, r: typeof sum) =>
    `${label.padEnd(10)} ${String(r.cases).padStart(5)} ${String(r.units).padStart(6)} ${`${((100 * r.understood) / Math.max(1, r.units)).toFixed(1)}%`.padStart(11)} ${String(r.askedAgain).padStart(12)} ${String(r.silentlyWrong).padStart(13)}`;
  return [
    `${'corpus'.padEnd(10)} ${'cases'.padStart(5)} ${'units'.padStart(6)} ${'understood'.padStart(11)} ${'asked again'.padStart(12)} ${'silent wrong'.padStart(13)}`,
    ...rows.map((r) => line(`${r.channel} ${r.lang}`, r)),
    line('all', sum),
  ].join('\n');
}
