// Latency figures: every sample kept (a few tens of thousands), percentiles exact (nearest rank).

export interface Percentiles {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export function percentiles(samples: readonly number[]): Percentiles {
  if (samples.length === 0) return { count: 0, p50: 0, p95: 0, p99: 0, max: 0, mean: 0 };
  const sorted = Float64Array.from(samples).sort();
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
  let sum = 0;
  for (const v of sorted) sum += v;
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted[sorted.length - 1]!, mean: sum / sorted.length };
}

export class LatencyRecorder {
  readonly byRoute = new Map<string, number[]>();
  readonly statuses = new Map<number, number>();
  /** Samples since the last `takeWindow()`, for the progress line. */
  private window: number[] = [];
  total = 0;

  record(route: string, ms: number, status: number): void {
    let list = this.byRoute.get(route);
    if (!list) this.byRoute.set(route, (list = []));
    list.push(ms);
    this.window.push(ms);
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
    this.total++;
  }

  reset(): void {
    this.byRoute.clear();
    this.statuses.clear();
    this.window = [];
    this.total = 0;
  }

  takeWindow(): number[] {
    const w = this.window;
    this.window = [];
    return w;
  }

  all(): number[] {
    return [...this.byRoute.values()].flat();
  }
}

export function ms(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

export function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

/** A plain text table: the first row is the header, columns after the first right-aligned. */
export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}
