// How busy the whole machine was during a run, from /proc/stat: the bench's figures mean little
// if other processes were taking the CPUs (a shared CI runner, a build in another terminal).

import { readFileSync } from 'node:fs';

export interface CpuTimes {
  busyMs: number;
  totalMs: number;
}

/** All CPUs together since boot (Linux); zeros elsewhere. */
export function machineCpuTimes(): CpuTimes {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
    const [user, nice, system, idle, iowait, irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number) as number[];
    const busy = user! + nice! + system! + irq! + softirq! + (steal ?? 0);
    const total = busy + idle! + iowait!;
    // USER_HZ is 100 on Linux.
    return { busyMs: busy * 10, totalMs: total * 10 };
  } catch {
    return { busyMs: 0, totalMs: 0 };
  }
}

/** CPU used by processes other than ours during a run, in cores (e.g. 0.8 = most of one core). */
export function otherLoad(before: CpuTimes, after: CpuTimes, wallMs: number, oursMs: number): number {
  if (wallMs <= 0 || after.totalMs === 0) return 0;
  return Math.max(0, (after.busyMs - before.busyMs - oursMs) / wallMs);
}
