// One webhook = restore → one event → save → render (STYLE.md), inside one write transaction per
// turn: concurrent webhooks for the same call, even from two processes or two instances, are
// applied one after the other, and a turn that fails leaves nothing half-written.
//
// The flow is run with XState's pure transition(): the effects it asks for (flows/effects.ts)
// come back as data, are performed on the turn's transaction and answered with their result
// event, until the flow waits for the caller again; only then is the snapshot saved.
//
// What a turn costs: a call this process answered last is taken from memory (call-cache.ts) —
// no read of its row, no parse of its snapshot — and written back only if the row is still at
// the version the cache holds; if another process moved the call on, the turn is rolled back and
// run again from the row. So the usual webhook is BEGIN, UPDATE calls, INSERT call_events, COMMIT
// (plus whatever its effects need).

import type { CallContext, CallEvent, CallerEvent, CallInput, DialStatus, Untimed } from '../../flows/call-context.ts';
import { MACHINE_VERSION } from '../../flows/call-machine.ts';
import { initialTransition, settle, settleActions } from '../../flows/settle.ts';
import type { FlowAction, FlowSnapshot } from '../../flows/settle.ts';
import { proofRefusal } from '../../flows/reservation-proof.ts';
import { typeWaiting } from '../../flows/two-room-types.ts';
import type { HotelDirectory } from '../hotel/hotel-directory.ts';
import type { LoadedHotel } from '../hotel/hotel-store.ts';
import type { Logger } from '../logger.ts';
import type { Db, Sql } from '../storage/sql.ts';
import { renderApology, renderScreenResult, renderTurn, renderUnclaimedNumber, renderWhisper } from '../voice/render.ts';
import { renderRetiredNumber } from '../twilio/retired-number.ts';
import type { CallView, RenderOptions, RenderedTurn } from '../voice/render.ts';
import { CallCache } from './call-cache.ts';
import type { CachedRow } from './call-cache.ts';
import type { CallEffects, CallFlow } from './call-flow.ts';
import { RestoreError, attachedHotel, attachedSisters, persistSnapshot, restoreSnapshot } from './call-snapshot.ts';
import { CallerHistoryLookup } from './caller-history.ts';
import { resumableBooking } from './resumable-booking.ts';
import { justBookedByText } from './just-booked.ts';
import type { SisterHotel } from '../../flows/sister-hotel.ts';
import { hotelWallClock } from '../../flows/hotel-time.ts';
import type { CallRow, CallUpdate } from './call-store.ts';
import { CallStore } from './call-store.ts';
import { viewOf } from './call-view.ts';
import { cutText } from '../privacy/cut-text.ts';

export { RestoreError } from './call-snapshot.ts';

export interface CallServiceDeps {
  db: Db;
  flow: CallFlow;
  effects: CallEffects;
  /** The group's properties: a new call's is the one its dialled number reaches, an existing call's is its row's. */
  hotels: HotelDirectory;
  logger: Logger;
  clock: () => Date;
  /** `hotelNumber`: the caller ID of a transfer when the property lists no number of its own. */
  render: Omit<RenderOptions, 'step'>;
  /** Told of every call or text to a number no property claims (counted by src/metrics). */
  onUnclaimed?: (channel: 'voice' | 'sms') => void;
  /** How a text conversation's state is written back (src/sms); voice uses renderTurn. */
  /** `hotelNumber`: the number guests call, for a sender the desk cannot call back. */
  renderText: (view: CallView, greeted: boolean, hotelNumber: string | null) => RenderedTurn;
  /** Calls kept in memory between webhooks (default: 2,000). */
  cacheSize?: number;
  /** Told what each turn did to its call, once its transaction has committed (src/metrics counts from it). */
  onTurn?: (change: TurnChange) => void;
}

/** What the metrics need to know of a call, before and after a turn. */
export interface CallFacts {
  state: string;
  outcome: string | null;
  reservationId: number | null;
  transferReason: string | null;
}

/** One turn's change to one call: `before` is null for a call the turn created. */
export interface TurnChange {
  channel: 'voice' | 'sms';
  before: CallFacts | null;
  after: CallFacts;
}

/** An event as a route builds it: the service stamps the time. */
export type IncomingEvent = Untimed<CallerEvent>;

