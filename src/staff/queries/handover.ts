// The shift's handover notes as stored (migration 28): one per property and hotel day. A save names
// the version it was written over, and is refused when another save came first: two clerks saving
// at once never lose one's words to the other's (the caller answers 409 with both texts).

import type { Sql } from '../../storage/sql.ts';

/** The longest note, in characters after card numbers are hidden (migration 28 checks it too): a page of the desk's notebook. */
export const HANDOVER_MAX_CHARACTERS = 2000;

export interface HandoverNote {
  id: number;
  hotelId: number;
  /** The property's own calendar day (yyyy-MM-dd) the note is for. */
  day: string;
  text: string;
  /** How many times it was saved: what the next save must name. */
  version: number;
  writtenBy: string;
  /** ISO instant (UTC) of the last save. */
  writtenAt: string;
}

interface Row {
  id: number;
  hotel_id: number;
  day: string;
  body: string;
  version: number;
  written_by: string;
  written_at: string;
}

/** A save: the note as saved, or (refused) the note as it stands now, null when there is none. */
export type HandoverSave = { saved: HandoverNote } | { conflict: HandoverNote | null };

const noteOf = (r: Row): HandoverNote => ({
  id: Number(r.id),
  hotelId: Number(r.hotel_id),
  day: r.day,
  text: r.body,
  version: Number(r.version),
  writtenBy: r.written_by,
  writtenAt: r.written_at,
});

const COLUMNS = 'id, hotel_id, day, body, version, written_by, written_at';

export class HandoverQueries {
  constructor(private readonly sql: Sql) {}

  async of(hotelId: number, day: string): Promise<HandoverNote | null> {
    const row = await this.sql.get<Row>(`SELECT ${COLUMNS} FROM handover_notes WHERE hotel_id = ? AND day = ?`, [hotelId, day]);
    return row ? noteOf(row) : null;
  }

  /**
   * Saves `text` over `version` (0: there was no note when the clerk opened it). One statement that
   * matches only the version named: of two saves at once on either engine the second matches
   * nothing (PostgreSQL re-reads the row it waited for) and is refused.
   */
  async save(hotelId: number, day: string, text: string, version: number, by: string, at: Date): Promise<HandoverSave> {
    const params = [hotelId, day, text, by, at.toISOString()];
    const row =
      version === 0
        ? await this.sql.get<Row>(
            `INSERT INTO handover_notes (hotel_id, day, body, written_by, written_at, version) VALUES (?, ?, ?, ?, ?, 1)
             ON CONFLICT (hotel_id, day) DO NOTHING RETURNING ${COLUMNS}`,
            params,
          )
        : await this.sql.get<Row>(
            `UPDATE handover_notes SET body = ?, written_by = ?, written_at = ?, version = version + 1
             WHERE hotel_id = ? AND day = ? AND version = ? RETURNING ${COLUMNS}`,
            [text, by, at.toISOString(), hotelId, day, version],
          );
    return row ? { saved: noteOf(row) } : { conflict: await this.of(hotelId, day) };
  }
}
