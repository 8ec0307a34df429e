// A guest's name as a clerk types it: in any order, with a comma, in capitals, without its accents,
// apostrophes or hyphens, or only some of its words ("diaz ana" for "Ana Díaz", "obrien" for
// "Mary O'Brien-Smith"). Each word typed, folded (src/storage/fold.ts), somewhere in the name as
// stored folded (reservations.guest_name_folded), the name's apostrophes left out.

import { containsPattern, foldText } from '../../storage/fold.ts';
import type { SqlValue } from '../../storage/sql.ts';

/** The condition that `column` (a folded name) holds every word of `typed`, and its parameters; null when nothing in it is a word. */
export function nameWordsCondition(column: string, typed: string): { sql: string; params: SqlValue[] } | null {
  const words = [...new Set(foldText(typed).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0))];
  if (words.length === 0) return null;
  return {
    sql: `(${words.map(() => `replace(replace(${column}, '''', ''), '’', '') LIKE ? ESCAPE '\\'`).join(' AND ')})`,
    params: words.map(containsPattern),
  };
}
