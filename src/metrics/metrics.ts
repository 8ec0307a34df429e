// Metrics for operators: `GET /metrics` in Prometheus' text format (prom-client).
//
// One Registry per app (not prom-client's global one), so tests can build many apps in one
// process. Process-wide facts (memory, CPU, event loop lag, GC) are collected once per process
// into a registry of their own and appended to every app's answer: prom-client's default
// collectors start observers that are never stopped, so one set per process is what is wanted.
//
// What the call metrics are made of: each turn of a call tells them what it did (the call
// service's onTurn hook, after the turn's transaction committed): an outcome that appears, a call
// that enters the transfer state, a reservation id that appears, each counted once, by the process
// that made it happen, without reading the call's row again. Calls in progress are counted in the
// database when scraped, so several processes on one file agree.

import type { RequestHandler } from 'express';
// prom-client's parts from their own files, not its index: the index also loads its push-gateway
// client (node:https, node:zlib), its cluster aggregator (node:cluster), the histogram, the summary
// and every default collector with the OpenTelemetry API, none of which a start needs (issue 14).
// The default collectors are loaded at the first scrape, when they start (processRegistry below).
import Counter from 'prom-client/lib/counter.js';
import Gauge from 'prom-client/lib/gauge.js';
import Registry from 'prom-client/lib/registry.js';
import type { TurnChange } from '../calls/call-service.ts';
import type { Db } from '../storage/sql.ts';
import { LatencyHistogram } from './latency-histogram.ts';

/** The voice routes, as labels. Anything else under /voice is "other" (no label per fuzzed path). */
export const WEBHOOK_ROUTES = [
  '/voice',
  '/voice/gather',
  '/voice/recording',
  '/voice/dial-result',
  '/voice/whisper',
  '/voice/screen',
  '/voice/status',
] as const;
export type WebhookRoute = (typeof WEBHOOK_ROUTES)[number] | 'other';

/** Outcomes as SPEC §7 words them, reported from the start (at 0); others appear when they happen. */
const OUTCOMES = ['booked', 'transferred', 'denial', 'regret', 'abandoned', 'failed'] as const;

/**
 * A call with no status callback for this long is not counted as in progress: Twilio ends every
 * call after 4 hours at most (its default time limit), so such a row lost its callback.
 */
export const IN_PROGRESS_WINDOW_MS = 4 * 60 * 60 * 1000;

/** Webhooks answer in well under a millisecond; Twilio gives up after 15 s. */
const LATENCY_BUCKETS = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15];

export interface AppMetrics {
  readonly registry: Registry;
  /** First on the express voice router: times every voice request, from arrival to the last byte sent. */
  readonly timeWebhooks: RequestHandler;
  /** One request answered on a webhook path (the lean path times its own); only /voice paths are counted. */
  observeWebhook(path: string, status: number, seconds: number): void;
  /** What a turn did to its call: the call service's onTurn hook. */
  countTurn(change: TurnChange): void;
  /** `GET /metrics`. */
  readonly route: RequestHandler;
  /** A webhook's step failed: the caller heard an apology and was sent to the front desk. */
  countFailedWebhook(route: string): void;
  /** An error no handler answered for (a 5xx, or the apology on a voice path). */
  countError(route: string, kind: 'webhook' | 'unhandled'): void;
  /** A webhook refused for a missing or invalid signature (a wrong PUBLIC_BASE_URL or token shows here at once). */
  countSignatureFailure(route: string): void;
  /** A call or text to a number no property of the group claims. */
  countUnclaimed(channel: 'voice' | 'sms'): void;
}

