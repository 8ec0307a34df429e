/**
 * One phone call, played the way Twilio plays it: posts Twilio's webhooks to our server,
 * follows the TwiML it answers with (Say, Play, Pause, Gather, Redirect, Dial, Record,
 * Hangup, Reject) and stops whenever the caller has to do something. Used by the terminal
 * softphone (`npm run call`), the end-to-end tests and the benchmark.
 *
 * Twilio behaviour modelled here (https://www.twilio.com/docs/voice/twiml):
 * - the first request of a call carries CallStatus=ringing, later ones in-progress;
 * - relative URLs resolve against the current document's URL, and a `<Gather>` or
 *   `<Record>` without `action` posts back to that URL;
 * - a `<Gather>` with no input falls through to the next verb (or posts its action with
 *   no input when `actionOnEmptyResult` is set); running out of verbs hangs up;
 * - `finishOnKey` (default `#`) ends the digits and is not part of `Digits`; `numDigits`
 *   submits as soon as that many keys are in;
 * - keys pressed at a speech-only `<Gather>` (or words at a keypad-only one) are not heard;
 * - a `<Dial>` without `action` continues with the next verb; with one, Twilio posts
 *   `DialCallStatus` and runs the answer;
 * - a `<Record>` that captured nothing does not post its action: the next verb runs;
 * - when the call ends Twilio posts the status callback (CallStatus=completed, CallDuration);
 * - requests are signed with X-Twilio-Signature over the public URL and the POST params.
 */
import { parseTwiml } from './twiml.ts';
import type { DialVerb, GatherVerb, HttpMethod, RecordVerb, SayVerb, Verb } from './twiml.ts';
import { callParams, newCallSid, newSid, serverBaseUrl, signRequest } from './twilio-params.ts';
import type { CallStatus, TwilioParams } from './twilio-params.ts';

export interface CallSessionOptions {
  /**
   * Where HTTP requests go, e.g. `http://127.0.0.1:3000`: a bare origin is asked for the paths
   * Twilio would ask for (the public URL's path included); one with a path stands for the public
   * URL's path (`serverBaseUrl`).
   */
  baseUrl: string;
  /** The URL Twilio would have used (it is what gets signed); default `baseUrl`. */
  publicBaseUrl?: string;
  /** When set, every request carries a valid `X-Twilio-Signature`. */
  authToken?: string;
  from: string;
  to: string;
  callSid?: string;
  accountSid?: string;
  fetch?: typeof fetch;
  /** The number's voice webhook path; default `/voice`. */
  voicePath?: string;
  /** The number's status callback path; default `/voice/status`. */
  statusCallbackPath?: string;
  /** Post the status callback when the server ends the call (as Twilio does); default true. */
  autoStatusCallback?: boolean;
  /** More `<Redirect>`s than this in one turn throws (a loop); default 20. */
  maxRedirects?: number;
  /** Twilio gives a webhook 15 s to answer; default 15000. */
  requestTimeoutMs?: number;
  /** Throw (instead of adding a note) on TwiML Twilio would reject or mishandle. */
  strict?: boolean;
  /** Milliseconds clock, for CallDuration; default `Date.now`. */
  clock?: () => number;
  /**
   * Twilio's StirVerstat for the caller's leg (STIR/SHAKEN), e.g. 'TN-Validation-Passed-A' when
   * the originating carrier fully vouched for `from`; absent by default (no attestation).
   */
  stirVerstat?: string;
}

export type WaitingFor = 'input' | 'record' | 'dial' | 'ended';
export type EndReason = 'hangup' | 'reject' | 'end-of-document' | 'caller-hangup' | 'error';
export const DIAL_CALL_STATUSES = ['completed', 'busy', 'no-answer', 'failed', 'canceled'] as const;
export type DialCallStatus = (typeof DIAL_CALL_STATUSES)[number];

export interface SaidText {
  text: string;
  voice?: string;
  language?: string;
}

/** One HTTP request Twilio made and what came back. */
export interface WebhookExchange {
  /** The URL as Twilio requested it (the public URL, the one that is signed). */
  url: string;
  method: HttpMethod;
  params: TwilioParams;
  status: number;
  body: string;
  /** Parsed TwiML (empty for status and recording callbacks, whose bodies Twilio ignores). */
  verbs: Verb[];
}

export interface Turn {
  /** Every `<Say>` heard in order, including those nested in `<Gather>`. */
  said: SaidText[];
  /** URLs (or `digits:…`) of every `<Play>` heard. */
  played: string[];
  waitingFor: WaitingFor;
  gather?: GatherVerb;
  dial?: DialVerb;
  record?: RecordVerb;
  /** The call ended during this turn (whoever ended it; see `endReason`). */
  hungUp: boolean;
  endReason?: EndReason;
  /** HTTP requests made during this turn. */
  requests: number;
  responses: WebhookExchange[];
  /** Things Twilio would do silently that a tester wants to know (ignored keys, skipped verbs). */
  notes: string[];
}

