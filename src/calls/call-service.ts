// One webhook = restore → one event → save → render (STYLE.md), inside one write transaction per
// turn: concurrent webhooks for the same call, even from two processes or two instances, are
// applied one after the other, and a turn that fails leaves nothing half-written.
//
// The flow is run with XState's pure transition(): the effects it asks for (flows/effects.ts)
// come back as data, are performed on the turn's transaction and answered with their result
// event, until the flow waits for the caller again; only then is the snapshot saved.

import { initialTransition } from 'xstate';
import type { CallEvent, CallerEvent, DialStatus, Untimed } from '../../flows/call-context.ts';
import type { CallInput } from '../../flows/call-context.ts';
import { settle, settleActions } from '../../flows/settle.ts';
import type { FlowSnapshot } from '../../flows/settle.ts';
import { MACHINE_VERSION } from '../../flows/call-machine.ts';
import type { LoadedHotel } from '../hotel/hotel-store.ts';
import type { Logger } from '../logger.ts';
import type { Db, Sql } from '../storage/sql.ts';
import { renderApology, renderScreenResult, renderTurn, renderWhisper } from '../voice/render.ts';
import type { CallView, RenderOptions, RenderedTurn } from '../voice/render.ts';
import type { CallEffects, CallFlow } from './call-flow.ts';
import { CallerHistoryLookup } from './caller-history.ts';
import type { CallRow } from './call-store.ts';
import { CallStore } from './call-store.ts';
import { viewOf } from './call-view.ts';

export interface CallServiceDeps {
  db: Db;
  flow: CallFlow;
  effects: CallEffects;
  hotel: LoadedHotel;
  logger: Logger;
  clock: () => Date;
  render: Omit<RenderOptions, 'step'>;
  /** How a text conversation's state is written back (src/sms); voice uses renderTurn. */
  renderText: (view: CallView) => RenderedTurn;
}

/** An event as a route builds it: the service stamps the time. */
export type IncomingEvent = Untimed<CallerEvent>;

export interface CallIdentity {
  callSid: string;
  from: string;
  to: string;
  /** The network fully vouched for `from` (STIR/SHAKEN A): see CallContext.callerVerified. */
  callerVerified?: boolean;
}

/** A snapshot that cannot be restored (an older flow version, a damaged row). */
export class RestoreError extends Error {}

type Snapshot = FlowSnapshot;

const TERMINAL_STATUSES = new Set(['completed', 'busy', 'no-answer', 'failed', 'canceled']);

/** States that say goodbye: a call hangs up there, a text conversation closes. */
const CLOSING_STATES = new Set(['confirmed', 'callbackPromised', 'reservationCancelled', 'ended']);

/** A turn's own view of the database: everything it reads and writes goes through its transaction. */
interface Turn {
  tx: Sql;
  store: CallStore;
}

export class CallService {
  /** The calls table, outside any turn (reads by routes and tools). */
  readonly store: CallStore;

  constructor(private readonly deps: CallServiceDeps) {
    this.store = new CallStore(deps.db);
  }

  /** `POST /voice`: a call comes in. A retried delivery gets the same answer and changes nothing. */
  startCall(call: CallIdentity): Promise<string> {
    return this.turn(call.callSid, async (t) => {
      const existing = await t.store.get(call.callSid);
      if (existing) return existing.last_twiml;
      return this.create(t, call, 'call.started');
    });
  }

  /** Any caller step (`/voice/gather`, `/voice/recording`) with the step its URL carried. */
  callerStep(call: CallIdentity, step: number | null, event: IncomingEvent): Promise<string> {
    return this.turn(call.callSid, async (t) => {
      const row = await t.store.get(call.callSid);
      // A step URL for a call we do not know (lost database, a URL replayed elsewhere): greet afresh
      // rather than hang up on someone.
      if (!row) return this.create(t, call, 'call.recovered', { channel: 'voice', firstStep: (step ?? 0) + 1 });
      // A retried webhook (same step) or a stale one: answer what the caller should be hearing now.
      if (step !== row.step) return row.last_twiml;
      return this.advance(t, row, { ...event, at: this.now() } as CallEvent);
    });
  }

