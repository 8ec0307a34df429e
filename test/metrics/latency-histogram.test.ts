import { Histogram, Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { LatencyHistogram } from '../../src/metrics/latency-histogram.ts';

const BOUNDS = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15];

/** The same observations into prom-client's Histogram and ours: the scrape must read the same. */
function both() {
  const theirs = new Registry();
  const ours = new Registry();
  const histogram = new Histogram({ name: 'x_seconds', help: 'Time to answer.', labelNames: ['route', 'status'], buckets: BOUNDS, registers: [theirs] });
  const latency = new LatencyHistogram('x_seconds', 'Time to answer.', BOUNDS, ours);
  return {
    observe(route: string, status: number, seconds: number) {
      histogram.observe({ route, status: String(status) }, seconds);
      latency.observe(route, status, seconds);
    },
    scrape: async () => [await theirs.metrics(), await ours.metrics()],
    latency,
  };
}

describe('LatencyHistogram', () => {
  it('scrapes as prom-client’s Histogram does, bounds and the overflow included', async () => {
    const h = both();
    // On each bound, just past it, below the first, past the last, several routes and statuses.
    const seconds = [0, 0.0001, ...BOUNDS, ...BOUNDS.map((b) => b * 1.001), 20, 3600];
    seconds.forEach((s, i) => h.observe(['/voice', '/voice/gather', '/voice/status'][i % 3]!, i % 5 === 0 ? 403 : 200, s));
    const [theirs, ours] = await h.scrape();
    expect(ours).toBe(theirs);
    expect(ours).toContain('x_seconds_bucket{le="+Inf",route="/voice",status="403"}');
  });

  it('has no series until one is observed, and none after a reset', async () => {
    const h = both();
    expect((await h.scrape())[1]).toBe('# HELP x_seconds Time to answer.\n# TYPE x_seconds histogram\n');
    h.observe('/voice', 200, 0.003);
    expect((await h.scrape())[1]).toContain('x_seconds_count{route="/voice",status="200"} 1');
    h.latency.reset();
    expect((await h.scrape())[1]).not.toContain('x_seconds_count');
  });
});
