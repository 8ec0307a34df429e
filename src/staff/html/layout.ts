// The frame of every staff page: navigation, who is logged in, the logout button.

import type { StaffUser } from '../accounts.ts';
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
}

/** "Property: [All properties ▾] [Switch]": a plain form, so it works without JavaScript too. */
function switcher(frame: PageFrame): SafeHtml | '' {
  const p = frame.properties;
  if (!p || p.allowed.length < 2) return '';
  return html`<form class="switcher" method="post" action="/staff/property"><input type="hidden" name="_csrf" value="${frame.csrf ?? ''}"><label for="property">Property</label>
<select id="property" name="code"><option value="all"${p.chosen === null ? html` selected` : ''}>All properties</option>${p.allowed.map(
    (h) => html`<option value="${h.code}"${p.chosen === h.code ? html` selected` : ''}>${h.name}</option>`,
  )}</select><input type="hidden" name="next" value="${p.here}"><button type="submit">Switch</button></form>`;
}

const NAV: { section: Exclude<Section, null>; href: string; label: string; admin?: boolean }[] = [
  { section: 'overview', href: '/staff', label: 'Overview' },
  { section: 'calls', href: '/staff/calls', label: 'Calls' },
  { section: 'reservations', href: '/staff/reservations', label: 'Reservations' },
  { section: 'callbacks', href: '/staff/callbacks', label: 'Callbacks' },
  { section: 'outbox', href: '/staff/outbox', label: 'Texts' },
  { section: 'availability', href: '/staff/availability', label: 'Availability' },
  { section: 'flow', href: '/staff/flow', label: 'Flow' },
  { section: 'admin', href: '/staff/admin', label: 'Accounts', admin: true },
];

/** "Callbacks 3 · 1 late": waiting requests, and in their own colour those past the promise. */
function callbackCounts(frame: PageFrame): SafeHtml | '' {
  const open = frame.openCallbacks ?? 0;
  const overdue = frame.overdueCallbacks ?? 0;
  return html`<span data-live="nav-callbacks">${open ? html` <span class="count" title="waiting for a call back">${open}</span>` : ''}${
    overdue ? html` <span class="count overdue" title="past what the caller was promised">${overdue} late</span>` : ''
  }</span>`;
}

export function layout(frame: PageFrame, body: SafeHtml): string {
  const nav = frame.user
    ? html`<nav aria-label="Staff pages"><ul>${NAV.filter((n) => !n.admin || frame.user?.role === 'admin').map(
        (n) =>
          html`<li><a href="${n.href}"${n.section === frame.section ? html` aria-current="page"` : ''}>${n.label}${
            n.section === 'callbacks' ? callbackCounts(frame) : ''
          }</a></li>`,
      )}</ul></nav>
      <form method="post" action="/staff/logout">
        <span class="who"><a href="/staff/password" title="Change your password">${frame.user.username}</a> (${frame.user.role})</span>
        <input type="hidden" name="_csrf" value="${frame.csrf ?? ''}">
        <button type="submit" class="secondary">Log out</button>
      </form>`
    : '';
  const notice = frame.notice
    ? html`<p class="notice${frame.notice.error ? ' error' : ''}" role="${frame.notice.error ? 'alert' : 'status'}">${frame.notice.text}</p>`
    : '';
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<title>${frame.title} · ${frame.hotelName} · Conserje staff</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/staff/assets/staff.css">
${frame.live ? html`<script src="/staff/assets/live.js" defer></script>` : ''}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top"><a class="brand" href="/staff">${frame.hotelName} · Conserje</a>${switcher(frame)}${nav}</header>
<main id="main" tabindex="-1">
<h1>${frame.title}</h1>
${notice}${body}
</main>
</body>
</html>
`.value;
}