export interface CallIdentity {
  callSid: string;
  from: string;
  to: string;
  /** Twilio's `FromCountry`: where the caller's number is from, when Twilio knows. */
  fromCountry?: string;
  /** The network fully vouched for `from` (STIR/SHAKEN A): see CallContext.callerVerified. */
  callerVerified?: boolean;
}

/** How long an apology waits for its failure to be recorded before it answers anyway. */
const APOLOGY_RECORD_WAIT_MS = 1_000;

const TERMINAL_STATUSES = new Set(['completed', 'busy', 'no-answer', 'failed', 'canceled']);

/** States that say goodbye: a call hangs up there, a text conversation closes. */
const CLOSING_STATES = new Set(['confirmed', 'doneAfterBooking', 'callbackPromised', 'callbackDeclined', 'turnedAway', 'reservationCancelled', 'ended']);

/** A turn's own view of the database: everything it reads and writes goes through its transaction. */
interface Turn {
  tx: Sql;
  store: CallStore;
  /** Run once the turn has committed (the cache follows the database, never leads it). */
  committed: (() => void)[];
  /** Set when the turn runs again after finding the cache stale: read everything from the rows. */
  fresh: boolean;
}

/** A call as a turn starts from: its row (as read, or as cached) and its restored snapshot. */
interface Current {
  row: CachedRow;
  snapshot: FlowSnapshot;
}

/** Another process wrote the call since this one cached it: the turn starts again from the row. */
class StaleCallError extends Error {
  constructor(readonly callSid: string) {
    super(`call ${callSid} was moved on by another process`);
  }
}

export class CallService {
  /** The calls table, outside any turn (reads by routes and tools). */
  readonly store: CallStore;
  readonly #cache: CallCache;

  constructor(private readonly deps: CallServiceDeps) {
    this.store = new CallStore(deps.db);
    this.#cache = new CallCache(deps.cacheSize);
  }

  /** `POST /voice`: a call comes in. A retried delivery gets the same answer and changes nothing. */
  startCall(call: CallIdentity): Promise<string> {
    const answering = this.answering(call);
    if ('twiml' in answering) return Promise.resolve(answering.twiml);
    return this.turn(call.callSid, async (t) => (await this.create(t, answering.hotel, call, 'call.started'))?.twiml ?? (await t.store.lastTwiml(call.callSid))!);
  }

  /**
   * Who answers a call to `call.to` (a new one, or one recovered from a step URL): a property that
   * no longer answers says so with its number, a number no property claims hears a short apology
   * (both hang up, nothing stored); else the property the call starts at.
   */
  private answering(call: { callSid: string; to: string }): { hotel: LoadedHotel } | { twiml: string } {
    const retired = this.retiredHotelFor(call.to);
    if (retired) return { twiml: this.noLongerAnswers(call, retired) };
    const hotel = this.hotelFor(call.to);
    return hotel ? { hotel } : { twiml: this.unclaimed(call, 'voice') };
  }

  /** The property a call or text to `to` (the number dialled) is for, or null when none claims it. */
  hotelFor(to: string): LoadedHotel | null {
    return this.deps.hotels.forNumber(to);
  }

  /** The property no longer answering whose number `to` was, when none answering claims it (HotelDirectory.retiredFor). */
  retiredHotelFor(to: string): LoadedHotel | null {
    return this.deps.hotels.retiredFor(to);
  }

  /** Whether `number` is one of this deployment's own (a text from it is another property's, never a guest's). */
  isOwnNumber(number: string): boolean {
    return this.deps.hotels.isOwnNumber(number);
  }

  /** A call to a number of a property that no longer answers: told so, with its number, and hung up (nothing stored). */
  noLongerAnswers(call: { callSid: string; to: string }, retired: LoadedHotel): string {
    this.deps.logger.info({ callSid: call.callSid, hotel: retired.code }, 'call to a property that no longer answers: told so');
    return renderRetiredNumber(retired.info).twiml;
  }

  /** A call to a number no property claims: logged, counted, and a short apology before hanging up. */
  unclaimed(call: { callSid: string; to: string }, channel: 'voice' | 'sms'): string {
    this.deps.logger.warn({ callSid: call.callSid, to: call.to, channel }, 'no property claims the number dialled');
    this.deps.onUnclaimed?.(channel);
    return renderUnclaimedNumber().twiml;
  }

