// What a hotel file's error says beyond "wrong": the key that was probably meant, the keys that
// are allowed, a number written as text. Whoever edits the file by hand (the hotel's IT person)
// reads these once at a failed start; none of it runs when a file is valid.

/** A zod schema's definition, as far as walking it to a path needs (zod/mini keeps `_zod.def`). */
interface SchemaNode {
  _zod: { def: { type: string; shape?: Record<string, SchemaNode>; innerType?: SchemaNode; element?: SchemaNode } };
}

/** The keys an object schema allows at `path` (array indexes skipped), or none when not an object there. */
export function keysAt(schema: SchemaNode, path: readonly PropertyKey[]): string[] {
  let node: SchemaNode | undefined = unwrap(schema);
  for (const key of path) {
    if (!node) return [];
    const def: SchemaNode['_zod']['def'] = node._zod.def;
    if (def.type === 'array') node = unwrap(def.element);
    else if (def.type === 'object' && typeof key === 'string') node = unwrap(def.shape?.[key]);
    else return [];
  }
  const shape = node?._zod.def.type === 'object' ? node._zod.def.shape : undefined;
  return shape ? Object.keys(shape) : [];
}

function unwrap(node: SchemaNode | undefined): SchemaNode | undefined {
  while (node && (node._zod.def.type === 'optional' || node._zod.def.type === 'default')) node = node._zod.def.innerType;
  return node;
}

// Past this many keys a list would bury the message; the docs list them.
const LISTED_KEYS_MAX = 10;

/**
 * Why `key` is refused: the allowed key it is a misspelling of (case, a letter or two, `_`/`-`/
 * spaces), unless the object already has that one; else the keys allowed, when few enough to list.
 */
export function unknownKeyProblem(key: string, known: readonly string[], present: readonly string[]): string {
  const meant = closest(key, known);
  if (meant && present.includes(meant)) return `unknown key; a second "${meant}"? (that key is given too)`;
  if (meant) return `unknown key; did you mean "${meant}"?`;
  if (known.length === 0) return 'unknown key';
  if (known.length > LISTED_KEYS_MAX) return 'unknown key: remove it, or see the keys in docs/hotel-file.md';
  return `unknown key; expected ${known.map((k) => `"${k}"`).join(', ')}`;
}

function closest(word: string, candidates: readonly string[]): string | undefined {
  const plain = (s: string) => s.toLowerCase().replace(/[\s_-]/g, '');
  const target = plain(word);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(target, plain(candidate));
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  // A letter or two, and never most of a short word ("fr" is not "en").
  return best !== undefined && bestDistance <= Math.min(2, Math.floor(target.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}

/**
 * What was written instead of the type expected, when it is a common slip: a number or true/false
 * in quotes ("rate": "1200"), which JSON reads as text, or one word where a list is expected.
 * Undefined for anything else.
 */
export function wrongTypeHint(value: unknown, expected: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const written = value.trim();
  if (expected === 'number' && written !== '' && Number.isFinite(Number(written.replace(/,/g, '')))) {
    return `"${value}" is text: write the number without quotes or thousands separators (${Number(written.replace(/,/g, ''))})`;
  }
  if (expected === 'array' && written !== '') return `write a list, even of one: [${JSON.stringify(value)}]`;
  if (expected === 'boolean' && (written === 'true' || written === 'false')) {
    return `"${value}" is text: write ${written} without quotes`;
  }
  return undefined;
}

/** The IANA zone a bad time zone was probably meant as ("America/Mexico City", "america/cancun"). */
export function timeZoneHint(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const plain = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '_').trim();
  const target = plain(value);
  const zones = Intl.supportedValuesOf('timeZone');
  const meant =
    zones.find((zone) => plain(zone) === target) ??
    // A city alone ("Mexico City", "Cancun"): the zone whose last part it is, when only one is.
    onlyOne(zones.filter((zone) => plain(zone.slice(zone.lastIndexOf('/') + 1)) === target));
  return meant ? `did you mean "${meant}"?` : undefined;
}

function onlyOne<T>(list: readonly T[]): T | undefined {
  return list.length === 1 ? list[0] : undefined;
}

/** The E.164 form of a number written with spaces, dashes or brackets, or what it lacks. */
export function phoneHint(value: string): string | undefined {
  const digits = value.replace(/[\s().-]/g, '');
  if (/^\+[1-9]\d{7,14}$/.test(digits)) return `write it without spaces or dashes: "${digits}"`;
  if (/^(?:00)?[1-9]\d{7,14}$/.test(digits)) return 'it needs "+" and the country calling code first (no spaces)';
  return undefined;
}

/** "6pm", "6:30 PM", "9:00" as HH:mm. */
export function timeHint(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s*m?\.?\s*$/i.exec(value) ?? /^\s*(\d{1,2})[:.](\d{2})\s*$/.exec(value);
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  const half = match[3]?.toLowerCase();
  if (half && (hour < 1 || hour > 12)) return undefined;
  if (half === 'p' && hour < 12) hour += 12;
  if (half === 'a' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return undefined;
  return `did you mean "${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}"?`;
}