  /** `<Dial action>`: what became of the transfer, and how long the guest talked with the desk. */
  dialResult(call: CallIdentity, step: number | null, status: DialStatus, durationSeconds: number | null): Promise<string> {
    return this.turn(call.callSid, async (t) => {
      const row = await t.store.get(call.callSid);
      if (!row) return this.create(t, call, 'call.recovered', { channel: 'voice', firstStep: (step ?? 0) + 1 });
      if (step !== row.step) return row.last_twiml;
      return this.advance(t, row, { type: 'desk.result', status, durationSeconds, at: this.now() });
    });
  }

  /** `POST /voice/status`: the call is over. Releases its hold and settles its outcome, once. */
  async callStatus(callSid: string, status: string, durationSeconds: number | null): Promise<void> {
    if (!TERMINAL_STATUSES.has(status)) return;
    const at = this.now();
    await this.turn(callSid, async (t) => {
      const row = await t.store.get(callSid);
      if (!row) return;
      await t.store.end(callSid, status, durationSeconds, at);
      await this.sideEvent(t, row, { type: 'call.ended', status, at }, { status, durationSeconds });
    });
  }

  /**
   * `<Number url>`: the whisper for the desk's leg of a transfer of call `callSid`. Read-only for
   * the call: it is not a step of the guest's call, so the guest's step URLs stay valid.
   */
  whisper(callSid: string, step: number | null): Promise<string | null> {
    return this.turn(callSid, async (t) => {
      const row = await t.store.get(callSid);
      if (!row || row.state !== 'transferring') return null;
      const ctx = viewOf(this.restore(row)).ctx;
      const history = await new CallerHistoryLookup(t.tx).lookup(row.from_number, callSid);
      const rendered = renderWhisper(ctx, history, step ?? row.step);
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

  /** The desk pressed 1 after the whisper (accepted), or not. */
  async screen(callSid: string, accepted: boolean): Promise<string> {
    let locale = this.deps.hotel.info.staffLocale ?? 'en-US';
    await this.turn(callSid, async (t) => {
      const row = await t.store.get(callSid);
      if (!row || row.state !== 'transferring') {
        accepted = false;
        return;
      }
      const ctx = await this.sideEvent(t, row, { type: 'desk.screened', accepted, at: this.now() }, { accepted });
      locale = ctx.hotel.staffLocale ?? locale;
    });
    return renderScreenResult(accepted, locale);
  }

  /**
   * The answer when a turn failed: apologise and dial the front desk. Records the error and a
   * `failed` outcome when the database still lets us; never throws.
   */
  async apology(callSid: string | null, err: unknown): Promise<string> {
    let locale: 'en-US' | 'es-MX' = 'en-US';
    try {
      if (callSid) {
        const row = await this.store.get(callSid);
        if (row?.locale === 'es-MX') locale = 'es-MX';
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
        }
      }
    } catch (recordErr) {
      this.deps.logger.error({ err: recordErr, callSid }, 'could not record the failed turn');
    }
    return renderApology(locale, this.deps.hotel.info.frontDesk, this.deps.render).twiml;
  }

  /**
   * One turn: a write transaction holding the call's key (across instances on PostgreSQL; SQLite
   * lets one writer in at a time anyway).
   */
  private turn<T>(key: string, work: (t: Turn) => Promise<T>): Promise<T> {
    return this.deps.db.transaction(async (tx) => {
      await tx.lock(`call:${key}`);
      return work({ tx, store: new CallStore(tx) });
    });
  }

  private now(): string {
    return this.deps.clock().toISOString();
  }

  /**
   * An event that is not a step of the caller's own call (a status callback, the desk's
   * screening): applied and saved, while the step and the TwiML to replay stay as they were.
   */
  private async sideEvent(t: Turn, row: CallRow, event: CallEvent, input: unknown) {
    const before = this.restore(row);
    if (before.status !== 'active') return before.context;
    const after = await this.settle(t, row.call_sid, before, event);
    const view = viewOf(after);
    await this.save(t, row, after, view, event, {
      step: row.step,
      twiml: row.last_twiml,
      input,
      understood: event.type === 'call.ended' ? view.ctx.outcome : null,
      said: null,
    });
    return view.ctx;
  }

  /**
   * A text message from a guest (`POST /sms`): the next step of their open conversation, or the
   * start of a new one (then `first` decides whether the message already answers the greeting).
   * A MessageSid delivered twice is answered with the same reply and applied once.
   */
  textStep(
    guest: CallIdentity & { messageSid: string },
    event: IncomingEvent | null,
    start: { locale: 'en-US' | 'es-MX'; first: IncomingEvent | null },
  ): Promise<string> {
    return this.turn(`sms:${guest.from}`, async (t) => {
      const open = await t.store.openConversation(guest.from);
      if (open?.last_inbound_sid === guest.messageSid) return open.last_twiml;
      if (!open) {
        await this.create(t, guest, 'call.started', { channel: 'sms', locale: start.locale });
        const row = (await t.store.get(guest.callSid))!;
        if (!start.first) {
          await t.store.update({ ...rowUpdate(row), inboundSid: guest.messageSid });
          return row.last_twiml;
        }
        const reply = await this.advance(t, row, { ...start.first, at: this.now() } as CallEvent, guest.messageSid);
        await this.closeIfDone(t, guest.callSid);
        return reply;
      }
      if (!event) return open.last_twiml;
      const reply = await this.advance(t, open, { ...event, at: this.now() } as CallEvent, guest.messageSid);
      await this.closeIfDone(t, open.call_sid);
      return reply;
    });
  }

  /** After its last reply (booked, cancelled, a callback promised) a text conversation is over. */
  private async closeIfDone(t: Turn, callSid: string): Promise<void> {
    const row = await t.store.get(callSid);
    if (row && row.channel === 'sms' && CLOSING_STATES.has(row.state)) await this.finish(t, row, 'completed');
  }

  /** Ends a guest's open text conversation (their CANCEL, or idle too long), freeing its hold. */
  endConversation(from: string, status: 'canceled' | 'expired'): Promise<CallRow | null> {
    return this.turn(`sms:${from}`, async (t) => {
      const open = await t.store.openConversation(from);
      if (!open) return null;
      await this.finish(t, open, status);
      return open;
    });
  }

  /** Closes every text conversation idle since `before` (ISO instant); returns how many. */
  async expireIdleConversations(before: string): Promise<number> {
    const idle = await this.store.idleConversations(before);
    let expired = 0;
    for (const candidate of idle) {
      // Each under its guest's key, re-read there: a message (or another instance's sweep) may
      // have come first.
      const done = await this.turn(`sms:${candidate.from_number}`, async (t) => {
        const row = await t.store.get(candidate.call_sid);
        if (!row || row.ended_at !== null || row.updated_at >= before) return false;
        await this.finish(t, row, 'expired');
        return true;
      });
      if (done) expired++;
    }
    return expired;
  }

  /** The current state of a call or conversation, as restored from its snapshot (read-only). */
  async view(callSid: string): Promise<CallView | null> {
    const row = await this.store.get(callSid);
    return row ? viewOf(this.restore(row)) : null;
  }

  private async finish(t: Turn, row: CallRow, status: string): Promise<void> {
    const at = this.now();
    await t.store.end(row.call_sid, status, null, at);
    await this.sideEvent(t, row, { type: 'call.ended', status, at }, { status });
  }

  private render(view: CallView, step: number): RenderedTurn {
    return view.ctx.channel === 'sms' ? this.deps.renderText(view) : renderTurn(view, { ...this.deps.render, step });
  }

  private async create(
    t: Turn,
    call: CallIdentity,
    kind: 'call.started' | 'call.recovered',
    opts: { channel: 'voice' | 'sms'; locale?: 'en-US' | 'es-MX'; firstStep?: number } = { channel: 'voice' },
  ): Promise<string> {
    // A recovered call starts past the step its first request carried, so Twilio's retry of that
    // same request is answered with the same greeting instead of being applied to it.
    const { firstStep = 1, ...input } = opts;
    const at = this.now();
    const flowInput: CallInput = { callSid: call.callSid, caller: call.from, callerVerified: call.callerVerified === true, hotel: this.deps.hotel.info, at, ...input };
    const [first, actions] = initialTransition(this.deps.flow, flowInput);
    const snapshot = await settleActions(this.deps.flow, first, actions, this.performer(t, call.callSid, at));
    const view = viewOf(snapshot);
    const step = firstStep;
    const rendered = this.render(view, step);
    await t.store.insert({
      callSid: call.callSid,
      hotelId: this.deps.hotel.id,
      from: call.from,
      to: call.to,
      locale: view.ctx.locale,
      at,
      state: view.state,
      step,
      machineVersion: MACHINE_VERSION,
      snapshotJson: JSON.stringify(this.deps.flow.getPersistedSnapshot(snapshot)),
      twiml: rendered.twiml,
      channel: opts.channel,
    });
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
    return rendered.twiml;
  }

  private async advance(t: Turn, row: CallRow, event: CallEvent, inboundSid: string | null = null): Promise<string> {
    const after = await this.settle(t, row.call_sid, this.restore(row), event);
    const view = viewOf(after);
    const step = row.step + 1;
    const rendered = this.render(view, step);
    await this.save(t, row, after, view, event, {
      step,
      twiml: rendered.twiml,
      inboundSid,
      input: inputOf(event),
      understood: event.type.startsWith('caller.') ? view.ctx.understood : null,
      said: rendered.said,
    });
    return rendered.twiml;
  }

  /** Sends `event`, then performs the effects the flow asks for until it waits for the caller again. */
  private settle(t: Turn, callSid: string, snapshot: Snapshot, event: CallEvent): Promise<Snapshot> {
    return settle(this.deps.flow, snapshot, event, this.performer(t, callSid, event.at));
  }

  /** Effects performed on the turn's transaction, at the turn's time. */
  private performer(t: Turn, callSid: string, at: string) {
    return (action: { type: string; params?: unknown }) => this.deps.effects.perform(t.tx, callSid, action, at);
  }

  /** The snapshot and its step, with the timeline event that got there: written together, in the turn's transaction. */
  private async save(
    t: Turn,
    row: CallRow,
    snapshot: Snapshot,
    view: CallView,
    event: CallEvent,
    turn: { step: number; twiml: string; inboundSid?: string | null; input: unknown; understood: string | null; said: unknown },
  ): Promise<void> {
    await t.store.update({
      callSid: row.call_sid,
      locale: view.ctx.locale,
      state: view.state,
      step: turn.step,
      snapshotJson: JSON.stringify(this.deps.flow.getPersistedSnapshot(snapshot)),
      twiml: turn.twiml,
      outcome: view.ctx.outcome,
      reservationId: view.ctx.reservationId,
      at: event.at,
      inboundSid: turn.inboundSid ?? null,
    });
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
  }

  private restore(row: CallRow): Snapshot {
    if (row.machine_version !== MACHINE_VERSION) {
      throw new RestoreError(`call ${row.call_sid} was saved by flow version ${row.machine_version}, this is ${MACHINE_VERSION}`);
    }
    try {
      const saved = JSON.parse(row.snapshot_json) as Snapshot;
      // Throws for a state the flow no longer has (STYLE.md).
      return this.deps.flow.resolveState({ value: saved.value, context: saved.context });
    } catch (err) {
      throw new RestoreError(`call ${row.call_sid}: its saved state cannot be restored: ${(err as Error).message}`);
    }
  }
}

function rowUpdate(row: CallRow) {
  return {
    callSid: row.call_sid,
    locale: row.locale,
    state: row.state,
    step: row.step,
    snapshotJson: row.snapshot_json,
    twiml: row.last_twiml,
    outcome: row.outcome,
    reservationId: row.reservation_id,
    at: row.updated_at,
  };
}

/** What the caller did, as heard, for the timeline (never more than staff need: 500 characters). */
function inputOf(event: CallEvent): unknown {
  switch (event.type) {
    case 'caller.digits':
      return { digits: event.digits.slice(0, 50) };
    case 'caller.speech':
      return { speech: event.text.slice(0, 500), confidence: event.confidence };
    case 'caller.recording':
      return { recordingUrl: event.url };
    case 'desk.result':
      return { dialStatus: event.status, durationSeconds: event.durationSeconds };
    default:
      return null;
  }
}
