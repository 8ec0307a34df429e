// The background sender: every few seconds, sends the outbox's due texts with Twilio's Messaging
// API. One text at a time: a hotel sends a few texts an hour, and a long code is limited to about
// one message a second anyway. Each row is claimed in a write transaction before it is sent,
// so two senders (two processes, or two instances on one database) never send the same row.
//
// Failures: a Twilio 4xx (an invalid number, 21211; an unsubscribed one, 21610, also recorded
// as an opt-out) fails the text at once; a 5xx, 429, 401/403, a timeout or a network error is
// retried after 30 s, 2 min, 8 min, … until maxAttempts, then the text is 'failed'.

import { createRequire } from 'node:module';
import type twilio from 'twilio';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { textRefusal } from '../sms/text-destinations.ts';
import type { Db } from '../storage/sql.ts';
import { recordOptOut } from './opt-out.ts';
import { Outbox, UNSUBSCRIBED_RECIPIENT } from './outbox.ts';
import type { OutboxRow } from './outbox.ts';

/**
 * The twilio SDK with its REST client, loaded only when texting is on: it loads every Twilio API
 * (130–190 ms of a cold start, profiled), which a server that only answers calls does not need.
 */
const loadTwilio = () => createRequire(import.meta.url)('twilio') as typeof twilio;

/** What twilio's client needs of an HTTP client (RequestClient's one method), e.g. a test stand-in. */
export type SmsHttpClient = Pick<twilio.RequestClient, 'request'>;

export interface SmsSenderDeps {
  db: Db;
  config: Readonly<Config>;
  logger: Logger;
  clock: () => Date;
  /** Twilio's requests go through it instead of twilio's own RequestClient (tests). */
  httpClient?: SmsHttpClient;
  /** Between looks at the outbox. Default: config.smsSendIntervalMs. */
  intervalMs?: number;
  /** Attempts per text before a retryable failure is final. Default: config.smsMaxAttempts. */
  maxAttempts?: number;
  /** Per request to Twilio when twilio's own client is used (an httpClient sets its own). */
  requestTimeoutMs?: number;
  /** Texts sent per look at the outbox. */
  batchSize?: number;
  /** A property's own number (the first of its hotel file's `phoneNumbers`), its texts' sender. */
  fromNumberOf?: (hotelId: number) => string | null;
  /**
   * Every property that answers has a number of its own: TWILIO_PHONE_NUMBER is then only the
   * fallback (for a text whose property has none), and texting is on without it. A function is
   * asked at every look at the outbox: a hotel file applied while running (src/hotel/hotel-changes.ts)
   * may add a property without a number, or give one its number.
   */
  everyPropertyHasNumber?: boolean | (() => boolean);
}

export interface SendRun {
  sent: number;
  failed: number;
  retried: number;
}

/** The first retry waits 30 s; each next one four times longer (2 min, 8 min, 32 min, …). */
export const FIRST_RETRY_MS = 30_000;
const RETRY_FACTOR = 4;
const MAX_RETRY_MS = 6 * 3600_000;
const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;
/** A row 'sending' for this long belongs to a sender that died mid-request (requests time out long before). */
export const STALE_SENDING_MS = 10 * 60_000;

/** How long to wait after the `attempts`-th failed attempt. */
export function retryDelayMs(attempts: number): number {
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * RETRY_FACTOR ** Math.max(0, attempts - 1));
}

export interface SendFailure {
  retry: boolean;
  /** Twilio says the recipient has opted out (21610). */
  optedOut: boolean;
  /** For the outbox row and the log: never the request, whose headers carry the credentials. */
  message: string;
}

// HTTP statuses worth another try: Twilio's own trouble, throttling, and credentials or
// permissions an operator can fix before the attempts run out.
const RETRYABLE_STATUS = new Set([401, 403, 408, 409, 429]);

/** Whether a failed request is worth another try, and what to record about it. */
export function classifySendError(err: unknown): SendFailure {
  const e = (err ?? {}) as { status?: unknown; code?: unknown; message?: unknown };
  const message = typeof e.message === 'string' ? e.message.slice(0, 300) : String(err).slice(0, 300);
  // twilio's RestException: the HTTP status, and Twilio's error code from the JSON body.
  if (typeof e.status === 'number' && e.status >= 400) {
    const code = typeof e.code === 'number' || typeof e.code === 'string' ? String(e.code) : undefined;
    const text = `twilio ${e.status}${code ? ` error ${code}` : ''}: ${message}`;
    if (e.status >= 500 || RETRYABLE_STATUS.has(e.status)) return { retry: true, optedOut: false, message: text };
    return { retry: false, optedOut: code === UNSUBSCRIBED_RECIPIENT, message: text };
  }
  // No answer: a timeout (axios: ECONNABORTED), a refused or reset connection, DNS.
  const code = typeof e.code === 'string' ? e.code : undefined;
  if (code === 'ECONNABORTED' || code === 'ETIMEDOUT') {
    return { retry: true, optedOut: false, message: `request timed out: ${message}` };
  }
  return { retry: true, optedOut: false, message: `request failed${code ? ` (${code})` : ''}: ${message}` };
}

