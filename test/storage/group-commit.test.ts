// Group commit (src/storage/group-commit.ts): write transactions of one turn of the event loop
// share a COMMIT, and each keeps what a transaction of its own gives — atomic, answered only once
// durable, invisible to others until then. On real SQLite files, watched from a second connection.

import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.ts';
import type { SqliteDb } from '../../src/storage/sqlite.ts';

let dir: string;
let path: string;
let db: SqliteDb;
/** Another connection, as another process would see the file. */
let observer: Database.Database;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'conserje-group-commit-'));
  path = join(dir, 'db.sqlite');
  db = await openDatabase(path);
  await db.exec(`CREATE TABLE parents (id INTEGER PRIMARY KEY);
    CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL,
      parent INTEGER REFERENCES parents(id) DEFERRABLE INITIALLY DEFERRED);
    INSERT INTO parents (id) VALUES (1);`);
  observer = new Database(path, { readonly: true });
  // An empty WAL, so its frames count what was written since.
  db.connection.pragma('wal_checkpoint(TRUNCATE)');
});

afterEach(async () => {
  observer.close();
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

const note = (text: string, parent: number | null = 1) => (tx: { run: SqliteDb['run'] }) => tx.run('INSERT INTO notes (text, parent) VALUES (?, ?)', [text, parent]);
const notes = () => (observer.prepare('SELECT text FROM notes ORDER BY id').all() as { text: string }[]).map((r) => r.text);
const walFrames = () => (db.connection.pragma('wal_checkpoint(PASSIVE)') as { log: number }[])[0]!.log;

describe('write transactions begun together', () => {
  it('are committed once, together: the page they share is written to the WAL once, not once each', async () => {
    await Promise.all(['a', 'b', 'c', 'd'].map((text) => db.transaction(note(text))));
    expect(notes()).toEqual(['a', 'b', 'c', 'd']);
    expect(walFrames()).toBe(1);

    // One after the other (each awaited), each is its own commit, as before.
    db.connection.pragma('wal_checkpoint(TRUNCATE)');
    for (const text of ['e', 'f']) await db.transaction(note(text));
    expect(walFrames()).toBe(2);
  });

  it('each resolve only once their COMMIT is done: another connection already sees what they wrote', async () => {
    const seen = await Promise.all(['a', 'b'].map((text) => db.transaction(note(text)).then(() => notes())));
    expect(seen).toEqual([['a', 'b'], ['a', 'b']]);
  });

  it('roll back one that throws, alone: the others of the group commit', async () => {
    const results = await Promise.allSettled([
      db.transaction(note('first')),
      db.transaction(async (tx) => {
        await note('thrown away')(tx);
        throw new Error('this turn failed');
      }),
      db.transaction(note('third')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(notes()).toEqual(['first', 'third']);
  });

  it('roll back the first one that throws without losing the ones after it', async () => {
    const results = await Promise.allSettled([
      db.transaction(async (tx) => {
        await note('thrown away')(tx);
        throw new Error('this turn failed');
      }),
      db.transaction(note('second')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled']);
    expect(notes()).toEqual(['second']);
  });

  it('all fail when their COMMIT fails, and none of what they wrote stays', async () => {
    // A deferred foreign key is checked at COMMIT: the second note's parent does not exist.
    const results = await Promise.allSettled([db.transaction(note('fine')), db.transaction(note('orphan', 99))]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(String((results[0] as PromiseRejectedResult).reason)).toMatch(/FOREIGN KEY/);
    expect(notes()).toEqual([]);
    // The file takes the next transaction as usual.
    await db.transaction(note('after'));
    expect(notes()).toEqual(['after']);
  });
});

describe('around an open group', () => {
  it('a statement outside any transaction waits for the group, and is not lost with it', async () => {
    const group = db.transaction(note('orphan', 99));
    const alone = db.run("INSERT INTO notes (text) VALUES ('alone')");
    await expect(group).rejects.toThrow(/FOREIGN KEY/);
    await alone;
    expect(notes()).toEqual(['alone']);
  });

  it('a read-only transaction reads after the group has committed', async () => {
    const written = db.transaction(note('a'));
    const read = db.transaction(async (tx) => tx.all<{ text: string }>('SELECT text FROM notes'), { mode: 'read' });
    await written;
    expect((await read).map((r) => r.text)).toEqual(['a']);
  });

  it('a second connection of the same process takes its turn after the group, without waiting on the lock', async () => {
    const second = await openDatabase(path);
    // Were it to wait on the lock, it would wait synchronously — on the thread that must commit
    // the group — for this long: far past the test's timeout.
    second.connection.pragma('busy_timeout = 60000');
    try {
      await Promise.all([db.transaction(note('one')), second.transaction(note('two')), db.transaction(note('three'))]);
      expect(notes().sort()).toEqual(['one', 'three', 'two']);
    } finally {
      await second.close();
    }
  });
});
