// Reading a sampling heap profile that kept freed objects (alloc-sampler.cjs) into where a server
// allocates: bytes by component of a webhook, with the same components and the same rule as the
// CPU breakdowns (cpu-profile.ts): each sample goes to the nearest frame on its stack that belongs
// to one, so a built-in (`Set`, `Object.assign`, a string's `split`) counts with the code that
// called it. A bundle's frames are traced back to their sources through its source map.

import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { COMPONENTS, componentOfFrame, sourcePlaceOf } from './cpu-profile.ts';
import type { Component } from './cpu-profile.ts';

interface HeapProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  selfSize: number;
  children: HeapProfileNode[];
}

export interface AllocationBreakdown {
  /** Bytes sampled in all (V8 scales each sample to the bytes it stands for). */
  totalBytes: number;
  byComponent: Record<Component, number>;
  /** The functions that allocate most themselves (built-ins named as V8 names them), largest first. */
  topFunctions: { fn: string; bytes: number }[];
}

/** A frame's function and where it is in the sources (through the bundle's source map). */
function placeOf(frame: HeapProfileNode['callFrame']): { fn: string; url: string; line: number } {
  const fn = frame.functionName || '(anonymous)';
  const place = sourcePlaceOf(frame.url, frame.lineNumber, frame.columnNumber);
  return { fn, url: place?.originalSource ?? frame.url, line: (place?.originalLine ?? frame.lineNumber) + 1 };
}

export function allocationBreakdown(file: string, top = 12): AllocationBreakdown {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { head: HeapProfileNode };
  const byComponent = new Map<Component, number>();
  const byFunction = new Map<string, number>();
  let totalBytes = 0;
  // Depth-first, each node with the component of the nearest frame above it that has one.
  const stack: [HeapProfileNode, Component | null][] = [[profile.head, null]];
  while (stack.length > 0) {
    const [node, inherited] = stack.pop()!;
    const place = placeOf(node.callFrame);
    const component = componentOfFrame(place) ?? inherited;
    if (node.selfSize > 0) {
      totalBytes += node.selfSize;
      const counted = component ?? 'other';
      byComponent.set(counted, (byComponent.get(counted) ?? 0) + node.selfSize);
      const where = place.url ? `${place.fn} ${place.url.replace(/^.*?\/(src|flows|node_modules)\//, '$1/')}:${place.line}` : place.fn;
      byFunction.set(where, (byFunction.get(where) ?? 0) + node.selfSize);
    }
    for (const child of node.children) stack.push([child, component]);
  }
  return {
    totalBytes,
    byComponent: Object.fromEntries(COMPONENTS.map((c) => [c, byComponent.get(c) ?? 0])) as Record<Component, number>,
    topFunctions: [...byFunction.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([fn, bytes]) => ({ fn, bytes })),
  };
}

// --- sampling a server during one phase -------------------------------------------------------

const SAMPLER = fileURLToPath(new URL('./alloc-sampler.cjs', import.meta.url));

/** The node flags and environment that preload the sampler into a server that writes `file`. */
export function allocSampler(file: string): { nodeFlags: string[]; env: Record<string, string> } {
  return { nodeFlags: ['--require', SAMPLER], env: { ALLOC_PROFILE_FILE: file } };
}

/** Starts the sampling of server `pid` (the first time), or stops it and has it write its profile. */
export function toggleAllocSampling(pid: number): void {
  process.kill(pid, 'SIGUSR2');
}

/** Waits for the profile a server writes once told to stop sampling. */
export async function allocProfileWritten(file: string, timeoutMs = 60_000): Promise<void> {
  for (const started = Date.now(); !existsSync(file); await sleep(100)) {
    if (Date.now() - started > timeoutMs) throw new Error(`no allocation profile written to ${file}`);
  }
}