export interface RecordOptions {
  /** RecordingUrl to report; default a plausible api.twilio.com URL. */
  url?: string;
  durationSeconds?: number;
  /** Nothing was recorded: Twilio skips the action and runs the next verb. */
  silent?: boolean;
  /** What ended the recording: a key (default), the caller hanging up, or maxLength. */
  endedBy?: 'key' | 'hangup' | 'timeout';
  /** Text posted to the `transcribeCallback`, if the `<Record>` asks for transcription. */
  transcript?: string;
}

/** The session was used out of turn (e.g. `press()` while a `<Dial>` rings); the call goes on. */
export class CallSessionUsageError extends Error {
  override name = 'CallSessionUsageError';
}

/** A webhook answered with something other than 200 + TwiML (Twilio: "an application error has occurred"). */
export class TwilioWebhookError extends Error {
  readonly url: string;
  readonly status: number | undefined;
  readonly body: string;
  constructor(message: string, url: string, status: number | undefined, body: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'TwilioWebhookError';
    this.url = url;
    this.status = status;
    this.body = body;
  }
}

type Pending =
  | { kind: 'gather'; verb: GatherVerb; rest: Verb[]; docUrl: string }
  | { kind: 'dial'; verb: DialVerb; rest: Verb[]; docUrl: string }
  | { kind: 'record'; verb: RecordVerb; rest: Verb[]; docUrl: string };

type Outcome = Pending | { kind: 'end'; reason: 'hangup' | 'reject' | 'end-of-document'; status: CallStatus };

/** One call leg: the caller's, or the `<Dial>`ed party's while it hears a whisper. */
interface Leg {
  docUrl: string;
  params: () => TwilioParams;
}

interface SentRequest {
  url: string;
  method: HttpMethod;
  params: TwilioParams;
  idempotencyToken: string;
}

const WAITING: Record<Pending['kind'], WaitingFor> = { gather: 'input', dial: 'dial', record: 'record' };

export class CallSession {
  readonly callSid: string;
  readonly accountSid: string;
  readonly from: string;
  readonly to: string;
  /** The last HTTP exchange (TwiML or callback), also set when it failed. */
  lastResponse: WebhookExchange | undefined;
  /** Every HTTP exchange of the call, in order. */
  readonly history: WebhookExchange[] = [];
  ended = false;
  endReason: EndReason | undefined;

  private readonly baseUrl: string;
  private readonly publicBaseUrl: string;
  /** Where `publicBaseUrl` is reached (`serverBaseUrl`). */
  private readonly serverBase: string;
  private readonly authToken: string | undefined;
  private readonly fetchImpl: typeof fetch;
  private readonly voicePath: string;
  private readonly statusCallbackPath: string;
  private readonly autoStatusCallback: boolean;
  private readonly maxRedirects: number;
  private readonly requestTimeoutMs: number;
  private readonly strict: boolean;
  private readonly clock: () => number;
  private readonly stirVerstat: string | undefined;

  private started = false;
  private answered = false;
  private startedAt = 0;
  private docUrl = '';
  private pending: Pending | undefined;
  private busy = false;
  private lastTwimlRequest: SentRequest | undefined;
  private dialCallSid: string | undefined;
  private statusSequence = 0;

