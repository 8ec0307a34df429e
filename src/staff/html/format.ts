// Small formatting helpers shared by the staff pages.

import { deskLanguage, deskWords } from '../desk-language.ts';
import { zoneSaid } from '../zone-words.ts';
import { html } from './html.ts';
import type { SafeHtml } from './html.ts';
import { telHref } from './html.ts';
import type { PhoneFormat } from '../phone-format.ts';
import type { HotelClock } from '../hotel-clock.ts';

// A share as each desk language writes it (Intl's en-US and es-MX), made once (STYLE.md).
const PERCENT = {
  en: new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  es: new Intl.NumberFormat('es-MX', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};

export function percent(ratio: number | null): string {
  return ratio === null ? '—' : PERCENT[deskLanguage()].format(ratio);
}

export function duration(seconds: number | null): string {
  if (seconds === null || seconds < 0) return '—';
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  const w = deskWords().common;
  return m > 0 ? w.minSec(m, String(s).padStart(2, '0')) : w.seconds(s);
}

/**
 * What stands for a number that is not there: "erased" for one erased on the guest's request or by
 * retention (stored as '': privacy/forget-guest.ts), "withheld" for a caller ID never given (null).
 */
export function noNumberWords(number: string | null): string | null {
  const w = deskWords().common;
  return number === '' ? w.erased : number ? null : w.withheld;
}

const noNumber = (said: string) => html`<span class="muted no-number">${said}</span>`;

/** A caller number in full (staff need it), as a tel: link. */
export function phone(number: string | null): SafeHtml {
  const none = noNumberWords(number);
  if (none !== null || !number) return noNumber(none ?? '');
  const href = telHref(number);
  return href ? html`<a href="${href}">${number}</a>` : html`${number}`;
}

/** A guest's number as staff use it: formatted for reading, leading to the guest's calls and reservations, with a tel: link to dial. */
export interface PhoneLinks {
  link(number: string | null): SafeHtml;
  text(number: string): string;
}

export function phoneLinks(phones: PhoneFormat): PhoneLinks {
  return {
    text: (number) => noNumberWords(number) ?? phones.display(number),
    link: (number) => {
      const w = deskWords().common;
      const none = noNumberWords(number);
      if (none !== null || !number) return noNumber(none ?? '');
      const tel = telHref(number);
      if (!tel) return html`<span>${number}</span>`;
      return html`<a href="${withQuery('/staff/guest', { phone: number })}" class="phone">${phones.display(number)}</a> <a href="${tel}" class="dial small" aria-label="${w.dial(phones.display(number))}">${w.call}</a>`;
    },
  };
}

/**
 * An instant on a desk page: in words in hotel time near today ("today 13:06", "Fri, Dec 4 18:00"),
 * as the overview and reservations say it (HotelClock.nearDateTime); the sortable form on hover.
 */
export function when(clock: HotelClock, iso: string | null | undefined, today: string): SafeHtml | '' {
  if (!iso) return '';
  return html`<time datetime="${iso}" title="${clock.dateTime(iso)} (${zoneSaid(clock.timezone)})">${clock.nearDateTime(iso, today)}</time>`;
}

export function badge(word: string, label = word): SafeHtml {
  const cls = word.replace(/[^a-z-]/g, '');
  return html`<span class="badge ${cls}">${label}</span>`;
}

/** "/staff/calls?from=…&page=2": a link keeping the current filters with some changed. */
export function withQuery(path: string, params: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** Rows a page when the address does not say (Calls, Texts, the callbacks called back; the API too). */
export const DEFAULT_PER_PAGE = 25;

/** The page size as an address keeps it: left out when it is the default, so plain links stay plain. */
export const perPageKept = (perPage: number): number | null => (perPage === DEFAULT_PER_PAGE ? null : perPage);

/** A paged list's form keeps its page size: a new filter lists as many a page as before (page 1). */
export function perPageField(perPage: number): SafeHtml | '' {
  const kept = perPageKept(perPage);
  return kept === null ? '' : html`<input type="hidden" name="perPage" value="${kept}">`;
}

/**
 * The one pager under a paged list, newest first (Calls, Texts, the callbacks called back): the
 * page before (newer), "Page 2 of 5", the page after (older). Each link is `path` with every
 * filter in `filters` and the page size, so moving between pages never loses either.
 */
export function pager(path: string, filters: Record<string, string | number | null | undefined>, page: number, perPage: number, total: number): SafeHtml {
  const pages = pageCount(total, perPage);
  const link = (to: number) => withQuery(path, { ...filters, page: to, perPage: perPageKept(perPage) });
  const w = deskWords().common;
  return html`<nav class="pager" aria-label="${w.pages}">
  ${page > 1 ? html`<a href="${link(page - 1)}" rel="prev">${w.newer}</a>` : ''}
  <span>${w.pageOf(page, pages)}</span>
  ${page < pages ? html`<a href="${link(page + 1)}" rel="next">${w.older}</a>` : ''}
</nav>`;
}

/** How many pages `total` rows make, `perPage` a page (at least one, empty). */
export const pageCount = (total: number, perPage: number): number => Math.max(1, Math.ceil(total / perPage));
