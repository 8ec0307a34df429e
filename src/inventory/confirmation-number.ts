import { randomInt } from 'node:crypto';

const MIN = 10_000_000; // 8 digits, the first never 0, so it reads and keys in the same way
const MAX = 100_000_000; // exclusive

/**
 * An 8-digit confirmation number (digits only, so a guest can key it in later).
 * `random` (a value in [0, 1), like Math.random) is for tests; the default is crypto.randomInt,
 * so numbers cannot be guessed from one another.
 */
export function newConfirmationNumber(random?: () => number): string {
  if (!random) return String(randomInt(MIN, MAX));
  const r = random();
  if (!(r >= 0 && r < 1)) throw new RangeError(`random() must return a number in [0, 1): ${r}`);
  return String(MIN + Math.floor(r * (MAX - MIN)));
}
