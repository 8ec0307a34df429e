// The webhooks' latency histogram, counted in arrays and exposed through prom-client's registry in
// the same text as its Histogram writes. prom-client's `observe` validates and hashes the labels
// and keys each bucket by its bound as a property name (a number turned into a string on every
// access): 5–10 µs of every webhook, the largest part of the metrics' share (issue 14). Here a
// webhook finds its series by one Map lookup and its bucket by index.

import type { Registry } from 'prom-client';

interface Series {
  route: string;
  status: string;
  /** Observations at or below each bound (not cumulative; summed when exposed). */
  counts: Float64Array;
  sum: number;
  count: number;
}

interface Value {
  labels: Record<string, string | number>;
  value: number;
  metricName: string;
}

export class LatencyHistogram {
  readonly type = 'histogram';
  readonly aggregator = 'sum';
  readonly #series = new Map<string, Series>();

  constructor(
    readonly name: string,
    readonly help: string,
    private readonly bounds: readonly number[],
    registry: Registry,
  ) {
    // prom-client types registerMetric for its own four classes; the registry itself asks a metric
    // for its name, type, get() and reset(), which this has (as the scrape test checks). Its JSON
    // form (getMetricsAsJSON, for prom-client's cluster aggregation, unused here) is not the same.
    registry.registerMetric(this as never);
  }

  observe(route: string, status: number, seconds: number): void {
    const key = `${status} ${route}`;
    let series = this.#series.get(key);
    if (!series) {
      series = { route, status: String(status), counts: new Float64Array(this.bounds.length), sum: 0, count: 0 };
      this.#series.set(key, series);
    }
    series.sum += seconds;
    series.count += 1;
    for (let i = 0; i < this.bounds.length; i++) {
      if (seconds <= this.bounds[i]!) {
        series.counts[i]! += 1;
        break;
      }
    }
  }

  /** What prom-client's registry asks each metric for when scraped. */
  get() {
    const values: Value[] = [];
    for (const { route, status, counts, sum, count } of this.#series.values()) {
      let cumulative = 0;
      this.bounds.forEach((le, i) => {
        cumulative += counts[i]!;
        values.push({ labels: { le, route, status }, value: cumulative, metricName: `${this.name}_bucket` });
      });
      values.push({ labels: { le: '+Inf', route, status }, value: count, metricName: `${this.name}_bucket` });
      values.push({ labels: { route, status }, value: sum, metricName: `${this.name}_sum` });
      values.push({ labels: { route, status }, value: count, metricName: `${this.name}_count` });
    }
    return Promise.resolve({ name: this.name, help: this.help, type: this.type, values, aggregator: this.aggregator });
  }

  reset(): void {
    this.#series.clear();
  }
}
