// Where a server's CPU goes, from Linux perf rather than V8's profiler (`--perf DIR` of mode
// compare). V8's profiler samples the main thread's wall time: a native call that blocks (an
// fsync inside SQLite's checkpoint) counts as if it were CPU, and the threads that garbage-collect
// or compile do not count at all. perf samples CPU time on every thread of the process, native
// code and the kernel included, which is what /proc's utime + stime (the bench's CPU figure)
// counts too. Node is run with --perf-basic-prof so that JavaScript frames have names and places;
// a bundle's places are traced back to the sources through its source map, and each sample goes
// to the same components as the V8 breakdown (cpu-profile.ts).

import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { COMPONENTS, componentOfFrame, sourcePlaceOf } from './cpu-profile.ts';
import type { Component, ComponentBreakdown } from './cpu-profile.ts';

/** Samples per second and thread: enough for a 20–40 s phase, light enough not to move the figures. */
const FREQUENCY = 999;

/** Whether `perf` can be run here (Debian's linux-perf package). */
export function perfAvailable(): boolean {
  return spawnSync('perf', ['--version'], { stdio: 'ignore' }).status === 0;
}

export interface PerfRecording {
  /** Stops recording and waits for perf to write its file. */
  stop(): Promise<void>;
}

/** Records every thread of process `pid`, with call stacks, into `file` until stopped. */
export function recordPerf(pid: number, file: string): PerfRecording {
  const child: ChildProcess = spawn('perf', ['record', '-F', String(FREQUENCY), '-g', '-p', String(pid), '-o', file, '--quiet'], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    async stop() {
      child.kill('SIGINT');
      await exited;
    },
  };
}

// A JavaScript frame as --perf-basic-prof names it: `JS:*name url:line:col` (the marker says how
// it was compiled), or without a place for code V8 made itself.
const JS_FRAME = /^JS:[*~^+-]?(.*?) ?(\S+):(\d+):(\d+)$/;
const GC = /Heap::|Scavenge|MarkCompact|ConcurrentMarking|Sweeper|MinorMS|GCTracer|Evacuat/;
// V8's optimising compilers, on their own threads.
const COMPILER = /v8::internal::(compiler::|maglev::|OptimizingCompileDispatcher)/;
// Native code of Node's HTTP and sockets that runs before any JavaScript frame: libuv reading and
// polling, the HTTP parser, the stream wrappers.
const NODE_IO = /^(uv_|uv__|llhttp|node::LibuvStreamWrap|node::StreamBase|node::\(anonymous namespace\)::Parser|node::TCPWrap|epoll_)/;

interface PerfFrame {
  sym: string;
  dso: string;
}

/** `perf script` output, one array of frames (leaf first) per sample. */
function readSamples(file: string): PerfFrame[][] {
  const out = spawnSync('perf', ['script', '-F', 'ip,sym,dso', '-i', file], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (out.status !== 0) throw new Error(`perf script failed: ${out.stderr}`);
  const samples: PerfFrame[][] = [];
  for (const block of out.stdout.split(/\n\s*\n/)) {
    const frames: PerfFrame[] = [];
    for (const line of block.split('\n')) {
      // "   7f64502cc244 JS:^stayDate /path/server.cjs:122:2334 (/tmp/perf-1.map)"
      const m = /^\s*[0-9a-f]+ (.*) \(([^)]*)\)\s*$/.exec(line);
      if (m) frames.push({ sym: m[1]!, dso: m[2]! });
    }
    if (frames.length) samples.push(frames);
  }
  return samples;
}

/** Self CPU by component, every thread of the process, from a `perf record` file. */
export function perfBreakdown(file: string): ComponentBreakdown {
  const places = new Map<string, Component | null>();
  const componentOfJs = (name: string, url: string, line: number, column: number): Component | null => {
    const key = `${url}:${line}:${column}`;
    if (!places.has(key)) {
      places.set(key, componentOfFrame({ fn: name, url: sourcePlaceOf(url, line - 1, column - 1)?.originalSource ?? url }));
    }
    return places.get(key)!;
  };
  const counts = new Map<Component, number>();
  let total = 0;
  for (const frames of readSamples(file)) {
    let component: Component | null = null;
    for (const { sym, dso } of frames) {
      if (dso.endsWith('better_sqlite3.node')) component = 'SQLite (statements, BEGIN/COMMIT)';
      else if (GC.test(sym)) component = 'garbage collection';
      else if (/^v8::internal::(JsonStringifier|JsonParser|Builtin_Json)/.test(sym)) component = 'snapshot JSON';
      else if (COMPILER.test(sym)) component = 'V8 compiling';
      else if (NODE_IO.test(sym)) component = 'Node HTTP, sockets, writev';
      else {
        const js = JS_FRAME.exec(sym);
        if (js) component = componentOfJs(js[1]!, js[2]!, Number(js[3]), Number(js[4]));
      }
      if (component) break;
    }
    total++;
    counts.set(component ?? 'other', (counts.get(component ?? 'other') ?? 0) + 1);
  }
  const shares = Object.fromEntries(COMPONENTS.map((c) => [c, total ? (counts.get(c) ?? 0) / total : 0])) as Record<Component, number>;
  return { totalMs: (total * 1000) / FREQUENCY, startupMs: 0, shares };
}
