// A bounded memory of answers that never change for their key (a word's value as a number, a
// phrase's words, a caller ID's reading, the words for a date, a prepared statement): kept until
// `limit` are kept, then all forgotten at once, which costs less than keeping an order of use; what
// is asked for again is simply worked out and kept again.

/** `value`, kept under `key` in `cache`; the cache is emptied first when it already holds `limit`. */
export function keep<K, V>(cache: Map<K, V>, key: K, value: V, limit: number): V {
  if (cache.size >= limit) cache.clear();
  cache.set(key, value);
  return value;
}

/**
 * `read`, remembering its last answer: asked again for the same text, as a spoken answer is read by
 * its question's reader and again by the statechart's `hear` in one turn, it answers from memory.
 * Only for pure readers whose answers no caller changes.
 */
export function lastAnswerKept<R>(read: (text: string) => R): (text: string) => R {
  let last: { text: string; answer: R } | null = null;
  return (text) => {
    if (last !== null && last.text === text) return last.answer;
    const answer = read(text);
    last = { text, answer };
    return answer;
  };
}
