// Callers through whole calls, many at once: the load every call-playing bench mode applies
// (mode "calls" against Conserje alone, mode "compare" against Conserje and the bare app).

import { CallSession } from '../../src/softphone/call-session.ts';
import { DEFAULT_MIX, pickKind, planCall, playCall } from './callers.ts';
import type { CallResult, Rng } from './callers.ts';
import { BENCH_AUTH_TOKEN, BENCH_HOTEL_NUMBER, BENCH_PUBLIC_URL } from './server-process.ts';

export interface LoadShape {
  /** Calls in progress at once (workers). */
  concurrency: number;
  calls: number;
  /** Think time before each caller action, × 0.5–1.5 at random. */
  thinkMs: number;
}

export interface LoadContext {
  rng: Rng;
  /** The hotel's today (yyyy-MM-dd), for arrival dates. */
  today: string;
  /** A fresh call; `index` makes the calling number. */
  newCall: (index: number) => CallSession;
  /** Indexes start here (so warm-up calls and measured calls get different numbers). */
  firstIndex?: number;
}

/** Calls to the bench's server at `baseUrl`, signed as Twilio signs them; `index` makes the calling number. */
export function benchCalls(baseUrl: string, fetch: typeof globalThis.fetch): (index: number) => CallSession {
  return (index) =>
    new CallSession({
      baseUrl,
      publicBaseUrl: BENCH_PUBLIC_URL,
      authToken: BENCH_AUTH_TOKEN,
      from: `+1212555${String(1000 + (index % 9000)).padStart(4, '0')}`,
      to: BENCH_HOTEL_NUMBER,
      fetch,
    });
}

/** Live figures of a load in progress, for the progress line. */
export class LoadState {
  readonly results: CallResult[] = [];
  started = 0;
  inProgress = 0;
  peakInProgress = 0;
}

/**
 * Warm-up: the first calls meet a cold server (code not yet optimised). Played 20 at a time with
 * no think time; the caller of this reports their latency apart.
 */
export async function warmUp(calls: number, ctx: LoadContext): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(20, calls) }, async () => {
      while (next < calls) {
        const index = (ctx.firstIndex ?? 0) + next++;
        await playCall(ctx.newCall(index), planCall(pickKind(ctx.rng, DEFAULT_MIX), ctx.rng, 365), { today: ctx.today, think: () => Promise.resolve() });
      }
    }),
  );
}

/** Plays `shape.calls` calls, `shape.concurrency` at a time, and resolves when the last one ends. */
export async function playLoad(shape: LoadShape, ctx: LoadContext, state = new LoadState()): Promise<LoadState> {
  const { rng, today } = ctx;
  const think = shape.thinkMs > 0 ? () => sleep(shape.thinkMs * (0.5 + rng())) : () => Promise.resolve();
  const t0 = performance.now();
  // Callers do not all dial at the same instant: the workers start spread over one average call
  // (about 11 think times), so the load is steady rather than synchronised bursts.
  const rampMs = rampMsOf(shape);
  const worker = async (w: number) => {
    await sleep((rampMs * w) / shape.concurrency);
    while (state.started < shape.calls) {
      const index = (ctx.firstIndex ?? 0) + state.started++;
      const plan = planCall(pickKind(rng, DEFAULT_MIX), rng, 365);
      const call = ctx.newCall(index);
      state.inProgress++;
      state.peakInProgress = Math.max(state.peakInProgress, state.inProgress);
      const result = await playCall(call, plan, { today, think });
      if (result.end === 'error') result.detail = `at ${((performance.now() - t0) / 1000).toFixed(1)} s: ${result.detail}`;
      state.results.push(result);
      state.inProgress--;
    }
  };
  await Promise.all(Array.from({ length: shape.concurrency }, (_, w) => worker(w)));
  return state;
}

/** How long the callers take to all be on the line. */
export function rampMsOf(shape: LoadShape): number {
  return Math.max(2_000, shape.thinkMs * 11);
}

export function sleep(msToWait: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, msToWait));
}

/** A progress bar: `[#####.....]`. */
export function bar(fraction: number, width = 24): string {
  const filled = Math.round(Math.min(1, Math.max(0, fraction)) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
}
