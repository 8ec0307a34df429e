// One webhook = restore → one event → save → render (STYLE.md), inside one IMMEDIATE SQLite
// transaction per turn: concurrent webhooks for the same call, even from two processes, are
// applied one after the other, and a turn that fails leaves nothing half-written.

import { createActor } from 'xstate';
import type { AnyActorRef, SnapshotFrom } from 'xstate';
import type { CallEvent, CallerEvent, DialStatus, Untimed } from '../../flows/call-context.ts';
import { MACHINE_VERSION } from '../../flows/call-machine.ts';
import type { CallMachine } from '../../flows/call-machine.ts';
import type { LoadedHotel } from '../hotel/hotel-store.ts';
import type { Logger } from '../logger.ts';
import type { Db } from '../storage/database.ts';
import { renderApology, renderScreenResult, renderTurn, renderWhisper } from '../voice/render.ts';
import type { CallView, RenderOptions, RenderedTurn } from '../voice/render.ts';
import type { CallFlow } from './call-flow.ts';
import { CallerHistoryLookup } from './caller-history.ts';
import type { CallRow } from './call-store.ts';
import { CallStore } from './call-store.ts';
import { viewOf } from './call-view.ts';

export interface CallServiceDeps {
  db: Db;
  flow: CallFlow;
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
}

/** A snapshot that cannot be restored (an older flow version, a damaged row). */
export class RestoreError extends Error {}

const TERMINAL_STATUSES = new Set(['completed', 'busy', 'no-answer', 'failed', 'canceled']);

/** States that say goodbye: a call hangs up there, a text conversation closes. */
const CLOSING_STATES = new Set(['confirmed', 'callbackPromised', 'reservationCancelled', 'ended']);

export class CallService {
  readonly store: CallStore;
  private readonly history: CallerHistoryLookup;

  constructor(private readonly deps: CallServiceDeps) {
    this.store = new CallStore(deps.db);
    this.history = new CallerHistoryLookup(deps.db);
  }

  /** `POST /voice`: a call comes in. A retried delivery gets the same answer and changes nothing. */
  startCall(call: CallIdentity): string {
    return this.turn(() => {
      const existing = this.store.get(call.callSid);
      if (existing) return existing.last_twiml;
      return this.create(call, 'call.started');
    });
  }

  /** Any caller step (`/voice/gather`, `/voice/recording`) with the step its URL carried. */
  callerStep(call: CallIdentity, step: number | null, event: IncomingEvent): string {
    return this.turn(() => {
      const row = this.store.get(call.callSid);
      // A step URL for a call we do not know (lost database, a URL replayed elsewhere): greet afresh
      // rather than hang up on someone.
      if (!row) return this.create(call, 'call.recovered', { channel: 'voice', firstStep: (step ?? 0) + 1 });
      // A retried webhook (same step) or a stale one: answer what the caller should be hearing now.
      if (step !== row.step) return row.last_twiml;
      return this.advance(row, { ...event, at: this.now() } as CallEvent);
    });
  }

  /** `<Dial action>`: what became of the transfer, and how long the guest talked with the desk. */
  dialResult(call: CallIdentity, step: number | null, status: DialStatus, durationSeconds: number | null): string {
    return this.turn(() => {
      const row = this.store.get(call.callSid);
      if (!row) return this.create(call, 'call.recovered', { channel: 'voice', firstStep: (step ?? 0) + 1 });
      if (step !== row.step) return row.last_twiml;
      return this.advance(row, { type: 'desk.result', status, durationSeconds, at: this.now() });
    });
  }

  /** `POST /voice/status`: the call is over. Releases its hold and settles its outcome, once. */
  callStatus(callSid: string, status: string, durationSeconds: number | null): void {
    if (!TERMINAL_STATUSES.has(status)) return;
    const at = this.now();
    this.turn(() => {
      const row = this.store.get(callSid);
      if (!row) return '';
      this.store.end(callSid, status, durationSeconds, at);
      this.sideEvent(row, { type: 'call.ended', status, at }, { status, durationSeconds });
      return '';
    });
  }

