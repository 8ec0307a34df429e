// Reading a V8 CPU profile (`node --cpu-prof`) into where the time went: self time by function
// and by package (or source file of ours), so the bench can say it without a browser.

import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
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

/** Self time grouped by package (`node_modules/<pkg>`), our source file, or V8/Node's own. */
export function summariseProfile(file: string, top = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i]!;
    selfUs.set(id, (selfUs.get(id) ?? 0) + Math.max(0, deltas[i] ?? 0));
  }
  const place = new Map<string, number>();
  const fn = new Map<string, number>();
  let total = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    const name = node.callFrame.functionName || '(anonymous)';
    if (name === '(idle)') continue;
    total += us;
    const where = placeOf(node.callFrame.url, name);
    place.set(where, (place.get(where) ?? 0) + us);
    const key = `${name} ${shortUrl(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;
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
