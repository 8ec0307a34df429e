// Staff queries are built from the filters given; each distinct SQL text is prepared once and kept.

import type Database from 'better-sqlite3';
import type { Db } from '../../storage/database.ts';

export class StatementCache {
  readonly #cache = new Map<string, Database.Statement>();
  constructor(private readonly db: Db) {}

  get<R = unknown>(sql: string): Database.Statement<unknown[], R> {
    let stmt = this.#cache.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      // Filter combinations are few (a handful of optional filters), but bound the cache anyway.
      if (this.#cache.size > 500) this.#cache.clear();
      this.#cache.set(sql, stmt);
    }
    return stmt as Database.Statement<unknown[], R>;
  }
}
