// `npx tsx bench/flow.ts`: what the call flow costs per turn (issue 14), with no server, database
// or TwiML: whole calls driven through the pure flow (flows/settle.ts) with the flow tests' fake
// world answering the effects, in about the bench callers' mix (bench/lib/flow-calls.ts). Prints CPU
// µs per turn after a warm-up; then the reading of the caller's words alone (readQuestion replayed on
// the same inputs), so the difference is the statechart's own share: XState and the actions.
// (What XState does for those turns, guards and context copies counted: bench/flow-count.ts.)

import { callMachine } from '../flows/call-machine.ts';
import { readQuestion } from '../flows/read-question.ts';
import { MIX, play, round } from './lib/flow-calls.ts';
import type { Reading } from './lib/flow-calls.ts';

/** CPU time (user and system) in µs: the machine is shared, and a wall clock counts others' work. */
function cpuMicros(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const ROUNDS = Number(process.argv[2] ?? 300);
const SAMPLES = 7;

for (let i = 0; i < ROUNDS; i++) await round(callMachine);
const perTurn: number[] = [];
for (let s = 0; s < SAMPLES; s++) {
  let turns = 0;
  const start = cpuMicros();
  for (let i = 0; i < ROUNDS; i++) turns += await round(callMachine);
  perTurn.push((cpuMicros() - start) / turns);
}

const readings: Reading[] = [];
let turnsPerRound = 0;
for (const script of MIX) turnsPerRound += await play(callMachine, script, readings);
const read = () => {
  for (const r of readings) readQuestion(r.question, r.ctx, r.event);
};
for (let i = 0; i < ROUNDS; i++) read();
const readPerTurn: number[] = [];
for (let s = 0; s < SAMPLES; s++) {
  const start = cpuMicros();
  for (let i = 0; i < ROUNDS; i++) read();
  readPerTurn.push((cpuMicros() - start) / (ROUNDS * turnsPerRound));
}

const flow = median(perTurn);
const reading = median(readPerTurn);
console.log(`flow, whole turn         ${flow.toFixed(2)} µs per turn (${turnsPerRound} turns in ${MIX.length} calls a round)`);
console.log(`reading (readQuestion)   ${reading.toFixed(2)} µs per turn`);
console.log(`statechart, less reading ${(flow - reading).toFixed(2)} µs per turn`);
