// The server's bundle as pure ASCII, its source map still exact (issue 14). A start decodes the
// bundle into the string V8 compiles (scripts/code-cache.cjs): text with any character beyond ASCII
// becomes a two-byte string, decoded from UTF-8 at twice the cost, and V8 deserializes the code
// cache for it more slowly too — about 10 ms of a start on a small machine (measured, A/B of 11).
// esbuild already writes strings and plain templates in ASCII (`charset: 'ascii'`), but not regular
// expressions or tagged templates, which some sources and chrono-node's Spanish parsers have.
//
// Each remaining character becomes its \uXXXX escape, which means the same character in a regular
// expression (a pair of them for a character outside the BMP, with or without the u flag), a
// string, a template's cooked text or an identifier. Not in a template's raw text: a tag that
// reads `strings.raw` would see the escape. The only tag of the sources, the staff pages' `html`,
// reads the cooked strings. The source map's generated columns are moved along with the text.

export interface SourceMapJson {
  mappings: string;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The first Base64 VLQ of `segment`, and where the rest of the segment begins. */
function firstVlq(segment: string): { value: number; rest: number } {
  let value = 0;
  let shift = 0;
  for (let i = 0; i < segment.length; i++) {
    const digit = BASE64.indexOf(segment[i]!);
    value += (digit & 31) << shift;
    shift += 5;
    if ((digit & 32) === 0) return { value: value & 1 ? -(value >>> 1) : value >>> 1, rest: i + 1 };
  }
  throw new Error(`unreadable source map segment "${segment}"`);
}

function vlq(value: number): string {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let text = '';
  do {
    const digit = rest & 31;
    rest >>>= 5;
    text += BASE64[rest > 0 ? digit | 32 : digit];
  } while (rest > 0);
  return text;
}

/** One line in ASCII, and the columns it moved: after original column `at[i]`, by `by[i]`. */
function escapeLine(line: string): { text: string; at: number[]; by: number[] } {
  let text = '';
  const at: number[] = [];
  const by: number[] = [];
  let moved = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code < 0x80) {
      text += line[i];
      continue;
    }
    const escape = `\\u${code.toString(16).padStart(4, '0')}`;
    // `\’` is the same character as `’` wherever it is allowed: the backslash goes with the escape.
    let backslashes = 0;
    while (text.endsWith('\\'.repeat(backslashes + 1))) backslashes++;
    if (backslashes % 2 === 1) {
      text = text.slice(0, -1) + escape;
      moved += escape.length - 2;
    } else {
      text += escape;
      moved += escape.length - 1;
    }
    at.push(i);
    by.push(moved);
  }
  return { text, at, by };
}

/** How far original column `column` of a line moved. */
function movedBy(column: number, at: number[], by: number[]): number {
  let moved = 0;
  for (let i = 0; i < at.length && at[i]! < column; i++) moved = by[i]!;
  return moved;
}

/** `code` (lines ending in \n) in ASCII, with `map` moved to match. */
export function asciiBundle(code: string, map: SourceMapJson): { code: string; map: SourceMapJson } {
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(code)) return { code, map };
  const lines = code.split('\n');
  const mappingLines = map.mappings.split(';');
  for (let l = 0; l < lines.length; l++) {
    // eslint-disable-next-line no-control-regex
    if (!/[^\x00-\x7f]/.test(lines[l]!)) continue;
    const { text, at, by } = escapeLine(lines[l]!);
    lines[l] = text;
    if (!mappingLines[l]) continue;
    let column = 0;
    let previousMoved = 0;
    mappingLines[l] = mappingLines[l]!.split(',')
      .map((segment) => {
        const { value, rest } = firstVlq(segment);
        column += value;
        const moved = movedBy(column, at, by);
        const text = vlq(value + moved - previousMoved) + segment.slice(rest);
        previousMoved = moved;
        return text;
      })
      .join(',');
  }
  return { code: lines.join('\n'), map: { ...map, mappings: mappingLines.join(';') } };
}
