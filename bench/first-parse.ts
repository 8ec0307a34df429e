// `npx tsx bench/first-parse.ts`: what the first date-like answer costs a fresh process — the
// first `readQuestion` of "in two weeks" at the arrival question, timed alone (modules loaded and
// the call context built before the clock starts), then a second answer for comparison. Five
// fresh processes; prints each and the median. The figure behind docs/performance.md's "first
// parse" (chrono's regular expressions compile on first use).

import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const RUNS = 5;

async function child(): Promise<void> {
  const { readQuestion } = await import('../flows/read-question.ts');
  const { readHotelFile, toHotelInfo } = await import('../src/hotel/hotel-file.ts');
  const { DEMO_HOTEL_PATH } = await import('../src/hotel/hotel-store.ts');
  const { catalogueContexts } = await import('../src/voice/prompt-catalogue.ts');
  const hotel = toHotelInfo(readHotelFile(DEMO_HOTEL_PATH));
  const ctx = { ...catalogueContexts(hotel, 'en-US')[0]!, locale: 'en-US' as const, found: null };
  const at = '2026-12-01T15:00:00Z';
  const time = (text: string) => {
    const start = performance.now();
    readQuestion('arrivalDate', ctx, { type: 'caller.speech', text, confidence: 0.9, at });
    return performance.now() - start;
  };
  const first = time('in two weeks');
  const second = time('three days from now');
  console.log(JSON.stringify({ first, second }));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

if (process.argv.includes('--child')) {
  await child();
} else {
  const self = fileURLToPath(import.meta.url);
  const runs: { first: number; second: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', self, '--child'], { encoding: 'utf8' });
    runs.push(JSON.parse(out.trim().split('\n').pop()!));
  }
  console.log(`first readQuestion("in two weeks") in a fresh process: ${runs.map((r) => r.first.toFixed(1)).join(', ')} ms; median ${median(runs.map((r) => r.first)).toFixed(1)} ms`);
  console.log(`the next date-like answer ("three days from now"):      ${runs.map((r) => r.second.toFixed(1)).join(', ')} ms; median ${median(runs.map((r) => r.second)).toFixed(1)} ms`);
}
