// Reading a V8 CPU profile (`node --cpu-prof`) into where the time went: self time by function
// and by package (or source file of ours), and by component of a webhook (Node's HTTP, express,
// body parsing, the signature, XState, SQLite, TwiML…), so the bench can say it without a browser.
// A bundle's frames are traced back to their source files through its source map.

import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber?: number };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileSummary {
  totalMs: number;
  byPlace: { place: string; ms: number; share: number }[];
  byFunction: { fn: string; ms: number; share: number }[];
}

interface Frame {
  fn: string;
  /** The source file (through the source map for a bundle), or the URL V8 gave. */
  url: string;
  line: number;
  parent: number | undefined;
}

interface LoadedProfile {
  frames: Map<number, Frame>;
  /** Self time per node id, in µs. */
  selfUs: Map<number, number>;
}

/** Where a place in a bundle came from in the sources, through its source map (perf-profile.ts reads places too). */
export interface SourcePlace {
  originalSource?: string;
  originalLine?: number;
}

const sourceMaps = new Map<string, SourceMap | null>();

/**
 * The source place of `url` (a bundle, as a file URL or a path) at 0-based `line` and `column`;
 * undefined for code that is not a bundle with a map beside it.
 */
export function sourcePlaceOf(url: string, line: number, column: number): SourcePlace | undefined {
  if (!/\.[cm]js$/.test(url)) return undefined;
  if (!sourceMaps.has(url)) {
    // An ES module's frames name a file URL; a script's (scripts/code-cache.cjs runs the bundle as one) its path.
    const path = url.startsWith('file://') ? `${fileURLToPath(url)}.map` : url.startsWith('/') ? `${url}.map` : '';
    sourceMaps.set(url, path && existsSync(path) ? new SourceMap(JSON.parse(readFileSync(path, 'utf8'))) : null);
  }
  return sourceMaps.get(url)?.findEntry(line, column) as SourcePlace | undefined;
}

function loadProfile(file: string): LoadedProfile {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const frames = new Map<number, Frame>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber, columnNumber = 0 } = node.callFrame;
    const entry = sourcePlaceOf(url, lineNumber, columnNumber);
    frames.set(node.id, {
      fn: functionName || '(anonymous)',
      url: entry?.originalSource ?? url,
      line: (entry?.originalLine ?? lineNumber) + 1,
      parent: undefined,
    });
  }
  for (const node of profile.nodes) for (const child of node.children ?? []) frames.get(child)!.parent = node.id;
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i]!;
    selfUs.set(id, (selfUs.get(id) ?? 0) + Math.max(0, deltas[i] ?? 0));
  }
  return { frames, selfUs };
}

/** Self time grouped by package (`node_modules/<pkg>`), our source file, or V8/Node's own. */
export function summariseProfile(file: string, top = 15): ProfileSummary {
  const { frames, selfUs } = loadProfile(file);
  const place = new Map<string, number>();
  const fn = new Map<string, number>();
  let total = 0;
  for (const [id, us] of selfUs) {
    const frame = frames.get(id);
    if (!frame || frame.fn === '(idle)') continue;
    total += us;
    const where = placeOf(frame.url, frame.fn);
    place.set(where, (place.get(where) ?? 0) + us);
    const key = `${frame.fn} ${shortUrl(frame.url)}:${frame.line}`;
    fn.set(key, (fn.get(key) ?? 0) + us);
  }
  const rank = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, us]) => ({ k, ms: us / 1000, share: total ? us / total : 0 }));
  return {
    totalMs: total / 1000,
    byPlace: rank(place).map(({ k, ms, share }) => ({ place: k, ms, share })),
    byFunction: rank(fn).map(({ k, ms, share }) => ({ fn: k, ms, share })),
  };
}

// --- by component of a webhook ---------------------------------------------------------------

/** The components of a webhook's cost, in the order they are reported. */
export const COMPONENTS = [
  'Node HTTP, sockets, writev',
  'express: router, res.send, ETag',
  'body parsing',
  'signature (HMAC)',
  'XState',
  'snapshot JSON',
  'SQLite (statements, BEGIN/COMMIT)',
  'TwiML and prompts',
  'call service, flow, understanding, inventory',
  'metrics',
  'logging',
  'promises, timers, ticks',
  'garbage collection',
  'V8 compiling',
  'other',
] as const;
export type Component = (typeof COMPONENTS)[number];

const PACKAGES: Record<string, Component> = {};
const add = (component: Component, names: string) => {
  for (const name of names.split(/\s+/).filter(Boolean)) PACKAGES[name] = component;
};
add('express: router, res.send, ETag', `express router finalhandler send etag fresh content-type mime-types mime-db type-is media-typer
  on-finished ee-first depd encodeurl escape-html parseurl proxy-addr forwarded ipaddr.js accepts negotiator vary statuses
  range-parser cookie cookie-signature merge-descriptors setprototypeof debug ms http-errors content-disposition safe-buffer
  path-to-regexp is-promise toidentifier inherits call-bind-apply-helpers call-bound get-intrinsic side-channel
  side-channel-list side-channel-map side-channel-weakmap object-inspect es-errors function-bind has-symbols hasown
  gopd dunder-proto get-proto math-intrinsics es-object-atoms es-define-property once wrappy`);