  /** Any caller step (`/voice/gather`, `/voice/recording`) with the step its URL carried. */
  callerStep(call: CallIdentity, step: number | null, event: IncomingEvent): Promise<string> {
    return this.stepTurn(call, step, () => ({ ...event, at: this.now() }) as CallEvent);
  }

  /** `<Dial action>`: what became of the transfer, and how long the guest talked with the desk. */
  dialResult(call: CallIdentity, step: number | null, status: DialStatus, durationSeconds: number | null): Promise<string> {
    return this.stepTurn(call, step, () => ({ type: 'desk.result', status, durationSeconds, at: this.now() }));
  }

  /** `POST /voice/status`: the call is over. Releases its hold and settles its outcome, once. */
  async callStatus(callSid: string, status: string, durationSeconds: number | null): Promise<void> {
    if (!TERMINAL_STATUSES.has(status)) return;
    const at = this.now();
    await this.turn(callSid, async (t) => {
      const current = await this.current(t, callSid);
      if (!current) return;
      await this.sideEvent(t, current, { type: 'call.ended', status, at }, { status, durationSeconds }, { status, durationSeconds });
    });
  }

  /**
   * `<Number url>`: the whisper for the desk's leg of a transfer of call `callSid`. Read-only for
   * the call: it is not a step of the guest's call, so the guest's step URLs stay valid.
   */
  whisper(callSid: string, step: number | null): Promise<string | null> {
    return this.turn(callSid, async (t) => {
      // From the row: nothing is written to it that would tell a stale cache apart.
      const row = await t.store.get(callSid);
      if (!row || row.state !== 'transferring') return null;
      const ctx = viewOf(this.restore(row)).ctx;
      const history = await new CallerHistoryLookup(t.tx).lookup(row.from_number, row.hotel_id, callSid);
      const rendered = renderWhisper(ctx, history, step ?? row.step, this.deps.render.basePath);
      await t.store.appendEvent({
        callSid,
        step: row.step,
        at: this.now(),
        kind: 'desk.whisper',
        fromState: row.state,
        toState: row.state,
        input: null,
        understood: null,
        said: rendered.said,
      });
      return rendered.twiml;
    });
  }

  /**
   * The desk pressed 1 after the whisper (accepted), or not: applied once, to the transfer whose
   * whisper asked (`step`, from the signed URL). A retry is answered as before; a screening of an
   * earlier transfer of the call (captured and posted again) applies nothing and is declined.
   */
  async screen(callSid: string, step: number | null, accepted: boolean): Promise<string> {
    let locale = this.deps.hotels.first.info.staffLocale ?? 'en-US';
    const taken = await this.turn(callSid, async (t) => {
      // From the row: a stale cache could say the transfer is over when it is not.
      const row = await t.store.get(callSid);
      if (!row || row.state !== 'transferring' || step !== row.step) return false;
      const current = { row, snapshot: this.restore(row) };
      const screened = viewOf(current.snapshot).ctx;
      locale = screened.hotel.staffLocale ?? locale;
      // Already screened at this step: Twilio's retry (or a replay) gets the answer it had.
      if (screened.deskAccepted !== null) return screened.deskAccepted;
      await this.sideEvent(t, current, { type: 'desk.screened', accepted, at: this.now() }, { accepted });
      return accepted;
    });
    return renderScreenResult(taken, locale);
  }

  /**
   * The answer when a turn failed: apologise and dial the front desk. Records the error and a
   * `failed` outcome when the database still lets us; never throws.
   */
  async apology(callSid: string | null, err: unknown, to = ''): Promise<string> {
    // The property dialled, known without the database (which may be why the turn failed); the
    // call's own row, when it can be read in time, says it for sure.
    let hotel = this.hotelFor(to);
    let locale: 'en-US' | 'es-MX' = hotel?.info.guestLocale ?? 'en-US';
    const record = async () => {
      try {
        if (callSid) {
          this.#cache.delete(callSid);
          const row = await this.store.get(callSid);
          if (row?.locale === 'es-MX' || row?.locale === 'en-US') locale = row.locale;
          if (row) hotel = this.deps.hotels.byId(row.hotel_id) ?? hotel;
          if (row) {
            const at = this.now();
            await this.deps.db.transaction(async (tx) => {
              const store = new CallStore(tx);
              await store.setOutcome(callSid, 'failed', at);
              await store.appendEvent({
                callSid,
                step: row.step,
                at,
                kind: 'error',
                fromState: row.state,
                toState: null,
                input: null,
                understood: err instanceof Error ? err.message.slice(0, 500) : String(err).slice(0, 500),
                said: null,
              });
            });
            const before = rowFacts(row);
            this.tell({ channel: row.channel, before, after: { ...before, outcome: 'failed' } });
          }
        }
      } catch (recordErr) {
        this.deps.logger.error({ err: recordErr, callSid }, 'could not record the failed turn');
      }
    };
    // The turn may have failed because the database stopped answering: the record of the failure
    // must not hold the caller's apology past Twilio's wait (it goes on, and is logged, if slower).
    await Promise.race([record(), new Promise((resolve) => setTimeout(resolve, APOLOGY_RECORD_WAIT_MS).unref())]);
    if (!hotel) return renderUnclaimedNumber().twiml;
    return renderApology(locale, hotel.info.frontDesk, this.renderOptions(hotel)).twiml;
  }

