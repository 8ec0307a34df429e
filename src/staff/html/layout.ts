// The frame of every staff page: navigation, who is logged in, the logout button.

import type { StaffUser } from '../accounts.ts';
import { deskLanguage, deskWords } from '../desk-language.ts';
import { html } from './html.ts';
import type { SafeHtml } from './html.ts';

export type Section = 'overview' | 'calls' | 'reservations' | 'callbacks' | 'outbox' | 'availability' | 'flow' | 'admin' | null;

export interface PageFrame {
  title: string;
  section: Section;
  user: StaffUser | null;
  csrf: string | null;
  hotelName: string;
  openCallbacks?: number;
  /** Open callbacks past what the caller was promised: shown in their own colour. */
  overdueCallbacks?: number;
  /** The page updates its live figures on its own (/staff/assets/live.js). */
  live?: boolean;
  notice?: { text: string; error?: boolean } | null;
  /** A group's property switcher: the properties the account may see, the one in view (null: all), the page to come back to. */
  properties?: { allowed: { code: string; name: string }[]; chosen: string | null; here: string } | null;
  /** The page's own address, to come back to after switching the language. */
  here?: string;
}

/** "Property: [All properties ▾] [Switch]": a plain form, so it works without JavaScript too. */
function switcher(frame: PageFrame): SafeHtml | '' {
  const p = frame.properties;
  if (!p || p.allowed.length < 2) return '';
  const w = deskWords().layout;
  return html`<form class="switcher" method="post" action="/staff/property"><input type="hidden" name="_csrf" value="${frame.csrf ?? ''}"><label for="property">${w.property}</label>
<select id="property" name="code"><option value="all"${p.chosen === null ? html` selected` : ''}>${w.allProperties}</option>${p.allowed.map(
    (h) => html`<option value="${h.code}"${p.chosen === h.code ? html` selected` : ''}>${h.name}</option>`,
  )}</select><input type="hidden" name="next" value="${p.here}"><button type="submit">${w.switchProperty}</button></form>`;
}

/**
 * The switch to the other language, kept in this browser (desk-language.ts): a POST with the
 * session's CSRF token once logged in, a plain link on the login form (no session yet).
 */
function languageSwitch(frame: PageFrame): SafeHtml {
  const w = deskWords();
  const other = deskLanguage() === 'es' ? 'en' : 'es';
  const here = frame.here ?? '/staff';
  if (!frame.user) {
    const url = new URL(here, 'http://local');
    url.searchParams.set('lang', other);
    return html`<a class="language-switch small" href="${url.pathname}${url.search}" lang="${other}" hreflang="${other}" title="${w.switchToLabel}">${w.switchTo}</a>`;
  }
  return html`<form class="language-switch" method="post" action="/staff/language"><input type="hidden" name="_csrf" value="${frame.csrf ?? ''}"><input type="hidden" name="lang" value="${other}"><input type="hidden" name="next" value="${here}"><button type="submit" class="link" lang="${other}" title="${w.switchToLabel}">${w.switchTo}</button></form>`;
}

const NAV: { section: Exclude<Section, null>; href: string; admin?: boolean }[] = [
  { section: 'overview', href: '/staff' },
  { section: 'calls', href: '/staff/calls' },
  { section: 'reservations', href: '/staff/reservations' },
  { section: 'callbacks', href: '/staff/callbacks' },
  { section: 'outbox', href: '/staff/outbox' },
  { section: 'availability', href: '/staff/availability' },
  { section: 'flow', href: '/staff/flow' },
  { section: 'admin', href: '/staff/admin', admin: true },
];

/** "Callbacks 3 · 1 late": waiting requests, and in their own colour those past the promise. */
function callbackCounts(frame: PageFrame): SafeHtml | '' {
  const open = frame.openCallbacks ?? 0;
  const overdue = frame.overdueCallbacks ?? 0;
  const w = deskWords().layout;
  return html`<span data-live="nav-callbacks">${open ? html` <span class="count" title="${w.waiting}">${open}</span>` : ''}${
    overdue ? html` <span class="count overdue" title="${w.pastPromise}">${w.late(overdue)}</span>` : ''
  }</span>`;
}

export function layout(frame: PageFrame, body: SafeHtml): string {
  const w = deskWords();
  const nav = frame.user
    ? html`<nav aria-label="${w.layout.staffPages}"><ul>${NAV.filter((n) => !n.admin || frame.user?.role === 'admin').map(
        (n) =>
          html`<li><a href="${n.href}"${n.section === frame.section ? html` aria-current="page"` : ''}>${w.layout.nav[n.section]}${
            n.section === 'callbacks' ? callbackCounts(frame) : ''
          }</a></li>`,
      )}</ul></nav>
      <form method="get" action="/staff/reservations" role="search" class="find" aria-label="${w.layout.find}">
        <label class="visually-hidden" for="find-reservation">${w.layout.find}</label>
        <input id="find-reservation" name="q" type="search" minlength="2" maxlength="80" required placeholder="${w.layout.findHint}" autocomplete="off">
      </form>
      <form method="post" action="/staff/logout" class="logout">
        <span class="who"><a href="/staff/password" title="${w.layout.changePassword}">${frame.user.username}</a> (${w.layout.role[frame.user.role] ?? frame.user.role})</span>
        <input type="hidden" name="_csrf" value="${frame.csrf ?? ''}">
        <button type="submit" class="secondary">${w.layout.logOut}</button>
      </form>`
    : '';
  const notice = frame.notice
    ? html`<p class="notice${frame.notice.error ? ' error' : ''}" role="${frame.notice.error ? 'alert' : 'status'}">${frame.notice.text}</p>`
    : '';
  return html`<!doctype html>
<html lang="${w.htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<title>${frame.title} · ${frame.hotelName} · ${w.layout.consoleName}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/staff/assets/staff.css">
${frame.live ? html`<script src="/staff/assets/live.js" defer></script>` : ''}
</head>
<body>
<a class="skip" href="#main">${w.layout.skip}</a>
<header class="top"><a class="brand" href="/staff">${frame.hotelName} · Conserje</a>${switcher(frame)}${languageSwitch(frame)}${nav}</header>
<main id="main" tabindex="-1">
<h1>${frame.title}</h1>
${notice}${body}
</main>
</body>
</html>
`.value;
}
