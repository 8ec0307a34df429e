// Accent- and case-insensitive matching that both SQLite and PostgreSQL run as written: a guest's
// name is stored folded beside it (reservations.guest_name_folded), and the search text is folded
// the same way. "Sofia" finds "Sofía", "jose" finds "JOSÉ", "nunez" finds "Núñez", "sahin" finds
// "ŞAHİN", "lukasz" finds "Łukasz", and a name typed exactly as written always finds itself.
//
// Conserje folds every name it writes with foldText (migration 14), and folded every name stored
// before once (data-fixes.ts). A row written by other means (the sqlite3 shell, a script) is folded
// by the database's triggers with migration 12's SQL fold, which knows 48 accented letters.

/** Letters with no accent to take off that a guest would still type plainly. */
const PLAIN: Readonly<Record<string, string>> = { ł: 'l', đ: 'd', ø: 'o', ı: 'i', æ: 'ae', œ: 'oe', ß: 'ss' };

/** A name or a search text folded: accents off (any, by Unicode), lower case, a few letters spelt plainly. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łđøıæœß]/g, (c) => PLAIN[c]!);
}

/** A LIKE pattern for "contains", with LIKE's wildcards in the text escaped (use ESCAPE '\\'). */
export function containsPattern(folded: string): string {
  return `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