  /**
   * A text message from a guest (`POST /sms`): the next step of their open conversation, or the
   * start of a new one (then `first` decides whether the message already answers the greeting).
   * A MessageSid delivered twice is answered with the same reply and applied once; one already
   * acted on in a conversation that has moved on or ended gets null (nothing to say, nothing done).
   */
  textStep(
    guest: CallIdentity & { messageSid: string },
    event: IncomingEvent | null,
    start: { locale: 'en-US' | 'es-MX'; first: IncomingEvent | null },
  ): Promise<string | null> {
    const hotel = this.hotelFor(guest.to);
    if (!hotel) throw new Error(`no property claims ${guest.to}`); // the route answers such texts itself
    return this.turn(conversationKey(hotel.id, guest.from), async (t) => {
      const open = await t.store.openConversation(guest.from, hotel.id);
      if (open?.last_inbound_sid === guest.messageSid) return open.last_twiml;
      // Recorded under the guest's key, and checked by the same write: the same message may have
      // reached two instances.
      if (!(await t.store.rememberText(guest.messageSid, this.now()))) return null;
      let current: Current;
      if (!open) {
        const created = await this.create(t, hotel, guest, 'call.started', {
          channel: 'sms',
          locale: start.locale,
          ...(start.first ? {} : { inboundSid: guest.messageSid }),
        });
        if (!created) throw new Error(`conversation ${guest.callSid} exists already`);
        if (!start.first) return created.twiml;
        current = created;
      } else {
        if (!event) return open.last_twiml;
        current = { row: open, snapshot: this.restore(open) };
      }
      const first = open ? event! : start.first!;
      const reply = await this.advance(t, current, { ...first, at: this.now() } as CallEvent, guest.messageSid);
      // After its last reply (booked, cancelled, a callback promised) a text conversation is over; a
      // booking with a second room type asked for beside it waits for the answer to that type's offer.
      const offering = reply.next.row.state === 'confirmed' && typeWaiting(reply.next.snapshot.context);
      if (CLOSING_STATES.has(reply.next.row.state) && !offering) await this.finish(t, reply.next, 'completed');
      return reply.twiml;
    });
  }

  /** Ends a guest's open text conversation (their CANCEL, or idle too long), freeing its hold. */
  endConversation(from: string, hotelId: number, status: 'canceled' | 'expired'): Promise<CallRow | null> {
    return this.turn(conversationKey(hotelId, from), async (t) => {
      const open = await t.store.openConversation(from, hotelId);
      if (!open) return null;
      await this.finish(t, { row: open, snapshot: this.restore(open) }, status);
      return open;
    });
  }

  /** Closes every text conversation idle since `before` (ISO instant); returns how many. */
  async expireIdleConversations(before: string): Promise<number> {
    const idle = await this.store.idleConversations(before);
    // Under its guest's key: a message (or another instance's sweep) may have come first.
    return this.expireQuiet(idle, (c) => conversationKey(c.hotel_id, c.from_number), () => before);
  }

  /**
   * Closes every voice call Twilio has sent nothing about since `before` (`transferBefore` for a
   * call in a transfer) — its status callback lost, or this server down when it ended — freeing
   * its hold and settling its outcome as the status callback would have. Returns how many. Each is
   * re-read under its key, so two instances sweeping at once close it once.
   */
  async closeStaleCalls(before: string, transferBefore: string): Promise<number> {
    const stale = await this.store.staleCalls(before, transferBefore);
    return this.expireQuiet(stale, (c) => c.call_sid, (row) => (row.state === 'transferring' ? transferBefore : before));
  }