  /**
   * `<Number url>`: the whisper for the desk's leg of a transfer of call `callSid`. Read-only for
   * the call: it is not a step of the guest's call, so the guest's step URLs stay valid.
   */
  whisper(callSid: string, step: number | null): string | null {
    return this.turn(() => {
      const row = this.store.get(callSid);
      if (!row || row.state !== 'transferring') return null;
      const actor = this.restore(row);
      try {
        const ctx = viewOf(actor.getSnapshot() as SnapshotFrom<CallMachine>).ctx;
        const rendered = renderWhisper(ctx, this.history.lookup(row.from_number, callSid), step ?? row.step);
        this.store.appendEvent({
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
      }  finally {
        actor.stop();
      }
    });
  }

  /** The desk pressed 1 after the whisper (accepted), or not. */
  screen(callSid: string, accepted: boolean): string {
    let locale = this.deps.hotel.info.staffLocale ?? 'en-US';
    this.turn(() => {
      const row = this.store.get(callSid);
      if (!row || row.state !== 'transferring') {
        accepted = false;
        return '';
      }
      const ctx = this.sideEvent(row, { type: 'desk.screened', accepted, at: this.now() }, { accepted });
      locale = ctx.hotel.staffLocale ?? locale;
      return '';
    });
    return renderScreenResult(accepted, locale);
  }

  /**
   * The answer when a turn failed: apologise and dial the front desk. Records the error and a
   * `failed` outcome when the database still lets us; never throws.
   */
  apology(callSid: string | null, err: unknown): string {
    let locale: 'en-US' | 'es-MX' = 'en-US';
    try {
      if (callSid) {
        const row = this.store.get(callSid);
        if (row?.locale === 'es-MX') locale = 'es-MX';
        if (row) {
          const at = this.now();
          this.deps.db
            .transaction(() => {
              this.store.setOutcome(callSid, 'failed', at);
              this.store.appendEvent({
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
            })
            .immediate();
        }
      }
    } catch (recordErr) {
      this.deps.logger.error({ err: recordErr, callSid }, 'could not record the failed turn');
    }
    return renderApology(locale, this.deps.hotel.info.frontDesk, this.deps.render).twiml;
  }

  private turn<T>(work: () => T): T {
    return this.deps.db.transaction(work).immediate();
  }

  private now(): string {
    return this.deps.clock().toISOString();
  }

  /**
   * An event that is not a step of the caller's own call (a status callback, the desk's
   * screening): applied and saved, while the step and the TwiML to replay stay as they were.
   */
  private sideEvent(row: CallRow, event: CallEvent, input: unknown) {
    const actor = this.restore(row);
    try {
      if (actor.getSnapshot().status !== 'active') return (actor.getSnapshot() as SnapshotFrom<CallMachine>).context;
      const view = viewOf(this.send(actor, event));
      this.save(row, actor, view, event, {
        step: row.step,
        twiml: row.last_twiml,
        input,
        understood: event.type === 'call.ended' ? view.ctx.outcome : null,
        said: null,
      });
      return view.ctx;
    } finally {
      actor.stop();
    }
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
  ): string {
    return this.turn(() => {
      const open = this.store.openConversation(guest.from);
      if (open?.last_inbound_sid === guest.messageSid) return open.last_twiml;
      if (!open) {
        this.create(guest, 'call.started', { channel: 'sms', locale: start.locale });
        const row = this.store.get(guest.callSid)!;
        if (!start.first) {
          this.store.update({ ...this.rowUpdate(row), inboundSid: guest.messageSid });
          return row.last_twiml;
        }
        const reply = this.advance(row, { ...start.first, at: this.now() } as CallEvent, guest.messageSid);
        this.closeIfDone(guest.callSid);
        return reply;
      }
      if (!event) return open.last_twiml;
      const reply = this.advance(open, { ...event, at: this.now() } as CallEvent, guest.messageSid);
      this.closeIfDone(open.call_sid);
      return reply;
    });
  }

  /** After its last reply (booked, cancelled, a callback promised) a text conversation is over. */
  private closeIfDone(callSid: string): void {
    const row = this.store.get(callSid);
    if (row && row.channel === 'sms' && CLOSING_STATES.has(row.state)) this.finish(row, 'completed');
  }

  /** Ends a guest's open text conversation (their CANCEL, or idle too long), freeing its hold. */
  endConversation(from: string, status: 'canceled' | 'expired'): CallRow | null {
    return this.turn(() => {
      const open = this.store.openConversation(from);
      if (!open) return null;
      this.finish(open, status);
      return open;
    });
  }

  /** Closes every text conversation idle since `before` (ISO instant); returns how many. */
  expireIdleConversations(before: string): number {
    return this.turn(() => {
      const idle = this.store.idleConversations(before);
      for (const row of idle) this.finish(row, 'expired');
      return idle.length;
    });
  }

  /** The current state of a call or conversation, as restored from its snapshot (read-only). */
  view(callSid: string): CallView | null {
    const row = this.store.get(callSid);
    if (!row) return null;
    const actor = this.restore(row);
    try {
      return viewOf(actor.getSnapshot() as SnapshotFrom<CallMachine>);
    } finally {
      actor.stop();
    }
  }

  private finish(row: CallRow, status: string): void {
    const at = this.now();
    this.store.end(row.call_sid, status, null, at);
    this.sideEvent(row, { type: 'call.ended', status, at }, { status });
  }

  private rowUpdate(row: CallRow) {
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

  private render(view: CallView, step: number): RenderedTurn {
    return view.ctx.channel === 'sms' ? this.deps.renderText(view) : renderTurn(view, { ...this.deps.render, step });
  }

  private create(
    call: CallIdentity,
    kind: 'call.started' | 'call.recovered',
    opts: { channel: 'voice' | 'sms'; locale?: 'en-US' | 'es-MX'; firstStep?: number } = { channel: 'voice' },
  ): string {
    // A recovered call starts past the step its first request carried, so Twilio's retry of that
    // same request is answered with the same greeting instead of being applied to it.
    const { firstStep = 1, ...input } = opts;
    const at = this.now();
    const actor = createActor(this.deps.flow, {
      input: { callSid: call.callSid, caller: call.from, hotel: this.deps.hotel.info, at, ...input },
    });
    const snapshot = this.start(actor);
    const view = viewOf(snapshot);
    const step = firstStep;
    const rendered = this.render(view, step);
    const persisted = JSON.stringify(actor.getPersistedSnapshot());
    actor.stop();
    this.store.insert({
      callSid: call.callSid,
      hotelId: this.deps.hotel.id,
      from: call.from,
      to: call.to,
      locale: view.ctx.locale,
      at,
      state: view.state,
      step,
      machineVersion: MACHINE_VERSION,
      snapshotJson: persisted,
      twiml: rendered.twiml,
      channel: opts.channel,
    });
    this.store.appendEvent({
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

  private advance(row: CallRow, event: CallEvent, inboundSid: string | null = null): string {
    const actor = this.restore(row);
    try {
      const snapshot = this.send(actor, event);
      const view = viewOf(snapshot);
      const step = row.step + 1;
      const rendered = this.render(view, step);
      this.save(row, actor, view, event, {
        step,
        twiml: rendered.twiml,
        inboundSid,
        input: inputOf(event),
        understood: event.type.startsWith('caller.') ? view.ctx.understood : null,
        said: rendered.said,
      });
      return rendered.twiml;
    } finally {
      actor.stop();
    }
  }

  /** The snapshot and its step, with the timeline event that got there: written together, in the turn's transaction. */
  private save(
    row: CallRow,
    actor: AnyActorRef,
    view: CallView,
    event: CallEvent,
    turn: { step: number; twiml: string; inboundSid?: string | null; input: unknown; understood: string | null; said: unknown },
  ): void {
    this.store.update({
      callSid: row.call_sid,
      locale: view.ctx.locale,
      state: view.state,
      step: turn.step,
      snapshotJson: JSON.stringify(actor.getPersistedSnapshot()),
      twiml: turn.twiml,
      outcome: view.ctx.outcome,
      reservationId: view.ctx.reservationId,
      at: event.at,
      inboundSid: turn.inboundSid ?? null,
    });
    this.store.appendEvent({
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

  private restore(row: CallRow) {
    if (row.machine_version !== MACHINE_VERSION) {
      throw new RestoreError(`call ${row.call_sid} was saved by flow version ${row.machine_version}, this is ${MACHINE_VERSION}`);
    }
    let snapshot: SnapshotFrom<CallMachine>;
    try {
      snapshot = JSON.parse(row.snapshot_json) as SnapshotFrom<CallMachine>;
      // Throws for a state the flow no longer has (a cheap check before restoring; STYLE.md).
      this.deps.flow.resolveState({ value: snapshot.value, context: snapshot.context });
    } catch (err) {
      throw new RestoreError(`call ${row.call_sid}: its saved state cannot be restored: ${(err as Error).message}`);
    }
    // `input` only seeds a fresh call; restoring from a snapshot does not read it.
    const input = { callSid: row.call_sid, caller: row.from_number, hotel: this.deps.hotel.info, at: row.updated_at };
    const actor = createActor(this.deps.flow, { snapshot, input });
    this.start(actor);
    return actor;
  }

  /** Starts an actor, turning XState's asynchronous error report into a thrown error. */
  private start(actor: ReturnType<typeof createActor<CallFlow>>): SnapshotFrom<CallMachine> {
    actor.subscribe({ error: () => {} });
    actor.start();
    return this.check(actor);
  }

  private send(actor: ReturnType<typeof createActor<CallFlow>>, event: CallEvent): SnapshotFrom<CallMachine> {
    actor.send(event);
    return this.check(actor);
  }

  private check(actor: AnyActorRef): SnapshotFrom<CallMachine> {
    const snapshot = actor.getSnapshot() as SnapshotFrom<CallMachine>;
    if (snapshot.status === 'error') throw snapshot.error instanceof Error ? snapshot.error : new Error(String(snapshot.error));
    return snapshot;
  }
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