export class SmsSender {
  readonly #db: Db;
  readonly #config: Readonly<Config>;
  readonly #outbox: Outbox;
  readonly #log: Logger;
  readonly #clock: () => Date;
  readonly #intervalMs: number;
  readonly #maxAttempts: number;
  readonly #batchSize: number;
  /** TWILIO_PHONE_NUMBER: what a text is sent from when its property has no number of its own. */
  readonly #from: string | null;
  readonly #fromOf: (hotelId: number) => string | null;
  readonly #statusCallback: string | undefined;
  readonly #client: twilio.Twilio | null;
  /** Why texting is off whatever the properties' numbers, when it is. */
  readonly #off: string | null;
  readonly #everyPropertyHasNumber: () => boolean;
  /** Whether the last look at the outbox found texting on (its change is logged once). */
  #wasOn: boolean | null = null;
  #timer: NodeJS.Timeout | undefined;
  #started = false;
  /** Set while stop() waits for the run in progress: it ends after the text it is sending. */
  #halting = false;
  #run: Promise<SendRun> | null = null;

  constructor(deps: SmsSenderDeps) {
    const { db, config, logger, clock } = deps;
    this.#db = db;
    this.#config = config;
    this.#outbox = new Outbox(db);
    this.#log = logger.child({ component: 'sms-sender' });
    this.#clock = clock;
    this.#intervalMs = deps.intervalMs ?? config.smsSendIntervalMs;
    this.#maxAttempts = Math.max(1, deps.maxAttempts ?? config.smsMaxAttempts);
    this.#batchSize = deps.batchSize ?? 20;
    this.#from = config.twilioPhoneNumber;
    this.#fromOf = deps.fromNumberOf ?? (() => null);
    this.#statusCallback = statusCallbackUrl(config.publicBaseUrl);

    const every = deps.everyPropertyHasNumber;
    this.#everyPropertyHasNumber = typeof every === 'function' ? every : () => every === true;
    // TWILIO_PHONE_NUMBER is asked for at each look (#numberMissing), as the properties change.
    const missing = [config.twilioAccountSid ? null : 'TWILIO_ACCOUNT_SID', config.twilioAuthToken ? null : 'TWILIO_AUTH_TOKEN'].filter(
      (key): key is string => key !== null,
    );
    let client: twilio.Twilio | null = null;
    let off: string | null = missing.length > 0 ? `${missing.join(', ')} not set` : null;
    if (!off) {
      try {
        client = loadTwilio()(config.twilioAccountSid!, config.twilioAuthToken!, {
          timeout: deps.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
          // twilio calls nothing but request() on it.
          ...(deps.httpClient ? { httpClient: deps.httpClient as twilio.RequestClient } : {}),
        });
      } catch (err) {
        off = `the Twilio client cannot be built: ${(err as Error).message}`; // e.g. a SID not starting with AC
      }
    }
    this.#client = client;
    this.#off = off;
  }

  /** Whether texts are sent at all (all three Twilio settings are there, or every property answering has its own number). */
  get enabled(): boolean {
    return this.#client !== null && !this.#numberMissing();
  }