  /**
   * Ends each candidate as 'expired' when, re-read under its key, it is still open and still quiet
   * since its limit (something may have happened since it was listed). Returns how many ended.
   */
  private async expireQuiet(candidates: readonly CallRow[], keyOf: (row: CallRow) => string, limitOf: (row: CallRow) => string): Promise<number> {
    let ended = 0;
    for (const candidate of candidates) {
      const done = await this.turn(keyOf(candidate), async (t) => {
        const row = await t.store.get(candidate.call_sid);
        if (!row || row.ended_at !== null || row.updated_at >= limitOf(row)) return false;
        await this.finish(t, { row, snapshot: this.restore(row) }, 'expired');
        return true;
      });
      if (done) ended++;
    }
    return ended;
  }

  /** The current state of a call or conversation, as restored from its snapshot (read-only). */
  async view(callSid: string): Promise<CallView | null> {
    const row = await this.store.get(callSid);
    return row ? viewOf(this.restore(row)) : null;
  }

  /**
   * One turn: a write transaction holding the call's key (across instances on PostgreSQL; SQLite
   * lets one writer in at a time anyway). Run again, from the rows, if the cache was stale.
   */
  private async turn<T>(key: string, work: (t: Turn) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const committed: (() => void)[] = [];
      try {
        const result = await this.deps.db.transaction(async (tx) => {
          await tx.lock(`call:${key}`);
          return work({ tx, store: new CallStore(tx), committed, fresh: attempt > 0 });
        });
        for (const then of committed) then();
        return result;
      } catch (err) {
        if (!(err instanceof StaleCallError) || attempt > 0) throw err;
        this.#cache.delete(err.callSid);
      }
    }
  }

  /** A caller's step: applied when it is the step the call is at; a retry or a stale one hears the current answer. */
  private stepTurn(call: CallIdentity, step: number | null, event: () => CallEvent): Promise<string> {
    return this.turn(call.callSid, async (t) => {
      const current = await this.current(t, call.callSid, step);
      // A step URL for a call we do not know (lost database, a URL replayed elsewhere): greet afresh
      // rather than hang up on someone. A recovered call starts past the step its first request
      // carried, so Twilio's retry of that same request is answered with the same greeting.
      if (!current) {
        const answering = this.answering(call);
        if ('twiml' in answering) return answering.twiml;
        return (await this.create(t, answering.hotel, call, 'call.recovered', { channel: 'voice', firstStep: (step ?? 0) + 1 }))!.twiml;
      }
      if (step !== current.row.step) return current.row.last_twiml;
      return (await this.advance(t, current, event())).twiml;
    });
  }

  /**
   * The call as this turn starts from it: from memory when this process wrote it last (and, for
   * a step, when the cache is at that step: a retry needs the row's own answer), else its row.
   */
  private async current(t: Turn, callSid: string, step?: number | null): Promise<Current | null> {
    const cached = t.fresh ? undefined : this.#cache.get(callSid);
    if (cached && (step === undefined || cached.row.step === step)) return cached;
    const row = await t.store.get(callSid);
    return row ? { row, snapshot: this.restore(row) } : null;
  }

  private now(): string {
    return this.deps.clock().toISOString();
  }

  private tell(change: TurnChange): void {
    try {
      this.deps.onTurn?.(change);
    } catch (err) {
      // Counting never fails a call that has already been saved.
      this.deps.logger.error({ err }, 'onTurn failed');
    }
  }

  /**
   * An event that is not a step of the caller's own call (a status callback, the desk's
   * screening): applied and saved, while the step and the TwiML to replay stay as they were.
   */
  private async sideEvent(
    t: Turn,
    current: Current,
    event: CallEvent,
    input: unknown,
    ended?: { status: string; durationSeconds: number | null },
  ) {
    const { row } = current;
    if (current.snapshot.status !== 'active') {
      if (ended) {
        await t.store.end(row.call_sid, ended.status, ended.durationSeconds, event.at);
        t.committed.push(() => this.#cache.delete(row.call_sid));
      }
      return current.snapshot.context;
    }
    const after = await this.settle(t, row, current.snapshot, event);
    const view = viewOf(after);
    await this.save(t, current, after, view, event, {
      step: row.step,
      twiml: row.last_twiml,
      input,
      understood: event.type === 'call.ended' ? view.ctx.outcome : null,
      said: null,
      ended,
    });
    return view.ctx;
  }

  private async finish(t: Turn, current: Current, status: string): Promise<void> {
    const at = this.now();
    await this.sideEvent(t, current, { type: 'call.ended', status, at }, { status }, { status, durationSeconds: null });
  }

  /**
   * `greeted`: a text conversation has answered a message before (a call greets at once). `to`:
   * the number the guest reached, the one a text gives when the desk cannot call back and the
   * property lists no number of its own.
   */
  private render(view: CallView, step: number, hotel: LoadedHotel, to: string, greeted = false): RenderedTurn {
    const options = this.renderOptions(hotel);
    return view.ctx.channel === 'sms' ? this.deps.renderText(view, greeted, options.hotelNumber ?? to) : renderTurn(view, { ...options, step });
  }

  /** A transfer shows the desk the property's own number (the one guests dial) as caller ID. */
  private renderOptions(hotel: LoadedHotel): Omit<RenderOptions, 'step'> {
    const own = hotel.file.phoneNumbers?.[0];
    return own ? { ...this.deps.render, hotelNumber: own } : this.deps.render;
  }

  /** The group's other properties that answer, for a caller who meant one of them (flows/sister-hotel.ts). */
  private sistersOf(hotel: LoadedHotel): { sisterHotels?: SisterHotel[] } {
    const sisters = this.deps.hotels.answering
      .filter((h) => h.id !== hotel.id && (h.file.phoneNumbers?.length ?? 0) > 0)
      .map((h) => ({ code: h.code ?? String(h.id), name: h.info.name, numbers: [...h.file.phoneNumbers!], country: h.info.country }));
    return sisters.length ? { sisterHotels: attachedSisters(sisters) } : {};
  }

  /** The property of a call as stored. */
  private hotelOfRow(row: { call_sid: string; hotel_id: number }): LoadedHotel {
    const hotel = this.deps.hotels.byId(row.hotel_id);
    if (!hotel) throw new RestoreError(`call ${row.call_sid} belongs to hotel ${row.hotel_id}, which is not loaded`);
    return hotel;
  }

  /** A new call; null (and nothing written) when it exists already, as for a retried `POST /voice`. */
  private async create(
    t: Turn,
    hotel: LoadedHotel,
    call: CallIdentity,
    kind: 'call.started' | 'call.recovered',
    opts: { channel: 'voice' | 'sms'; locale?: 'en-US' | 'es-MX'; firstStep?: number; inboundSid?: string } = { channel: 'voice' },
  ): Promise<(Current & { twiml: string }) | null> {
    const { firstStep = 1, inboundSid, ...input } = opts;
    const at = this.now();
    // Cut off mid-booking minutes ago, and calling back: offered to go on with it (flows/resume-booking.ts).
    const resume =
      kind === 'call.started' && opts.channel === 'voice'
        ? await resumableBooking(t.tx, { from: call.from, hotelId: hotel.id, callSid: call.callSid }, at, hotelWallClock(at, hotel.info.timezone).date)
        : null;
    // Texting again minutes after a text booking: that reservation, for a change texted now (just-booked.ts).
    const justBooked =
      kind === 'call.started' && opts.channel === 'sms'
        ? await justBookedByText(t.tx, { from: call.from, hotelId: hotel.id, callSid: call.callSid, timezone: hotel.info.timezone }, at, hotelWallClock(at, hotel.info.timezone).date)
        : null;
    const flowInput: CallInput = {
      callSid: call.callSid,
      caller: call.from,
      callerVerified: call.callerVerified === true,
      // Stored without it (call-snapshot.ts).
      hotel: attachedHotel(hotel.info),
      at,
      ...(call.fromCountry ? { fromCountry: call.fromCountry } : {}),
      ...(resume ? { resume: resume.slots, ...(resume.held ? { resumeHeld: resume.held } : {}), ...(resume.locale ? { locale: resume.locale } : {}) } : {}),
      ...(justBooked ? { justBooked } : {}),
      ...this.sistersOf(hotel),
      ...input,
    };
    const [first, actions] = initialTransition(this.deps.flow, flowInput);
    const snapshot = await settleActions(this.deps.flow, first, actions, this.performer(t, hotel, call.callSid, at));
    const view = viewOf(snapshot);
    const step = firstStep;
    const rendered = this.render(view, step, hotel, call.to);
    const inserted = await t.store.insert({
      callSid: call.callSid,
      hotelId: hotel.id,
      from: call.from,
      to: call.to,
      locale: view.ctx.locale,
      at,
      state: view.state,
      step,
      machineVersion: MACHINE_VERSION,
      snapshotJson: persistSnapshot(snapshot),
      twiml: rendered.twiml,
      channel: opts.channel,
      inboundSid: inboundSid ?? null,
    });
    if (!inserted) return null;
    await t.store.appendEvent({
      callSid: call.callSid,
      step: step - 1,
      at,
      kind,
      fromState: null,
      toState: view.state,
      input: null,
      understood: null,
      said: rendered.said,
    });
    // Field for field in the order save() writes them: one object shape for every cached row.
    const row: CachedRow = {
      call_sid: call.callSid,
      hotel_id: hotel.id,
      from_number: call.from,
      to_number: call.to,
      locale: view.ctx.locale,
      started_at: at,
      ended_at: null,
      duration_s: null,
      status: 'in-progress',
      outcome: null,
      state: view.state,
      step,
      machine_version: MACHINE_VERSION,
      last_twiml: rendered.twiml,
      reservation_id: null,
      updated_at: at,
      channel: opts.channel,
      last_inbound_sid: inboundSid ?? null,
      version: 0,
    };
    const created = { row, snapshot };
    t.committed.push(() => this.#cache.set(call.callSid, created));
    t.committed.push(() => this.tell({ channel: opts.channel, before: null, after: viewFacts(view) }));
    return { ...created, twiml: rendered.twiml };
  }

  private async advance(
    t: Turn,
    current: Current,
    event: CallEvent,
    inboundSid: string | null = null,
  ): Promise<{ twiml: string; next: Current }> {
    const { row } = current;
    const after = await this.settle(t, row, current.snapshot, event);
    const view = viewOf(after);
    this.logProofRefused(current.snapshot.context, view.ctx, row);
    const step = row.step + 1;
    const rendered = this.render(view, step, this.hotelOfRow(row), row.to_number, row.last_inbound_sid !== null);
    const next = await this.save(t, current, after, view, event, {
      step,
      twiml: rendered.twiml,
      inboundSid,
      input: inputOf(event),
      understood: event.type.startsWith('caller.') ? view.ctx.understood : null,
      said: rendered.said,
    });
    return { twiml: rendered.twiml, next };
  }

  /** A reservation asked about from another phone and not opened this turn (flows/reservation-proof.ts): nothing was said of it. */
  private logProofRefused(before: CallContext, after: CallContext, row: CachedRow): void {
    const why = proofRefusal(before, after);
    if (!why) return;
    this.deps.logger.warn(
      { callSid: row.call_sid, channel: row.channel, why, fails: after.proof?.fails ?? 0, toDesk: after.transferReason === 'reservation_not_proven' },
      'reservation not opened: asked about from another phone without the last name on it',
    );
  }

  /** Sends `event`, then performs the effects the flow asks for until it waits for the caller again. */
  private settle(t: Turn, row: CachedRow, snapshot: FlowSnapshot, event: CallEvent): Promise<FlowSnapshot> {
    return settle(this.deps.flow, snapshot, event, this.performer(t, this.hotelOfRow(row), row.call_sid, event.at));
  }

  /** Effects performed on the turn's transaction, for the call's property, at the turn's time. */
  private performer(t: Turn, hotel: LoadedHotel, callSid: string, at: string) {
    return (action: FlowAction) => this.deps.effects.perform(t.tx, hotel, callSid, action, at);
  }

  /**
   * The snapshot and its step, with the timeline event that got there: written together, in the
   * turn's transaction, if the row is still as the turn found it. Returns the call as written.
   */
  private async save(
    t: Turn,
    current: Current,
    snapshot: FlowSnapshot,
    view: CallView,
    event: CallEvent,
    turn: {
      step: number;
      twiml: string;
      inboundSid?: string | null;
      input: unknown;
      understood: string | null;
      said: unknown;
      ended?: { status: string; durationSeconds: number | null } | undefined;
    },
  ): Promise<Current> {
    const { row } = current;
    const { ctx } = view;
    const update: CallUpdate = {
      callSid: row.call_sid,
      version: row.version,
      state: view.state,
      step: turn.step,
      snapshotJson: persistSnapshot(snapshot),
      twiml: turn.twiml,
      at: event.at,
    };
    // Only what changed, so the write touches no index or foreign key it need not.
    if (ctx.locale !== row.locale) update.locale = ctx.locale;
    if (ctx.outcome !== row.outcome) update.outcome = ctx.outcome;
    if (ctx.reservationId !== null && ctx.reservationId !== row.reservation_id) update.reservationId = ctx.reservationId;
    if (turn.inboundSid) update.inboundSid = turn.inboundSid;
    if (turn.ended) update.ended = turn.ended;
    if (!(await t.store.update(update))) throw new StaleCallError(row.call_sid);
    await t.store.appendEvent({
      callSid: row.call_sid,
      step: row.step,
      at: event.at,
      kind: event.type,
      fromState: row.state,
      toState: view.state,
      input: turn.input,
      understood: turn.understood,
      said: turn.said,
    });
    const firstEnd = turn.ended !== undefined && row.ended_at === null;
    const written: Current = {
      // Written out field for field, in create()'s order, rather than spread from the row: rows
      // read from the database and rows made here then share one object shape, and V8 builds
      // them on its fast path (the spread was a measured 1% of a webhook, issue 14).
      row: {
        call_sid: row.call_sid,
        hotel_id: row.hotel_id,
        from_number: row.from_number,
        to_number: row.to_number,
        locale: ctx.locale,
        started_at: row.started_at,
        ended_at: firstEnd ? event.at : row.ended_at,
        duration_s: firstEnd ? (turn.ended!.durationSeconds ?? row.duration_s) : row.duration_s,
        status: firstEnd ? turn.ended!.status : row.status,
        outcome: ctx.outcome,
        state: view.state,
        step: turn.step,
        machine_version: row.machine_version,
        last_twiml: turn.twiml,
        reservation_id: update.reservationId ?? row.reservation_id,
        updated_at: event.at,
        channel: row.channel,
        last_inbound_sid: update.inboundSid ?? row.last_inbound_sid,
        version: row.version + 1,
      },
      snapshot,
    };
    t.committed.push(() => this.#cache.set(row.call_sid, written));
    t.committed.push(() => this.tell({ channel: ctx.channel, before: rowFacts(row), after: viewFacts(view) }));
    return written;
  }

  private restore(row: CallRow): FlowSnapshot {
    if (row.machine_version !== MACHINE_VERSION) {
      throw new RestoreError(`call ${row.call_sid} was saved by flow version ${row.machine_version}, this is ${MACHINE_VERSION}`);
    }
    // The hotel a call belongs to and its sisters, as loaded now: attached to its snapshot, never stored in it.
    const hotel = this.hotelOfRow(row);
    return restoreSnapshot(this.deps.flow, row.snapshot_json, hotel.info, row.call_sid, this.sistersOf(hotel).sisterHotels);
  }
}

/** One text conversation per guest number and property at a time: the key its turns lock. */
function conversationKey(hotelId: number, from: string): string {
  return `sms:${hotelId}:${from}`;
}

function rowFacts(row: Pick<CallRow, 'state' | 'outcome' | 'reservation_id'>): CallFacts {
  // The row does not keep the transfer's reason; only a change into the transfer state needs it.
  return { state: row.state, outcome: row.outcome, reservationId: row.reservation_id, transferReason: null };
}

function viewFacts(view: CallView): CallFacts {
  return { state: view.state, outcome: view.ctx.outcome, reservationId: view.ctx.reservationId, transferReason: view.ctx.transferReason ?? null };
}

/** What the caller did, as heard, for the timeline (never more than staff need: 500 characters). */
function inputOf(event: CallEvent): unknown {
  switch (event.type) {
    case 'caller.digits':
      return { digits: event.digits.slice(0, 50) };
    case 'caller.speech':
      return { speech: cutText(event.text, 500), confidence: event.confidence };
    case 'caller.recording':
      return { recordingUrl: event.url };
    case 'desk.result':
      return { dialStatus: event.status, durationSeconds: event.durationSeconds };
    default:
      return null;
  }
}
