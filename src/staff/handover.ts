// The shift's handover note: what the clerk going off tells the one coming on ("room 12's guest
// arrives late, keep it"). One per property and hotel day (the property's own clock), written on the
// overview, read there by the next shift; yesterday's is shown beside it, so the morning clerk reads
// the night's note before anyone has written today's. Each save is audited with its text (the
// note's history) in the same transaction. A save over words written since the clerk opened the
// note is refused with both texts (409 `edit_conflict`): nothing typed is silently lost.

import { addDaysIso } from '../inventory/stay.ts';
import type { Sql } from '../storage/sql.ts';
import { within } from './actions.ts';
import type { Actor } from './actions.ts';
import type { StaffContext } from './context.ts';
import { HandoverQueries } from './queries/handover.ts';
import type { HandoverNote } from './queries/handover.ts';
export { HANDOVER_MAX_CHARACTERS } from './queries/handover.ts';

/** A note as the API answers it. */
export interface HandoverNoteJson {
  day: string;
  text: string;
  version: number;
  writtenBy: string;
  writtenAt: string;
  /** The save's time in the property's clock, "2026-11-28 07:12". */
  writtenAtLocal: string;
}

/** One property's handover: today's note (in its own clock) and yesterday's. */
export interface HandoverView {
  hotelId: number;
  hotel: string | null;
  name: string;
  timezone: string;
  /** The property's today (yyyy-MM-dd): the day a save is for. */
  today: string;
  note: HandoverNoteJson | null;
  yesterday: HandoverNoteJson | null;
}

export type HandoverResult =
  | { ok: true; value: HandoverView }
  | { ok: false; status: 409; error: 'edit_conflict'; message: string; theirs: HandoverNoteJson | null; yours: string; view: HandoverView };

/** A property's handover now, read on `sql` (the database, or a save's transaction). */
export async function handoverOf(ctx: StaffContext, hotelId: number, now: Date, sql: Sql = ctx.db): Promise<HandoverView> {
  const { hotel, hotelClock } = ctx.propertyView(hotelId);
  const today = hotelClock.today(now);
  const notes = new HandoverQueries(sql);
  const [note, yesterday] = await Promise.all([notes.of(hotelId, today), notes.of(hotelId, addDaysIso(today, -1))]);
  const json = (n: HandoverNote | null): HandoverNoteJson | null =>
    n && { day: n.day, text: n.text, version: n.version, writtenBy: n.writtenBy, writtenAt: n.writtenAt, writtenAtLocal: hotelClock.dateTime(n.writtenAt) };
  return { hotelId, hotel: hotel.code, name: hotel.info.name, timezone: hotelClock.timezone, today, note: json(note), yesterday: json(yesterday) };
}

/**
 * Saves today's note at a property (in its clock) over the version the clerk read (0: none yet).
 * `text` is already checked and its card numbers hidden (params.ts, handoverBody).
 */
export function saveHandover(ctx: StaffContext, hotelId: number, text: string, version: number, actor: Actor): Promise<HandoverResult> {
  const now = ctx.clock();
  return ctx.db.transaction(async (tx): Promise<HandoverResult> => {
    const today = ctx.propertyView(hotelId).hotelClock.today(now);
    const saved = await new HandoverQueries(tx).save(hotelId, today, text, version, actor.user.username, now);
    const view = await handoverOf(ctx, hotelId, now, tx);
    if ('conflict' in saved) {
      const theirs = view.note;
      return {
        ok: false,
        status: 409,
        error: 'edit_conflict',
        message: theirs
          ? `${theirs.writtenBy} saved the note at ${theirs.writtenAtLocal} after you opened it (now version ${theirs.version}): read theirs, then save again over version ${theirs.version}`
          : `there is no note for ${today} yet: save it over version 0`,
        theirs,
        yours: text,
        view,
      };
    }
    const { saved: note } = saved;
    await within(ctx, tx).audit(actor, 'handover.write', `handover:${note.id}`, { hotel: view.hotel, day: note.day, version: note.version, text: note.text }, now);
    return { ok: true, value: view };
  });
}