export function createMetrics(db: Db, clock: () => Date = () => new Date()): AppMetrics {
  const registry = new Registry();

  const latency = new LatencyHistogram(
    'conserje_webhook_duration_seconds',
    'Time to answer a Twilio webhook, from the request arriving to the answer sent, by route.',
    LATENCY_BUCKETS,
    registry,
  );
  const outcomes = new Counter({
    name: 'conserje_call_outcomes_total',
    help: 'Calls that reached an outcome (booked, transferred, denial, regret, abandoned, failed).',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const transfers = new Counter({
    name: 'conserje_transfers_total',
    help: 'Calls handed to the front desk, by reason (error: a failed webhook apologised and dialled the desk).',
    labelNames: ['reason'],
    registers: [registry],
  });
  const bookings = new Counter({
    name: 'conserje_bookings_total',
    help: 'Reservations confirmed on a call.',
    registers: [registry],
  });
  const signatureFailures = new Counter({
    name: 'conserje_webhook_signature_failures_total',
    help: 'Webhooks refused (403) for a missing or invalid X-Twilio-Signature, by route: a wrong PUBLIC_BASE_URL or TWILIO_AUTH_TOKEN shows here at once.',
    labelNames: ['route'],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'conserje_errors_total',
    help: 'Webhooks whose step failed (the caller heard an apology and went to the front desk), and unhandled errors.',
    labelNames: ['route', 'kind'],
    registers: [registry],
  });

  const unclaimed = new Counter({
    name: 'conserje_unclaimed_numbers_total',
    help: 'Calls and texts to a number no property of the group claims (answered with an apology), by channel.',
    labelNames: ['channel'],
    registers: [registry],
  });
  unclaimed.inc({ channel: 'voice' }, 0);
  unclaimed.inc({ channel: 'sms' }, 0);

  // Calls with no status callback yet (and heard from in the last 4 hours). A full scan of
  // `calls` per scrape: about a millisecond per 100,000 calls, and scrapes come every 15 s or so.
  new Gauge({
    name: 'conserje_calls_in_progress',
    help: 'Calls in progress: started, no status callback yet (counted in the database, so across processes).',
    registers: [registry],
    async collect() {
      const since = new Date(clock().getTime() - IN_PROGRESS_WINDOW_MS).toISOString();
      this.set((await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM calls WHERE ended_at IS NULL AND updated_at > ?', [since]))?.n ?? 0);
    },
  });
  // Zeros from the start, so a rate() over a fresh process is not missing series.
  for (const outcome of OUTCOMES) outcomes.inc({ outcome }, 0);
  bookings.inc(0);

  const observeWebhook = (path: string, status: number, seconds: number) => {
    // The express voice router is mounted at the root, so every request no earlier route took
    // passes through it: only /voice paths are webhooks (texts have their own figures).
    if (path.startsWith('/voice')) latency.observe(routeLabel(path), status, seconds);
  };

  const timeWebhooks: RequestHandler = (req, res, next) => {
    if (!req.path.startsWith('/voice')) return next();
    const started = process.hrtime.bigint();
    res.once('finish', () => observeWebhook(req.path, res.statusCode, Number(process.hrtime.bigint() - started) / 1e9));
    next();
  };

  const countTurn = ({ channel, before, after }: TurnChange) => {
    // Text conversations are not calls.
    if (channel !== 'voice') return;
    if (after.outcome !== null && after.outcome !== before?.outcome) {
      // Outcomes are a small set the flow writes; anything unexpected is "other", so a damaged
      // row can never mint a label per call.
      outcomes.inc({ outcome: /^[a-z_]{1,30}$/.test(after.outcome) ? after.outcome : 'other' });
    }
    if (after.reservationId !== null && after.reservationId !== before?.reservationId) bookings.inc();
    if (after.state === 'transferring' && before?.state !== 'transferring') {
      const reason = after.transferReason;
      transfers.inc({ reason: reason !== null && /^[a-z_]{1,40}$/.test(reason) ? reason : 'unknown' });
    }
  };

  const route: RequestHandler = async (_req, res) => {
    try {
      const body = (await registry.metrics()) + (await (await processRegistry()).metrics());
      res.status(200).type(registry.contentType).send(body);
    } catch (err) {
      res.status(500).type('text/plain').send(`metrics unavailable: ${(err as Error).message}\n`);
    }
  };

  return {
    registry,
    timeWebhooks,
    observeWebhook,
    countTurn,
    route,
    countFailedWebhook: (path) => {
      errors.inc({ route: routeLabel(path), kind: 'webhook' });
      transfers.inc({ reason: 'error' });
    },
    countError: (path, kind) => errors.inc({ route: routeLabel(path), kind }),
    countSignatureFailure: (path) => signatureFailures.inc({ route: routeLabel(path) }),
    countUnclaimed: (channel) => unclaimed.inc({ channel }),
  };
}

let processMetrics: Promise<Registry> | undefined;

/** Memory, CPU, event loop lag and GC of this process: one set per process (see the top), from the first scrape. */
function processRegistry(): Promise<Registry> {
  processMetrics ??= import('prom-client/lib/defaultMetrics.js').then(({ default: collectDefaultMetrics }) => {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry });
    return registry;
  });
  return processMetrics;
}

export function routeLabel(path: string): WebhookRoute {
  return (WEBHOOK_ROUTES as readonly string[]).includes(path) ? (path as WebhookRoute) : 'other';
}