  /** No TWILIO_PHONE_NUMBER, and a property answering has no number of its own: nothing to send its texts from. */
  #numberMissing(): boolean {
    return this.#from === null && !this.#everyPropertyHasNumber();
  }

  /** Starts looking at the outbox every intervalMs. Without credentials it only says texting is off. */
  start(): void {
    if (this.#started) return;
    this.#started = true;
    if (!this.enabled) {
      this.#log.info(
        { reason: this.#off ?? 'TWILIO_PHONE_NUMBER not set' },
        'texting is off: confirmation texts stay in the outbox as unsent (set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_PHONE_NUMBER to send them)',
      );
      // Without the credentials nothing can change that; without a number a hotel file may (#sendDue).
      if (!this.#client) return;
      this.#wasOn = false;
      this.#schedule(0);
      return;
    }
    if (!this.#statusCallback) {
      this.#log.warn('PUBLIC_BASE_URL is a local address Twilio cannot reach: texts are sent without a status callback, so no delivery status arrives');
    }
    this.#log.info({ intervalMs: this.#intervalMs, maxAttempts: this.#maxAttempts }, 'texting is on: sending the outbox with Twilio');
    this.#schedule(0);
  }

  /** Stops the loop; resolves once a look at the outbox in progress has finished its current text. */
  async stop(): Promise<void> {
    this.#started = false;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#halting = true;
    try {
      while (this.#run) await this.#run.catch(() => undefined);
    } finally {
      this.#halting = false;
    }
  }

  /** One look at the outbox: sends what is due. Runs one at a time within this process. */
  runOnce(): Promise<SendRun> {
    const previous = this.#run ?? Promise.resolve();
    const run = previous
      .catch(() => undefined)
      .then(() => this.#sendDue())
      .finally(() => {
        if (this.#run === run) this.#run = null;
      });
    this.#run = run;
    return run;
  }

  #schedule(delayMs: number): void {
    if (!this.#started) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.runOnce()
        .then((run) => {
          if (run.sent + run.failed + run.retried > 0) this.#log.debug(run, 'outbox run');
        })
        .catch((err: unknown) => this.#log.error({ err }, 'sending the outbox failed'))
        .finally(() => this.#schedule(this.#intervalMs));
    }, delayMs);
    // The sender never keeps the process alive on its own.
    this.#timer.unref();
  }

  async #sendDue(): Promise<SendRun> {
    const run: SendRun = { sent: 0, failed: 0, retried: 0 };
    const client = this.#client;
    if (!client || !this.#textingOnNow()) return run;
    const now = this.#clock();
    const recovered = await this.#outbox.recoverStale(new Date(now.getTime() - STALE_SENDING_MS), now, this.#maxAttempts);
    if (recovered > 0) this.#log.warn({ recovered }, 'texts left "sending" by a sender that stopped mid-request were queued again');
    for (const row of await this.#outbox.due(now, this.#batchSize)) {
      if (this.#halting) break;
      const outcome = await this.#sendOne(client, row);
      if (outcome) run[outcome]++;
    }
    return run;
  }

  /**
   * Texting as at start, for the properties answering now: a property added without a number of
   * its own while TWILIO_PHONE_NUMBER is not set turns it off (its texts, and the others', stay
   * unsent, as they would at a start), said once; a number given to it turns it on again.
   */
  #textingOnNow(): boolean {
    const on = !this.#numberMissing();
    if (on !== this.#wasOn && this.#wasOn !== null) {
      if (on) this.#log.info('texting is on again: every property answering has a number of its own');
      else {
        this.#log.warn(
          { reason: 'TWILIO_PHONE_NUMBER not set' },
          'texting is off: a property answering has no number of its own to send its texts from, and TWILIO_PHONE_NUMBER is not set; texts stay in the outbox as unsent',
        );
      }
    }
    this.#wasOn = on;
    return on;
  }

  async #sendOne(client: twilio.Twilio, row: OutboxRow): Promise<keyof SendRun | null> {
    const claim = await this.#outbox.markSending(row.id, this.#clock());
    if (claim === 'suppressed') this.#log.info({ outboxId: row.id, to: row.toNumber }, 'not sent: the number opted out');
    if (claim !== 'claimed') return null;
    const attempt = row.attempts + 1;
    const log = this.#log.child({ outboxId: row.id, kind: row.kind, attempt });
    // A guest of a group's property gets the text from the number they called (SPEC §10).
    const from = (row.hotelId !== null ? this.#fromOf(row.hotelId) : null) ?? this.#from;
    if (from === null) {
      // Only when every property answering has a number and this text's has none (a property no
      // longer in the group): nothing to send it from, and trying again would not change that.
      const why = 'no number to send from: its property has no phoneNumbers and TWILIO_PHONE_NUMBER is not set';
      await this.#outbox.markFailed(row.id, why, this.#clock());
      log.error({ to: row.toNumber }, why);
      return 'failed';
    }
    // Where texts may go, and how many a day (src/sms/text-destinations.ts: SMS pumping).
    const refused = await textRefusal(this.#db, this.#config, { id: row.id, to: row.toNumber, from, kind: row.kind }, this.#clock());
    if (refused) {
      await this.#outbox.markFailed(row.id, refused, this.#clock());
      log.warn({ to: row.toNumber }, refused);
      return 'failed';
    }
    let sid: string;
    try {
      const message = await client.messages.create({
        to: row.toNumber,
        from,
        body: row.body,
        ...(this.#statusCallback ? { statusCallback: this.#statusCallback } : {}),
      });
      sid = message.sid;
    } catch (err) {
      const failure = classifySendError(err);
      const at = this.#clock();
      if (failure.optedOut) await recordOptOut(this.#db, row.toNumber, at);
      if (failure.retry && attempt < this.#maxAttempts) {
        const retryAt = new Date(at.getTime() + retryDelayMs(attempt));
        await this.#outbox.markFailed(row.id, failure.message, at, retryAt);
        log.warn({ to: row.toNumber, error: failure.message, retryAt: retryAt.toISOString() }, 'text not sent; will retry');
        return 'retried';
      }
      await this.#outbox.markFailed(row.id, failure.message, at);
      log.error({ to: row.toNumber, error: failure.message }, failure.retry ? 'text not sent; out of attempts' : 'text refused by Twilio');
      return 'failed';
    }
    // Outside the try: a database error here must not count as a failed send and send it again.
    await this.#outbox.markSent(row.id, sid, this.#clock());
    log.info({ to: row.toNumber, messageSid: sid }, 'text sent');
    return 'sent';
  }
}

/** PUBLIC_BASE_URL + /sms/status, or undefined when Twilio could not reach it (a local address). */
export function statusCallbackUrl(publicBaseUrl: string): string | undefined {
  let host: string;
  try {
    host = new URL(publicBaseUrl).hostname;
  } catch {
    return undefined;
  }
  if (host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || /^127\./.test(host) || host === '0.0.0.0') {
    return undefined;
  }
  return `${publicBaseUrl}/sms/status`;
}
