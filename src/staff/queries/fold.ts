// Accent- and case-insensitive matching that both SQLite and PostgreSQL run as written: a guest's
// name is stored folded beside it (reservations.guest_name_folded, migration 12: the accented
// letters of Spanish and its neighbours replaced, then lower(); SQLite's lower() knows only ASCII),
// and the search text is folded the same way in JavaScript. "Sofia" finds "Sofía", "jose" finds
// "JOSÉ", "nunez" finds "Núñez".

/** The search text folded as the stored name is: accents off (any, by Unicode), lower case. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A LIKE pattern for "contains", with LIKE's wildcards in the text escaped (use ESCAPE '\\'). */
export function containsPattern(folded: string): string {
  return `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