add('body parsing', 'body-parser raw-body iconv-lite bytes qs safer-buffer unpipe');
add('XState', 'xstate');
add('SQLite (statements, BEGIN/COMMIT)', 'better-sqlite3 bindings file-uri-to-path pg pg-pool pg-protocol');
add('TwiML and prompts', 'xmlbuilder');
add('call service, flow, understanding, inventory', 'chrono-node date-fns @date-fns/tz libphonenumber-js zod dayjs');
add('metrics', 'prom-client tdigest bintrees @opentelemetry/api');
add('logging', 'pino sonic-boom pino-std-serializers fast-redact @pinojs/redact safe-stable-stringify atomic-sleep quick-format-unescaped on-exit-leak-free thread-stream real-require');

const OUR_FILES: [RegExp, Component][] = [
  [/\/src\/http\/(lean-webhooks|twilio-request|webhooks)\.ts$/, 'body parsing'],
  [/\/src\/http\/twilio-signature\.ts$/, 'signature (HMAC)'],
  [/\/src\/http\/app\.ts$/, 'express: router, res.send, ETag'],
  [/\/src\/storage\//, 'SQLite (statements, BEGIN/COMMIT)'],
  [/\/src\/(twilio|voice|sms)\//, 'TwiML and prompts'],
  [/\/src\/metrics\//, 'metrics'],
  [/\/src\/logger\.ts$/, 'logging'],
  [/\/(src|flows)\//, 'call service, flow, understanding, inventory'],
  [/\/bench\/bare\//, 'TwiML and prompts'],
];

const NODE_MODULES: [RegExp, Component][] = [
  [/^node:(_http_|net$|stream|internal\/(stream_base_commons|streams\/|http|net|dns))/, 'Node HTTP, sockets, writev'],
  [/^node:(crypto$|internal\/crypto\/)/, 'signature (HMAC)'],
  [/^node:(querystring$|internal\/url$|url$)/, 'body parsing'],
  [/^node:internal\/(process\/task_queues|async_hooks|timers)|^node:timers/, 'promises, timers, ticks'],
];

/** The component a frame belongs to, or null to look at its caller (perf-profile.ts uses it too). */
export function componentOfFrame(frame: { fn: string; url: string }): Component | null {
  const { fn, url } = frame;
  if (fn === '(garbage collector)') return 'garbage collection';
  if (url === '') {
    // Native functions called from our code would otherwise count as the caller's.
    if (fn === 'parse' || fn === 'stringify') return 'snapshot JSON';
    return null;
  }
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg === 'twilio') return url.includes('/webhooks/') ? 'signature (HMAC)' : 'TwiML and prompts';
  if (pkg) return PACKAGES[pkg] ?? 'other';
  if (url.startsWith('node:')) return NODE_MODULES.find(([re]) => re.test(url))?.[1] ?? null;
  return OUR_FILES.find(([re]) => re.test(url))?.[1] ?? 'other';
}

export interface ComponentBreakdown {
  /** Samples after start-up (module loading excluded), in ms. */
  totalMs: number;
  startupMs: number;
  shares: Record<Component, number>;
}

/**
 * Self time by component: each sample goes to the nearest frame on its stack that belongs to one
 * (so Node's stream code called by express's `res.send` counts as Node HTTP, and a native
 * function counts with its caller). Samples under module loading are start-up, left out.
 */
export function componentBreakdown(file: string): ComponentBreakdown {
  const { frames, selfUs } = loadProfile(file);
  const byComponent = new Map<Component, number>();
  let total = 0;
  let startup = 0;
  for (const [id, us] of selfUs) {
    const frame = frames.get(id);
    if (!frame || frame.fn === '(idle)') continue;
    let component: Component | null = null;
    let loading = false;
    for (let at: Frame | undefined = frame; at; at = at.parent === undefined ? undefined : frames.get(at.parent)) {
      if (at.url.startsWith('node:internal/modules/')) loading = true;
      component ??= componentOfFrame(at);
    }
    if (loading) {
      startup += us;
      continue;
    }
    total += us;
    byComponent.set(component ?? 'other', (byComponent.get(component ?? 'other') ?? 0) + us);
  }
  const shares = Object.fromEntries(COMPONENTS.map((c) => [c, total ? (byComponent.get(c) ?? 0) / total : 0])) as Record<Component, number>;
  return { totalMs: total / 1000, startupMs: startup / 1000, shares };
}

function placeOf(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
  const ours = /\/(src|flows|bench|scripts)\/(.*)$/.exec(url);
  return ours ? `${ours[1]}/${ours[2]}` : shortUrl(url);
}

function shortUrl(url: string): string {
  return url.replace(/^file:\/\//, '').replace(/^.*\/node_modules\//, '').replace(/^.*\/(src|flows)\//, '$1/');
}

export function formatSummary(summary: ProfileSummary): string {
  const lines = [`CPU profile: ${summary.totalMs.toFixed(0)} ms of samples (idle excluded)`, '  self time by place:'];
  for (const p of summary.byPlace) lines.push(`    ${(p.share * 100).toFixed(1).padStart(5)}%  ${p.ms.toFixed(0).padStart(6)} ms  ${p.place}`);
  lines.push('  self time by function:');
  for (const f of summary.byFunction) lines.push(`    ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.ms.toFixed(0).padStart(6)} ms  ${f.fn}`);
  return lines.join('\n');
}
