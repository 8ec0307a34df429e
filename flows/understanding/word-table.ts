// A table looked up with the caller's own words. A plain object literal answers "constructor" (a
// builder, in English and Spanish), "toString" or "__proto__" with Object's own members, so a
// reader found a "month" or a "weekday" in them; a table made here has no prototype, and a word
// it was not given is simply not in it (`in`, lookups and Object.hasOwn all agree).

/** The entries as a table with no prototype, frozen. */
export function wordTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
