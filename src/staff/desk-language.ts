// The language of the console's pages: English, or Mexican Spanish for a front desk that works in
// it (a property's `staffLocale`). Chosen per browser, in a cookie, like the property switcher:
// a desk's computer serves whoever works the shift there, the login form is already in the
// desk's language before anyone logs in, and no account column (a migration) is needed. Without
// a choice: Spanish when every property the account may see says `"staffLocale": "es-MX"`,
// English otherwise.
//
// The language travels with the page request (AsyncLocalStorage, set by the staff router), so the
// words helpers read the table of the page's language without every signature carrying it. The
// JSON API, the CSV exports and the terminal never set it: they stay in English, as documented.

import { AsyncLocalStorage } from 'node:async_hooks';
import type { Request, Response } from 'express';
import type { LoadedHotel } from '../hotel/hotel-store.ts';
import { cookieHeader, parseCookies } from './auth.ts';
import { EN } from './words-en.ts';
import type { DeskWords } from './words-en.ts';
import { ES } from './words-es.ts';

export const DESK_LANGUAGES = ['en', 'es'] as const;
export type DeskLanguage = (typeof DESK_LANGUAGES)[number];

export const LANGUAGE_COOKIE = 'conserje_lang';

const TABLES: Readonly<Record<DeskLanguage, DeskWords>> = { en: EN, es: ES };

const current = new AsyncLocalStorage<DeskLanguage>();

/** Runs `fn` (and everything it awaits) with the pages in `language`. */
export function runInLanguage<T>(language: DeskLanguage, fn: () => T): T {
  return current.run(language, fn);
}

/** The language of the page being made: English outside a page request (API, CSV, terminal). */
export function deskLanguage(): DeskLanguage {
  return current.getStore() ?? 'en';
}

/** The words table of the page being made. */
export function deskWords(): DeskWords {
  return TABLES[deskLanguage()];
}

/** The table of a language (tests, and a page that names the other language). */
export function wordsOf(language: DeskLanguage): DeskWords {
  return TABLES[language];
}

export function isDeskLanguage(value: unknown): value is DeskLanguage {
  return typeof value === 'string' && (DESK_LANGUAGES as readonly string[]).includes(value);
}

/** The language a property's front desk works in, from its hotel file. */
function propertyLanguage(hotel: LoadedHotel): DeskLanguage {
  return hotel.info.staffLocale?.startsWith('es') ? 'es' : 'en';
}

/** The browser's choice (the cookie), or null. */
export function chosenLanguage(req: Request): DeskLanguage | null {
  const value = parseCookies(req.header('cookie'))[LANGUAGE_COOKIE];
  return isDeskLanguage(value) ? value : null;
}

/**
 * The pages' language for a browser: its choice, else Spanish when every property in `properties`
 * (those the account may see; before login, the deployment's) works in Spanish, else — before
 * login only — the browser's own language, else English.
 */
export function languageFor(req: Request, properties: readonly LoadedHotel[], beforeLogin = false): DeskLanguage {
  const chosen = chosenLanguage(req);
  if (chosen) return chosen;
  if (properties.length > 0 && properties.every((h) => propertyLanguage(h) === 'es')) return 'es';
  if (beforeLogin && req.header('accept-language') && req.acceptsLanguages('en', 'es') === 'es') return 'es';
  return 'en';
}

/** Remembers the language chosen in this browser (a year), for the console's pages only. */
export function rememberLanguage(res: Response, language: DeskLanguage, o: { secure: boolean; basePath: string }): void {
  res.append('Set-Cookie', cookieHeader(LANGUAGE_COOKIE, language, { maxAgeSeconds: 365 * 86_400, secure: o.secure, sameSite: 'Lax', path: `${o.basePath}/staff` }));
}