  constructor(options: CallSessionOptions) {
    this.baseUrl = trimSlash(options.baseUrl);
    this.publicBaseUrl = trimSlash(options.publicBaseUrl ?? options.baseUrl);
    for (const url of [this.baseUrl, this.publicBaseUrl]) {
      if (!/^https?:\/\//.test(url)) throw new Error(`CallSession: not an http(s) URL: ${url}`);
    }
    this.serverBase = serverBaseUrl(this.baseUrl, this.publicBaseUrl);
    this.authToken = options.authToken || undefined;
    this.from = options.from;
    this.to = options.to;
    this.callSid = options.callSid ?? newCallSid();
    this.accountSid = options.accountSid ?? newSid('AC');
    this.fetchImpl = options.fetch ?? globalThis.fetch;
    this.voicePath = options.voicePath ?? '/voice';
    this.statusCallbackPath = options.statusCallbackPath ?? '/voice/status';
    this.autoStatusCallback = options.autoStatusCallback ?? true;
    this.maxRedirects = options.maxRedirects ?? 20;
    this.requestTimeoutMs = options.requestTimeoutMs ?? 15_000;
    this.strict = options.strict ?? false;
    this.clock = options.clock ?? Date.now;
    this.stirVerstat = options.stirVerstat;
  }

  /** What the call waits for now. */
  get waitingFor(): WaitingFor {
    return this.ended || !this.pending ? 'ended' : WAITING[this.pending.kind];
  }

  /** The URL of the TwiML document being executed (Twilio's "current document URL"). */
  get documentUrl(): string {
    return this.docUrl;
  }

  /** The `<Gather>`, `<Dial>` or `<Record>` the call waits at, if any. */
  get pendingVerb(): GatherVerb | DialVerb | RecordVerb | undefined {
    return this.ended ? undefined : this.pending?.verb;
  }

  /** Seconds since the call started, as Twilio reports CallDuration. */
  get durationSeconds(): number {
    return this.started ? Math.max(0, Math.round((this.clock() - this.startedAt) / 1000)) : 0;
  }

  /** The call comes in: POST the voice webhook (CallStatus=ringing) and run its answer. */
  start(): Promise<Turn> {
    return this.exclusive(async (turn) => {
      if (this.started) throw new CallSessionUsageError('CallSession.start(): the call has already started');
      this.started = true;
      this.startedAt = this.clock();
      const url = this.publicBaseUrl + this.voicePath;
      await this.fetchAndRun(url, 'POST', {}, turn);
    });
  }

  /** Keys pressed at the pending `<Gather>`. */
  press(digits: string): Promise<Turn> {
    return this.exclusive(async (turn) => {
      const pending = this.expect('gather', 'press');
      if (!/^[0-9*#]*$/.test(digits)) {
        throw new CallSessionUsageError(`press(): only 0-9, * and # can be pressed, got ${JSON.stringify(digits)}`);
      }
      const gather = pending.verb;
      if (!gather.input.includes('dtmf')) {
        turn.notes.push('keys not heard: this <Gather> listens for speech only');
        return this.noInput(pending, turn);
      }
      const finishOnKey = gather.finishOnKey ?? '#';
      let collected = '';
      let finishedOn: string | undefined;
      let used = 0;
      for (const key of digits) {
        used++;
        if (finishOnKey !== '' && key === finishOnKey[0]) {
          finishedOn = key;
          break;
        }
        collected += key;
        if (gather.numDigits !== undefined && collected.length >= gather.numDigits) break;
      }
      if (used < digits.length) {
        turn.notes.push(`keys after the <Gather> completed were not heard: ${digits.slice(used)}`);
      }
      // Only the finish key, no digits: Twilio treats it as no input.
      if (collected === '') return this.noInput(pending, turn);
      const params: TwilioParams = { Digits: collected };
      if (finishedOn !== undefined) params.FinishedOnKey = finishedOn;
      await this.answerGather(pending, params, turn);
    });
  }

  /** Words spoken at the pending `<Gather>` (Confidence omitted when undefined, as Twilio sometimes does). */
  say(text: string, confidence?: number): Promise<Turn> {
    return this.exclusive(async (turn) => {
      const pending = this.expect('gather', 'say');
      if (!pending.verb.input.includes('speech')) {
        turn.notes.push('speech not heard: this <Gather> listens for keys only');
        return this.noInput(pending, turn);
      }
      if (text.trim() === '') return this.noInput(pending, turn);
      const params: TwilioParams = { SpeechResult: text };
      if (confidence !== undefined) params.Confidence = String(confidence);
      await this.answerGather(pending, params, turn);
    });
  }

  /** No input at the pending `<Gather>` (or nothing recorded at a `<Record>`). */
  silence(): Promise<Turn> {
    return this.exclusive(async (turn) => {
      const pending = this.pending;
      if (pending?.kind === 'record' && !this.ended) return this.continueAfter(pending, turn);
      await this.noInput(this.expect('gather', 'silence'), turn);
    });
  }

  /** The caller speaks at the pending `<Record>`. */
  record(opts: RecordOptions = {}): Promise<Turn> {
    return this.exclusive(async (turn) => {
      const pending = this.expect('record', 'record');
      const rec = pending.verb;
      if (opts.silent) {
        turn.notes.push('nothing recorded: Twilio does not request the <Record> action');
        return this.continueAfter(pending, turn);
      }
      const maxLength = rec.maxLength ?? 3600;
      let duration = opts.durationSeconds ?? estimateSeconds(opts.transcript);
      let endedBy = opts.endedBy ?? 'key';
      if (duration >= maxLength) {
        duration = maxLength;
        if (endedBy === 'key') endedBy = 'timeout';
      }
      const recordingSid = newSid('RE');
      const recordingUrl =
        opts.url ?? `https://api.twilio.com/2010-04-01/Accounts/${this.accountSid}/Recordings/${recordingSid}`;
      const params: TwilioParams = {
        RecordingUrl: recordingUrl,
        RecordingSid: recordingSid,
        RecordingDuration: String(Math.round(duration)),
      };
      if (endedBy === 'hangup') params.Digits = 'hangup';
      if (endedBy === 'key') {
        const keys = rec.finishOnKey ?? '1234567890*#';
        params.Digits = keys.includes('#') ? '#' : (keys[0] ?? '#');
      }
      this.pending = undefined;
      const action = resolveUrl(rec.action, pending.docUrl);
      const recordingParams = { RecordingSid: recordingSid, RecordingUrl: recordingUrl };

      if (endedBy === 'hangup') {
        // The caller is gone: Twilio still posts the action but ignores its TwiML.
        await this.post(this.mainLeg(), action, rec.method ?? 'POST', params, turn, 'callback');
        await this.recordingCallbacks(rec, pending.docUrl, recordingParams, duration, opts.transcript, turn);
        await this.finish(turn, 'caller-hangup', 'completed', true);
        return;
      }
      const verbs = await this.fetchTwiml(action, rec.method ?? 'POST', params, turn);
      await this.recordingCallbacks(rec, pending.docUrl, recordingParams, duration, opts.transcript, turn);
      await this.runMain(verbs, turn);
    });
  }

  /** What became of the pending `<Dial>`. */
  dialResult(status: DialCallStatus, durationSeconds?: number): Promise<Turn> {
    return this.exclusive(async (turn) => {
      const pending = this.expect('dial', 'dialResult');
      if (!(DIAL_CALL_STATUSES as readonly string[]).includes(status)) {
        throw new CallSessionUsageError(`dialResult(): unknown DialCallStatus ${JSON.stringify(status)}`);
      }
      const dial = pending.verb;
      const dialCallSid = this.dialCallSid ?? newCallSid();
      this.dialCallSid = undefined;
      if (!dial.action) {
        // No action: when the dialled party hangs up (or never answers) Twilio runs the next verb.
        return this.continueAfter(pending, turn);
      }
      this.pending = undefined;
      const params: TwilioParams = {
        DialCallStatus: status,
        DialCallSid: dialCallSid,
        DialBridged: String(status === 'completed'),
      };
      if (status === 'completed') params.DialCallDuration = String(Math.round(durationSeconds ?? 30));
      const verbs = await this.fetchTwiml(resolveUrl(dial.action, pending.docUrl), dial.method ?? 'POST', params, turn);
      await this.runMain(verbs, turn);
    });
  }

  /**
   * The `<Dial>`ed party answers and hears the `<Number url>` whisper: Twilio requests it on
   * the child call leg (its own CallSid, ParentCallSid = this call). Returns what that leg
   * heard (`hungUp`: the whisper hung up on the desk); the caller's side is not changed and
   * still waits for `dialResult()`.
   */
  whisper(targetIndex = 0, deskKeys?: string): Promise<Turn> {
    return this.exclusive(async (turn) => {
      const pending = this.expect('dial', 'whisper');
      const target = pending.verb.targets[targetIndex];
      if (!target) throw new CallSessionUsageError(`whisper(): the <Dial> has no target #${targetIndex}`);
      if (!target.url) throw new CallSessionUsageError(`whisper(): <Number>${target.number}</Number> has no url`);
      this.dialCallSid ??= newCallSid();
      const childSid = this.dialCallSid;
      const leg: Leg = {
        docUrl: resolveUrl(target.url, pending.docUrl),
        params: () =>
          callParams({
            callSid: childSid,
            accountSid: this.accountSid,
            from: pending.verb.callerId ?? this.from,
            to: target.number,
            callStatus: 'in-progress',
            direction: 'outbound-dial',
            parentCallSid: this.callSid,
          }),
      };
      const verbs = await this.post(leg, leg.docUrl, target.method ?? 'POST', {}, turn, 'twiml');
      let outcome = await this.run(leg, verbs, turn);
      // The desk answers a screening <Gather> ("press 1 to take the call"): keys, or '' for silence.
      if (outcome.kind === 'gather' && deskKeys !== undefined) {
        outcome =
          deskKeys === ''
            ? await this.run(leg, outcome.rest, turn)
            : await this.run(
                leg,
                await this.post(leg, resolveUrl(outcome.verb.action, outcome.docUrl), outcome.verb.method ?? 'POST', { Digits: deskKeys }, turn, 'twiml'),
                turn,
              );
      }
      // Running out of verbs bridges the call; <Hangup>/<Reject> drops the desk's leg.
      if (outcome.kind === 'end') turn.hungUp = outcome.reason !== 'end-of-document';
      else turn.notes.push(`the whisper waits at <${outcome.kind}>; the softphone does not answer it`);
      turn.waitingFor = this.waitingFor;
    });
  }

  /** The caller hangs up: Twilio posts the status callback (CallStatus=completed). */
  hangup(): Promise<Turn> {
    return this.exclusive(async (turn) => {
      if (this.ended) {
        turn.notes.push('the call had already ended');
        return;
      }
      if (!this.started) throw new CallSessionUsageError('hangup(): the call has not started');
      this.pending = undefined;
      await this.finish(turn, 'caller-hangup', 'completed', true);
    });
  }

  /** Posts a raw status callback (does not change the session's state). */
  statusCallback(status: CallStatus, duration?: number): Promise<Turn> {
    return this.exclusive(async (turn) => {
      await this.postStatus(status, duration, turn);
      turn.waitingFor = this.waitingFor;
    });
  }

  /**
   * Twilio retries a webhook whose answer it did not get: re-post the last TwiML request
   * exactly (same params, same I-Twilio-Idempotency-Token) and carry on from its answer.
   */
  retryLast(): Promise<Turn> {
    return this.exclusive(async (turn) => {
      const last = this.lastTwimlRequest;
      if (!last) throw new CallSessionUsageError('retryLast(): no request has been made yet');
      if (this.ended) throw new CallSessionUsageError('retryLast(): the call has ended');
      this.pending = undefined;
      const verbs = await this.send(this.mainLeg(), last.url, last.method, last.params, turn, 'twiml', last.idempotencyToken);
      await this.runMain(verbs, turn);
    });
  }

  // --- internals --------------------------------------------------------------------------

  private async exclusive(body: (turn: Turn) => Promise<void>): Promise<Turn> {
    if (this.busy) throw new CallSessionUsageError('CallSession: one step at a time (await the previous call first)');
    this.busy = true;
    const turn: Turn = { said: [], played: [], waitingFor: 'ended', hungUp: false, requests: 0, responses: [], notes: [] };
    try {
      await body(turn);
      if (!turn.hungUp && turn.waitingFor === 'ended') turn.waitingFor = this.waitingFor;
      return turn;
    } catch (err) {
      if (!(err instanceof CallSessionUsageError)) {
        // A server fault: Twilio would say "an application error has occurred" and hang up.
        this.ended = true;
        this.endReason = 'error';
        this.pending = undefined;
      }
      throw err;
    } finally {
      this.busy = false;
    }
  }

  private expect<K extends Pending['kind']>(kind: K, method: string): Extract<Pending, { kind: K }> {
    if (!this.started) throw new CallSessionUsageError(`${method}(): the call has not started (call start() first)`);
    if (this.ended) throw new CallSessionUsageError(`${method}(): the call has ended`);
    const pending = this.pending;
    if (!pending || pending.kind !== kind) {
      throw new CallSessionUsageError(
        `${method}(): the call is waiting for ${this.waitingFor}, not for ${WAITING[kind]}`,
      );
    }
    return pending as Extract<Pending, { kind: K }>;
  }

  private mainLeg(): Leg {
    return {
      docUrl: this.docUrl,
      params: () => ({
        ...callParams({
          callSid: this.callSid,
          accountSid: this.accountSid,
          from: this.from,
          to: this.to,
          callStatus: this.answered ? 'in-progress' : 'ringing',
        }),
        ...(this.stirVerstat ? { StirVerstat: this.stirVerstat } : {}),
      }),
    };
  }

  private async answerGather(pending: Extract<Pending, { kind: 'gather' }>, params: TwilioParams, turn: Turn) {
    this.pending = undefined;
    const gather = pending.verb;
    const verbs = await this.fetchTwiml(resolveUrl(gather.action, pending.docUrl), gather.method ?? 'POST', params, turn);
    await this.runMain(verbs, turn);
  }

  private async noInput(pending: Extract<Pending, { kind: 'gather' }>, turn: Turn): Promise<void> {
    if (pending.verb.actionOnEmptyResult) return this.answerGather(pending, {}, turn);
    return this.continueAfter(pending, turn);
  }

  /** Runs the verbs after the pending one, in the same document. */
  private async continueAfter(pending: Pending, turn: Turn): Promise<void> {
    this.pending = undefined;
    this.docUrl = pending.docUrl;
    await this.runMain(pending.rest, turn);
  }

  private async fetchAndRun(url: string, method: HttpMethod, params: TwilioParams, turn: Turn): Promise<void> {
    const verbs = await this.fetchTwiml(url, method, params, turn);
    await this.runMain(verbs, turn);
  }

  /** Requests a TwiML document on the caller's leg; it becomes the current document. */
  private async fetchTwiml(url: string, method: HttpMethod, extra: TwilioParams, turn: Turn): Promise<Verb[]> {
    const leg = this.mainLeg();
    const verbs = await this.post(leg, url, method, extra, turn, 'twiml');
    this.answered = true;
    this.docUrl = url;
    return verbs;
  }

  private async runMain(verbs: Verb[], turn: Turn): Promise<void> {
    const leg = this.mainLeg();
    // Redirects inside run() move the current document: keep this.docUrl in step.
    const outcome = await this.run(leg, verbs, turn, (url) => {
      this.docUrl = url;
      this.answered = true;
    });
    if (outcome.kind === 'end') {
      await this.finish(turn, outcome.reason, outcome.status, this.autoStatusCallback);
      return;
    }
    this.pending = outcome;
    this.docUrl = outcome.docUrl;
    turn.waitingFor = WAITING[outcome.kind];
    if (outcome.kind === 'gather') turn.gather = outcome.verb;
    if (outcome.kind === 'dial') turn.dial = outcome.verb;
    if (outcome.kind === 'record') turn.record = outcome.verb;
  }

  /** Executes verbs until one needs the caller (or the call ends). */
  private async run(leg: Leg, verbs: Verb[], turn: Turn, onDocument?: (url: string) => void): Promise<Outcome> {
    let queue = verbs;
    let index = 0;
    let redirects = 0;
    for (;;) {
      const verb = queue[index++];
      if (!verb) return { kind: 'end', reason: 'end-of-document', status: 'completed' };
      switch (verb.verb) {
        case 'say':
          this.hear(verb, turn);
          break;
        case 'play':
          turn.played.push(verb.url || `digits:${verb.digits ?? ''}`);
          break;
        case 'pause':
          break;
        case 'gather':
          this.checkGather(verb, turn);
          for (const child of verb.children) {
            if (child.verb === 'say') this.hear(child, turn);
            if (child.verb === 'play') turn.played.push(child.url || `digits:${child.digits ?? ''}`);
          }
          return { kind: 'gather', verb, rest: queue.slice(index), docUrl: leg.docUrl };
        case 'dial':
          if (verb.targets.length === 0) this.problem('<Dial> has no number to call', turn);
          return { kind: 'dial', verb, rest: queue.slice(index), docUrl: leg.docUrl };
        case 'record':
          return { kind: 'record', verb, rest: queue.slice(index), docUrl: leg.docUrl };
        case 'redirect': {
          redirects++;
          const url = resolveUrl(verb.url, leg.docUrl);
          if (redirects > this.maxRedirects) {
            throw new Error(`redirect loop: more than ${this.maxRedirects} <Redirect>s in one turn (last to ${url})`);
          }
          queue = await this.post(leg, url, verb.method ?? 'POST', {}, turn, 'twiml');
          index = 0;
          leg.docUrl = url;
          onDocument?.(url);
          break;
        }
        case 'hangup':
          return { kind: 'end', reason: 'hangup', status: 'completed' };
        case 'reject':
          // https://www.twilio.com/docs/voice/twiml/reject: busy → busy, rejected → no-answer.
          return { kind: 'end', reason: 'reject', status: verb.reason === 'busy' ? 'busy' : 'no-answer' };
        case 'message':
          turn.notes.push('<Message> skipped: it does nothing on a voice call');
          break;
        case 'unknown':
          this.problem(`unknown verb <${verb.name}> skipped`, turn);
          break;
      }
    }
  }

  private hear(say: SayVerb, turn: Turn): void {
    const said: SaidText = { text: say.text };
    if (say.voice !== undefined) said.voice = say.voice;
    if (say.language !== undefined) said.language = say.language;
    const times = say.loop === undefined ? 1 : Math.max(1, say.loop);
    if (say.loop === 0) turn.notes.push('<Say loop="0"> repeats until the call moves on; heard once here');
    for (let i = 0; i < times; i++) turn.said.push({ ...said });
  }

  /** Checks for speech settings Twilio refuses (facts from SPEC §9). */
  private checkGather(gather: GatherVerb, turn: Turn): void {
    if (gather.input.length === 0) this.problem('<Gather input> names neither dtmf nor speech', turn);
    if (!gather.input.includes('speech')) return;
    if (gather.speechModel && (gather.speechTimeout ?? '').toLowerCase() === 'auto') {
      this.problem(`<Gather speechModel="${gather.speechModel}"> needs a numeric speechTimeout, not "auto"`, turn);
    }
    if (gather.speechModel && /^(phone_call|experimental_)/.test(gather.speechModel) && /^es/i.test(gather.language ?? '')) {
      this.problem(`<Gather speechModel="${gather.speechModel}"> does not recognise ${gather.language}`, turn);
    }
  }

  private problem(message: string, turn: Turn): void {
    if (this.strict) throw new Error(`TwiML problem: ${message}`);
    turn.notes.push(`warning: ${message}`);
  }

  private async finish(turn: Turn, reason: EndReason, status: CallStatus, postStatus: boolean): Promise<void> {
    this.ended = true;
    this.endReason = reason;
    this.pending = undefined;
    turn.hungUp = true;
    turn.endReason = reason;
    turn.waitingFor = 'ended';
    if (postStatus) await this.postStatus(status, undefined, turn);
  }

  private async postStatus(status: CallStatus, duration: number | undefined, turn: Turn): Promise<void> {
    const answeredStatuses: CallStatus[] = ['completed', 'in-progress'];
    const seconds = duration ?? (answeredStatuses.includes(status) ? this.durationSeconds : 0);
    const params: TwilioParams = {
      CallStatus: status,
      CallDuration: String(seconds),
      Duration: String(Math.ceil(seconds / 60)),
      CallbackSource: 'call-progress-events',
      SequenceNumber: String(this.statusSequence++),
      Timestamp: new Date(this.clock()).toUTCString().replace('GMT', '+0000'),
    };
    await this.post(this.mainLeg(), this.publicBaseUrl + this.statusCallbackPath, 'POST', params, turn, 'callback');
  }

  /** `recordingStatusCallback` and `transcribeCallback`, posted after the action as Twilio does. */
  private async recordingCallbacks(
    rec: RecordVerb,
    docUrl: string,
    recording: TwilioParams,
    duration: number,
    transcript: string | undefined,
    turn: Turn,
  ): Promise<void> {
    if (rec.recordingStatusCallback) {
      await this.post(
        this.mainLeg(),
        resolveUrl(rec.recordingStatusCallback, docUrl),
        'POST',
        {
          ...recording,
          RecordingStatus: 'completed',
          RecordingDuration: String(Math.round(duration)),
          RecordingChannels: '1',
          RecordingSource: 'RecordVerb',
        },
        turn,
        'callback',
      );
    }
    if (rec.transcribeCallback || rec.transcribe) {
      if (!rec.transcribeCallback) return; // Transcribed, but stored at Twilio only.
      const text = transcript?.trim();
      const transcriptionSid = newSid('TR');
      await this.post(
        this.mainLeg(),
        resolveUrl(rec.transcribeCallback, docUrl),
        'POST',
        {
          ...recording,
          TranscriptionSid: transcriptionSid,
          TranscriptionText: text ?? '',
          TranscriptionStatus: text ? 'completed' : 'failed',
          TranscriptionUrl: `https://api.twilio.com/2010-04-01/Accounts/${this.accountSid}/Transcriptions/${transcriptionSid}`,
          TranscriptionType: 'fast',
          url: resolveUrl(rec.transcribeCallback, docUrl),
        },
        turn,
        'callback',
      );
    }
  }

  private post(
    leg: Leg,
    url: string,
    method: HttpMethod,
    extra: TwilioParams,
    turn: Turn,
    kind: 'twiml' | 'callback',
  ): Promise<Verb[]> {
    const params = { ...leg.params(), ...extra };
    return this.send(leg, url, method, params, turn, kind, crypto.randomUUID());
  }

  /** Makes one HTTP request exactly as Twilio would and checks the answer. */
  private async send(
    leg: Leg,
    url: string,
    method: HttpMethod,
    params: TwilioParams,
    turn: Turn,
    kind: 'twiml' | 'callback',
    idempotencyToken: string,
  ): Promise<Verb[]> {
    if (kind === 'twiml') this.rememberTwimlRequest(leg, { url, method, params, idempotencyToken });

    // GET carries the params in the query string, and the signature covers only the URL.
    let signedUrl = url;
    let body: string | undefined;
    if (method === 'GET') {
      const u = new URL(url);
      for (const [key, value] of Object.entries(params)) u.searchParams.append(key, value);
      signedUrl = u.href;
    } else {
      body = new URLSearchParams(params).toString();
    }
    const headers: Record<string, string> = {
      'User-Agent': 'TwilioProxy/1.1',
      Accept: '*/*',
      'I-Twilio-Idempotency-Token': idempotencyToken,
    };
    if (body !== undefined) headers['Content-Type'] = 'application/x-www-form-urlencoded; charset=utf-8';
    if (this.authToken) {
      headers['X-Twilio-Signature'] = signRequest(this.authToken, signedUrl, method === 'GET' ? {} : params);
    }

    const httpUrl = this.toHttpUrl(signedUrl);
    let response: Response;
    try {
      response = await this.fetchImpl(httpUrl, {
        method,
        headers,
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.requestTimeoutMs),
      });
    } catch (err) {
      const why =
        err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')
          ? `no answer within ${this.requestTimeoutMs} ms`
          : `request failed: ${err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err)}`;
      throw new TwilioWebhookError(`${method} ${url}: ${why}`, url, undefined, '', { cause: err });
    }
    const text = await response.text();
    const exchange: WebhookExchange = { url, method, params, status: response.status, body: text, verbs: [] };
    turn.responses.push(exchange);
    turn.requests++;
    this.history.push(exchange);
    this.lastResponse = exchange;

    if (kind === 'callback') {
      if (response.status < 200 || response.status > 299) {
        throw new TwilioWebhookError(
          `${method} ${url} answered ${response.status}: ${text.slice(0, 500)}`,
          url,
          response.status,
          text,
        );
      }
      return [];
    }
    if (response.status !== 200) {
      throw new TwilioWebhookError(
        `${method} ${url} answered ${response.status} (Twilio would say "an application error has occurred"): ${text.slice(0, 500)}`,
        url,
        response.status,
        text,
      );
    }
    const contentType = response.headers.get('content-type') ?? '';
    if (!/xml/i.test(contentType)) {
      this.problem(`${url} answered with Content-Type "${contentType}", not text/xml`, turn);
    }
    try {
      exchange.verbs = parseTwiml(text);
    } catch (err) {
      throw new TwilioWebhookError(
        `${method} ${url} answered unparsable TwiML (${err instanceof Error ? err.message : String(err)}): ${text.slice(0, 500)}`,
        url,
        response.status,
        text,
        { cause: err },
      );
    }
    return exchange.verbs;
  }

  private rememberTwimlRequest(leg: Leg, request: SentRequest): void {
    // Only the caller's leg can be retried; its params carry this call's CallSid.
    if (leg.params().CallSid === this.callSid) this.lastTwimlRequest = request;
  }

  /** Maps the URL Twilio would request onto the address we can actually reach. */
  private toHttpUrl(url: string): string {
    if (startsWithBase(url, this.publicBaseUrl)) return this.serverBase + url.slice(this.publicBaseUrl.length);
    if (startsWithBase(url, this.baseUrl)) return url;
    if (new URL(url).origin === new URL(this.publicBaseUrl).origin) {
      // A path written from the host's root by a server under a path: Twilio would miss the server.
      throw new Error(`Twilio would request ${url}, outside ${this.publicBaseUrl}: a proxy serving only that path would not pass it on`);
    }
    throw new Error(
      `Twilio would request ${url}, which is neither ${this.publicBaseUrl} nor ${this.baseUrl}; the softphone only calls this server`,
    );
  }
}

/** Resolves a TwiML URL as Twilio does: relative to the current document; absent → the document itself. */
export function resolveUrl(url: string | undefined, documentUrl: string): string {
  if (url === undefined || url.trim() === '') return documentUrl;
  return new URL(url.trim(), documentUrl).href;
}

function startsWithBase(url: string, base: string): boolean {
  if (!url.startsWith(base)) return false;
  const next = url.charAt(base.length);
  return next === '' || next === '/' || next === '?' || next === '#';
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

/** About 0.4 s a word, at least a second; 5 s when nothing is known. */
function estimateSeconds(transcript: string | undefined): number {
  if (!transcript?.trim()) return 5;
  return Math.max(1, Math.round(transcript.trim().split(/\s+/).length * 0.4));
}

// --- terminal softphone helpers (pure, used by scripts/call.ts) ------------------------------

/** What a typed line means at a `<Gather>`. */
export type CallerInput =
  | { kind: 'press'; digits: string }
  | { kind: 'say'; text: string; confidence: number }
  | { kind: 'silence' }
  | { kind: 'hangup' };

/**
 * Reads a softphone line: only digits/`*`/`#` → keys; `~0.4 words` → speech with that
 * confidence; other text → speech with `defaultConfidence`; empty → silence; `/hangup` → hang up.
 */
export function interpretLine(line: string, defaultConfidence: number): CallerInput {
  const text = line.trim();
  if (text === '') return { kind: 'silence' };
  if (text === '/hangup' || text === '/quit') return { kind: 'hangup' };
  if (/^[0-9*#]+$/.test(text)) return { kind: 'press', digits: text };
  const low = /^~(\d*\.?\d+)\s+(.+)$/.exec(text);
  if (low?.[1] && low[2]) {
    return { kind: 'say', text: low[2].trim(), confidence: Math.min(1, Math.max(0, Number(low[1]))) };
  }
  return { kind: 'say', text, confidence: defaultConfidence };
}

/** The hint the softphone shows at a `<Gather>`. */
export function gatherHint(gather: GatherVerb): string {
  const dtmf = gather.input.includes('dtmf');
  const speech = gather.input.includes('speech');
  const finish = gather.finishOnKey ?? '#';
  const keys =
    gather.numDigits !== undefined
      ? `type up to ${gather.numDigits} digit${gather.numDigits === 1 ? '' : 's'}${finish ? ` (${finish} ends)` : ''}`
      : `type digits like 1 or 0412${finish}`;
  const speechHelp = 'words for speech, ~0.4 words for low-confidence speech';
  const parts =
    dtmf && speech
      ? ['keys or speech', `${keys}, ${speechHelp}`]
      : dtmf
        ? ['keys', keys]
        : ['speech', speechHelp];
  return `[${parts[0]} — ${parts[1]}, empty line for silence, /hangup]`;
}
