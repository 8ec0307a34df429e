// What SQLite plans for the statements a piece of code runs: the code is given a database that
// keeps every statement it reads through, and each is explained afterwards. For tests that a
// lookup reaches its rows by an index rather than by reading a whole table (issue 14).

import type { Params, Sql } from '../../src/storage/sql.ts';

export interface Recording {
  sql: Sql;
  statements: [string, Params | undefined][];
}

/** `sql`, with every statement read through it (all, get) kept, text and parameters. */
export function recording(sql: Sql): Recording {
  const statements: [string, Params | undefined][] = [];
  const kept =
    (method: 'all' | 'get') =>
    (text: string, params?: Params) => {
      statements.push([text, params]);
      return sql[method](text, params);
    };
  return { sql: Object.assign(Object.create(sql) as Sql, { all: kept('all'), get: kept('get') }), statements };
}

/** Every step of the plans of the statements recorded ("SEARCH calls USING INDEX …", "SCAN calls"). */
export async function planSteps(db: Sql, statements: Recording['statements']): Promise<string[]> {
  const steps: string[] = [];
  for (const [text, params] of statements) {
    for (const row of await db.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${text}`, params)) steps.push(row.detail);
  }
  return steps;
}
