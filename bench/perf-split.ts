// Splits one server's Linux perf samples (a `perf.data` file that `npm run bench -- --mode compare
// --perf DIR` leaves in DIR) within the component "call service, flow, understanding, inventory":
// by source file and by function of the nearest Conserje frame (self), and by every function on the
// stack (inclusive). The breakdowns in docs/performance.md ("The twenty-fourth session's breakdown")
// were made with it. Frames are mapped to sources through the bundle's source map as it is when this
// runs: split a run's file before the bundle is rebuilt, or the places named are wrong.
// Then SQLite's samples (every thread; better-sqlite3 on the stack) by the statement method and the
// Conserje function that ran it, and how many were the COMMIT's WAL frames and their `pwrite`s.
//
//   npx tsx bench/perf-split.ts DIR/conserje.perf.data        # N=80 for a longer inclusive list
//   COMPONENTS='call service,XState' npx tsx bench/perf-split.ts DIR/conserje.perf.data   # other components (names as the bench prints them)

import { spawnSync } from 'node:child_process';
import { componentOfFrame, sourcePlaceOf } from './lib/cpu-profile.ts';

/** A JavaScript frame as `--perf-basic-prof` names it: "JS:*name file:line:column". */
const JS_FRAME = /^JS:[*~^+-]?(.*?) ?(\S+):(\d+):(\d+)$/;
/** One frame line of `perf script -F ip,sym,dso`: "address symbol (library)". */
const FRAME_LINE = /^\s*[0-9a-f]+ (.*) \(([^)]*)\)\s*$/;
/** The components split (a component is taken when its name starts with one of these). */
const COMPONENTS = (process.env.COMPONENTS ?? 'call service').split(',').map((c) => c.trim());

interface Place { component: string | null; source: string }

/** "src/calls/call-service.ts" rather than the whole path. */
const shortPath = (path: string) => path.replace(/.*\/(src|flows|node_modules)\//, '$1/');

const places = new Map<string, Place>();
function placeOf(fn: string, url: string, line: number, column: number): Place {
  const key = `${url}:${line}:${column}`;
  let place = places.get(key);
  if (!place) {
    const source = sourcePlaceOf(url, line - 1, column - 1)?.originalSource ?? url;
    place = { component: componentOfFrame({ fn, url: source }), source };
    places.set(key, place);
  }
  return place;
}

function count(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function main(): void {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: npx tsx bench/perf-split.ts PERF_DATA_FILE');
    process.exit(2);
  }
  const script = spawnSync('perf', ['script', '-F', 'ip,sym,dso', '-i', file], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (script.status !== 0) {
    console.error(script.stderr || `perf script failed (${script.status})`);
    process.exit(1);
  }
  const byFile = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const inclusive = new Map<string, number>();
  /** Each nearest function's callers: the first frame above it that is another function. */
  const callers = new Map<string, Map<string, number>>();
  const sqliteBy = new Map<string, number>();
  let samples = 0;
  let inComponent = 0;
  let inSqlite = 0;
  let walFrames = 0;
  let walWrites = 0;
  for (const block of script.stdout.split(/\n\s*\n/)) {
    const frames = block.split('\n').flatMap((line) => {
      const m = FRAME_LINE.exec(line);
      return m ? [{ symbol: m[1]!, library: m[2]! }] : [];
    });
    if (frames.length === 0) continue;
    samples++;
    countSqlite(frames);
    // The nearest frame that names a component decides the sample's (SQLite's bindings are SQLite's).
    let nearest: (Place & { name: string }) | null = null;
    let caller: string | null = null;
    const stack: string[] = [];
    for (const { symbol, library } of frames) {
      if (!nearest && library.endsWith('better_sqlite3.node')) nearest = { component: 'sqlite', source: 'sqlite', name: 'sqlite' };
      const js = JS_FRAME.exec(symbol);
      if (!js) continue;
      const place = placeOf(js[1]!, js[2]!, Number(js[3]), Number(js[4]));
      const name = `${js[1]} @ ${shortPath(place.source)}`;
      stack.push(name);
      if (nearest && caller === null && name !== nearest.name && nearest.name !== 'sqlite') caller = name;
      if (!nearest && place.component) nearest = { ...place, name };
    }
    if (!COMPONENTS.some((c) => nearest?.component?.startsWith(c))) continue;
    inComponent++;
    count(byFile, shortPath(nearest!.source));
    count(byFunction, nearest!.name);
    let from = callers.get(nearest!.name);
    if (!from) callers.set(nearest!.name, (from = new Map()));
    count(from, caller ?? '?');
    for (const name of new Set(stack)) count(inclusive, name);
  }
  const print = (title: string, map: Map<string, number>, most: number) => {
    console.log(`--- ${title}`);
    for (const [key, n] of [...map].sort((a, b) => b[1] - a[1]).slice(0, most)) {
      console.log(`${((100 * n) / inComponent).toFixed(1).padStart(6)} %  ${key}`);
    }
  };
  console.log(`${samples} samples, ${inComponent} in "${COMPONENTS.join('", "')}"`);
  print('by file (nearest frame)', byFile, 40);
  print('by function (nearest frame)', byFunction, 40);
  console.log('--- the top 20 functions\' callers (the first other function above each)');
  for (const [name, n] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
    const top = [...callers.get(name)!].sort((a, b) => b[1] - a[1]).slice(0, 3);
    console.log(`${((100 * n) / inComponent).toFixed(1).padStart(6)} %  ${name}  <  ${top.map(([c, k]) => `${c} (${Math.round((100 * k) / n)} %)`).join(', ')}`);
  }
  print('inclusive', inclusive, Number(process.env.N ?? 50));
  const share = (n: number) => `${((100 * n) / inSqlite).toFixed(1).padStart(6)} %`;
  console.log(`--- SQLite: ${inSqlite} samples (${((100 * inSqlite) / samples).toFixed(1)} % of all), by the statement method and its caller`);
  for (const [key, n] of [...sqliteBy].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${share(n)}  ${key}`);
  console.log(`${share(walFrames)}  writing the WAL's frames at COMMIT (pagerWalFrames), of it ${share(walWrites).trim()} their pwrite()s`);

  /** A sample with better-sqlite3 on its stack: by its outermost binding frame and the nearest JavaScript function above it. */
  function countSqlite(frames: { symbol: string; library: string }[]): void {
    const first = frames.findIndex((f) => f.library.endsWith('better_sqlite3.node'));
    if (first < 0) return;
    inSqlite++;
    let entry = frames[first]!.symbol;
    let caller = '?';
    for (const { symbol, library } of frames.slice(first)) {
      if (library.endsWith('better_sqlite3.node')) entry = symbol;
      const js = JS_FRAME.exec(symbol);
      if (!js) continue;
      caller = `${js[1]} @ ${shortPath(placeOf(js[1]!, js[2]!, Number(js[3]), Number(js[4])).source)}`;
      break;
    }
    count(sqliteBy, `${entry} < ${caller}`);
    const writing = frames.some((f) => f.symbol === 'pagerWalFrames' || f.symbol === 'walWriteOneFrame');
    if (writing) walFrames++;
    if (writing && frames.some((f) => /pwrite/.test(f.symbol))) walWrites++;
  }
}

main();
