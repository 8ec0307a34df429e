// One holder at a time, first come first served. SQLite gives a process one connection, and a
// transaction on it spans awaits: while one is open, every other statement of the process must
// wait, or it would land inside that transaction (and be committed or rolled back with it).

export class Mutex {
  #held = false;
  readonly #waiting: (() => void)[] = [];

  get held(): boolean {
    return this.#held;
  }

  async run<T>(fn: () => Promise<T> | T): Promise<T> {
    if (this.#held) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    else this.#held = true;
    try {
      return await fn();
    } finally {
      // Handed straight to the next in line (still held), so nobody can slip in between.
      const next = this.#waiting.shift();
      if (next) next();
      else this.#held = false;
    }
  }
}
