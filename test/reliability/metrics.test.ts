// GET /metrics: what an operator's Prometheus scrapes. Webhook latency by route, calls in
// progress, outcomes, transfers, bookings and errors, each counted once per call.

import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { TO_QUESTION } from './helpers.ts';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The Prometheus text format, enough of it to read samples back. */
function parseMetrics(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) throw new Error(`not a metrics line: ${line}`);
    const labels: Record<string, string> = {};
    for (const m of (match[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[m[1]!] = m[2]!;
    samples.push({ name: match[1]!, labels, value: Number(match[3]) });
  }
  return samples;
}

function value(samples: Sample[], name: string, labels: Record<string, string> = {}): number {
  return samples
    .filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    .reduce((sum, s) => sum + s.value, 0);
}

describe.each(['lean', 'express'] as const)('GET /metrics (webhooks on the %s path)', (http) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp({ http });
  });
  afterEach(() => t.close());

  async function scrape(): Promise<Sample[]> {
    const res = await fetch(`${t.baseUrl}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    return parseMetrics(await res.text());
  }

  it('is Prometheus text with the process metrics and zeroed call counters on a fresh server', async () => {
    const samples = await scrape();
    expect(value(samples, 'conserje_calls_in_progress')).toBe(0);
    expect(value(samples, 'conserje_bookings_total')).toBe(0);
    expect(value(samples, 'conserje_call_outcomes_total', { outcome: 'booked' })).toBe(0);
    expect(samples.some((s) => s.name === 'process_resident_memory_bytes')).toBe(true);
    expect(samples.some((s) => s.name === 'nodejs_eventloop_lag_p99_seconds')).toBe(true);
  });

  it('counts calls in progress, bookings, outcomes and transfers, once each', async () => {
    const booked = t.call();
    await TO_QUESTION.readBack!(booked);
    const waiting = t.call({ from: '+12125550188' });
    await TO_QUESTION.rooms!(waiting, '0105');
    const transfer = t.call({ from: '+12125550177' });
    await TO_QUESTION.transferring!(transfer);

    let samples = await scrape();
    expect(value(samples, 'conserje_calls_in_progress')).toBe(3);
    expect(value(samples, 'conserje_transfers_total', { reason: 'caller_asked' })).toBe(1);

    await booked.press('1'); // confirmed; the softphone posts the status callback
    await transfer.whisper(0, '1');
    await transfer.dialResult('completed', 60);
    if (!transfer.ended) await transfer.hangup();
    await waiting.hangup();
    // Twilio sometimes posts the status callback twice: still one outcome per call.
    await booked.statusCallback('completed');

    samples = await scrape();
    expect(value(samples, 'conserje_calls_in_progress')).toBe(0);
    expect(value(samples, 'conserje_bookings_total')).toBe(1);
    expect(value(samples, 'conserje_call_outcomes_total', { outcome: 'booked' })).toBe(1);
    expect(value(samples, 'conserje_call_outcomes_total', { outcome: 'abandoned' })).toBe(1);
    expect(value(samples, 'conserje_call_outcomes_total')).toBe(3);
    expect(value(samples, 'conserje_transfers_total')).toBe(1);
    expect(value(samples, 'conserje_errors_total')).toBe(0);
  });

  it('has a latency histogram per webhook route that counts every request', async () => {
    const call = t.call();
    await TO_QUESTION.payment!(call, '0203');
    await call.hangup();
    const byRoute = new Map<string, number>();
    for (const exchange of call.history) {
      const route = new URL(exchange.url).pathname;
      byRoute.set(route, (byRoute.get(route) ?? 0) + 1);
    }
    const samples = await scrape();
    for (const [route, n] of byRoute) {
      expect(value(samples, 'conserje_webhook_duration_seconds_count', { route }), route).toBe(n);
      // Cumulative buckets: the +Inf bucket holds them all.
      expect(value(samples, 'conserje_webhook_duration_seconds_bucket', { route, le: '+Inf' }), route).toBe(n);
    }
    expect(value(samples, 'conserje_webhook_duration_seconds_sum')).toBeGreaterThan(0);
    // A forged request is timed too (status 403), under its route.
    await fetch(`${t.baseUrl}/voice`, { method: 'POST', body: 'CallSid=x' });
    expect(value(await scrape(), 'conserje_webhook_duration_seconds_count', { route: '/voice', status: '403' })).toBe(1);
  });

  it('counts a webhook that failed (the caller heard an apology and went to the desk) as an error', async () => {
    const call = t.call();
    await TO_QUESTION.nights!(call, '0310');
    t.db.connection.pragma('busy_timeout = 50');
    const locker = new Database(t.dbPath);
    locker.exec('BEGIN EXCLUSIVE');
    try {
      const turn = await call.press('2#');
      expect(turn.waitingFor).toBe('dial');
    } finally {
      locker.exec('ROLLBACK');
      locker.close();
    }
    const samples = await scrape();
    expect(value(samples, 'conserje_errors_total', { route: '/voice/gather', kind: 'webhook' })).toBe(1);
    expect(value(samples, 'conserje_transfers_total', { reason: 'error' })).toBe(1);
  });

  it('keeps each app’s figures apart (one registry per app)', async () => {
    const other = await startTestApp({ http });
    try {
      await other.call().start();
      const mine = await scrape();
      const theirs = parseMetrics(await (await fetch(`${other.baseUrl}/metrics`)).text());
      expect(value(mine, 'conserje_webhook_duration_seconds_count')).toBe(0);
      expect(value(theirs, 'conserje_webhook_duration_seconds_count')).toBe(1);
    } finally {
      await other.close();
    }
  });
});
