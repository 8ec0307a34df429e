// Cutting a text to a length without cutting a character in two.

/**
 * The first `max` UTF-16 units of a text, one fewer when the cut would fall inside a character
 * written as two (an emoji, a CJK extension): half of one is a lone surrogate, which UTF-8 cannot
 * carry (SQLite, PostgreSQL and every HTTP answer store or send it as U+FFFD, '�').
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = max > 0 && isHighSurrogate(text.charCodeAt(max - 1)) && isLowSurrogate(text.charCodeAt(max)) ? max - 1 : max;
  return text.slice(0, end);
}

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;
