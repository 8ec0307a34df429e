// How long the retention's batches hold the write lock (src/privacy/retention.ts): a file SQLite
// database in WAL mode, as the server opens it, with CALLS old calls of EVENTS events each (as big as
// real ones) and TEXTS old texts, all erased batch by batch without pauses.
//   npx tsx scripts/retention-batches.ts [CALLS=20000] [EVENTS=30] [TEXTS=20000] [callsPerBatch] [textsPerBatch]
// Prints the batches, their mean and the longest (docs/operations.md, "How long data is kept").

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureHotels } from '../src/hotel/hotel-store.ts';
import { createLogger } from '../src/logger.ts';
import { CALLS_PER_BATCH, TEXTS_PER_BATCH, eraseOldData } from '../src/privacy/retention.ts';
import { openDatabase } from '../src/storage/database.ts';

async function main(): Promise<void> {
  const [calls = 20000, events = 30, texts = 20000, callsPerBatch = CALLS_PER_BATCH, textsPerBatch = TEXTS_PER_BATCH] = process.argv.slice(2).map(Number);
  const now = new Date('2026-11-28T15:00:00Z');
  const dir = mkdtempSync(join(tmpdir(), 'conserje-retention-'));
  const db = await openDatabase(join(dir, 'conserje.db'));
  try {
    await ensureHotels(db, { now });
    const hotelId = (await db.get<{ id: number }>('SELECT id FROM hotels LIMIT 1'))!.id;
    const snapshot = JSON.stringify({ status: 'done', value: 'ended', context: { guestName: 'Ana Torres', more: 'x'.repeat(1000) } });
    const input = JSON.stringify({ speech: 'I would like a room for two nights arriving friday under Ana Torres please', confidence: 0.9 });
    const said = JSON.stringify([{ prompt: 'askName', text: 'Thank you. And what name should the reservation be under? Please say your first and last name.' }]);
    await db.transaction(async (tx) => {
      for (let i = 0; i < calls; i++) {
        const sid = `CA${String(i).padStart(32, '0')}`;
        const at = new Date(now.getTime() - (200 + (i % 100)) * 86_400_000).toISOString();
        await tx.run(
          `INSERT INTO calls (call_sid, hotel_id, from_number, to_number, locale, started_at, ended_at, status, outcome, state, step, machine_version, snapshot_json, last_twiml, updated_at)
           VALUES (?, ?, ?, '+15551230000', 'en-US', ?, ?, 'completed', 'abandoned', 'ended', ?, 1, ?, '<Response><Say>Goodbye</Say></Response>', ?)`,
          [sid, hotelId, `+1212555${String(i % 10000).padStart(4, '0')}`, at, at, events, snapshot, at],
        );
        for (let k = 0; k < events; k++) {
          await tx.run(`INSERT INTO call_events (call_sid, step, at, kind, from_state, to_state, input_json, understood, said_json) VALUES (?, ?, ?, 'caller.speech', 'a', 'b', ?, 'name', ?)`, [sid, k, at, input, said]);
        }
      }
      for (let i = 0; i < texts; i++) {
        const at = new Date(now.getTime() - 200 * 86_400_000 + i).toISOString();
        await tx.run(`INSERT INTO outbox (created_at, to_number, locale, kind, body, status, updated_at) VALUES (?, '+12125550100', 'en-US', 'conversation', ?, 'sent', ?)`, [at, 'x'.repeat(300), at]);
      }
    });
    const started = performance.now();
    const run = await eraseOldData({ db, logger: createLogger('silent'), clock: () => now, days: 180, pauseMs: 0, callsPerBatch, textsPerBatch });
    const totalMs = performance.now() - started;
    console.log(
      `${run.calls} calls (${events} events each) and ${run.texts} texts erased, ${callsPerBatch} calls and ${textsPerBatch} texts a batch: ` +
        `${run.batches} batches, mean ${(totalMs / run.batches).toFixed(2)} ms, longest ${run.longestBatchMs.toFixed(1)} ms`,
    );
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
