// Accent- and case-insensitive matching that both SQLite and PostgreSQL run as written: the
// column is folded with replace() and lower() (SQLite's lower() knows only ASCII, so accented
// capitals are replaced first), and the search text is folded the same way in JavaScript.
// "Sofia" finds "Sofía", "jose" finds "JOSÉ", "nunez" finds "Núñez".

const FOLDS: [string, string][] = [
  ['á', 'a'], ['à', 'a'], ['ä', 'a'], ['â', 'a'], ['ã', 'a'], ['Á', 'a'], ['À', 'a'], ['Ä', 'a'], ['Â', 'a'], ['Ã', 'a'],
  ['é', 'e'], ['è', 'e'], ['ë', 'e'], ['ê', 'e'], ['É', 'e'], ['È', 'e'], ['Ë', 'e'], ['Ê', 'e'],
  ['í', 'i'], ['ì', 'i'], ['ï', 'i'], ['î', 'i'], ['Í', 'i'], ['Ì', 'i'], ['Ï', 'i'], ['Î', 'i'],
  ['ó', 'o'], ['ò', 'o'], ['ö', 'o'], ['ô', 'o'], ['õ', 'o'], ['Ó', 'o'], ['Ò', 'o'], ['Ö', 'o'], ['Ô', 'o'], ['Õ', 'o'],
  ['ú', 'u'], ['ù', 'u'], ['ü', 'u'], ['û', 'u'], ['Ú', 'u'], ['Ù', 'u'], ['Ü', 'u'], ['Û', 'u'],
  ['ñ', 'n'], ['Ñ', 'n'], ['ç', 'c'], ['Ç', 'c'],
];

/** SQL folding `expr` (a column): the same letters foldText() folds, then lower case. */
export function foldSql(expr: string): string {
  return `lower(${FOLDS.reduce((acc, [from, to]) => `replace(${acc}, '${from}', '${to}')`, expr)})`;
}

/** The search text folded as foldSql folds the column: accents off (any, by Unicode), lower case. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A LIKE pattern for "contains", with LIKE's wildcards in the text escaped (use ESCAPE '\\'). */
export function containsPattern(folded: string): string {
  return `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
