// Bounds the password checks running at once. A check is scrypt (passwords.ts): ~0.1 s of CPU and
// 32 MiB on libuv's thread pool. Left to the pool, 300 guesses sent at once queue 300 checks, and
// a real login waits behind all of them (measured here: 8–100 s; bench/login-flood.ts).
//
// Here a check waits in our own queue instead, where three rules keep a flood from delaying
// anyone else for long:
// - one address has at most PER_ADDRESS checks running or waiting; more at once are refused at
//   once (the guesser's own flood does not even queue);
// - at most MAX_WAITING checks wait in all; past that a new one is refused (429, "try again in a
//   moment") rather than kept waiting for many seconds;
// - a login from an address the account has used before goes to the front of the queue, and is
//   never refused for a full queue: a guesser with many addresses cannot keep a known user out.

import { availableParallelism } from 'node:os';

/** Checks running at once: more would only share the same CPUs. */
const CONCURRENCY = Math.max(1, Math.min(2, availableParallelism()));
const PER_ADDRESS = 2;
/** At 2 checks of ~0.1 s at a time, 16 waiting is under a second of wait. */
const MAX_WAITING = 16;

export type CheckSlot = 'busy';

type Waiter = () => void;

export class PasswordChecks {
  #running = 0;
  readonly #perAddress = new Map<string, number>();
  /** Known addresses first, then everyone else, each in order of arrival. */
  readonly #priority: Waiter[] = [];
  readonly #waiting: Waiter[] = [];

  constructor(
    private readonly concurrency = CONCURRENCY,
    private readonly perAddress = PER_ADDRESS,
    private readonly maxWaiting = MAX_WAITING,
  ) {}

  /** Runs `check` when a slot is free, or answers 'busy' at once (nothing ran). */
  async run<T>(address: string, known: boolean, check: () => Promise<T>): Promise<T | CheckSlot> {
    const mine = this.#perAddress.get(address) ?? 0;
    if (mine >= this.perAddress) return 'busy';
    const mustWait = this.#running >= this.concurrency;
    if (mustWait && !known && this.#waiting.length >= this.maxWaiting) return 'busy';
    this.#perAddress.set(address, mine + 1);
    try {
      if (mustWait) await new Promise<void>((start) => (known ? this.#priority : this.#waiting).push(start));
      else this.#running++;
      try {
        return await check();
      } finally {
        this.#next();
      }
    } finally {
      const left = (this.#perAddress.get(address) ?? 1) - 1;
      if (left > 0) this.#perAddress.set(address, left);
      else this.#perAddress.delete(address);
    }
  }

  /**
   * Whether `address` could start or queue a check now: a cheap look before any other work, so a
   * flood from one address is turned away without touching the database. `run` decides for good.
   */
  hasRoomFor(address: string): boolean {
    return (this.#perAddress.get(address) ?? 0) < this.perAddress;
  }

  /** Checks running and waiting now (for tests and metrics). */
  get load(): { running: number; waiting: number } {
    return { running: this.#running, waiting: this.#priority.length + this.#waiting.length };
  }

  /** A slot is free: hand it straight to the next in line (still counted as running), or free it. */
  #next(): void {
    const next = this.#priority.shift() ?? this.#waiting.shift();
    if (next) next();
    else this.#running--;
  }
}
