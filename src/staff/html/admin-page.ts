// Accounts (admins only): who has access, new API tokens, the audit log.

import type { AccountListing, TokenListing } from '../accounts.ts';
import { detailOf, tokenIdIn } from '../audit.ts';
import type { AuditRow } from '../audit.ts';
import type { HotelClock } from '../hotel-clock.ts';
import { deskWords } from '../desk-language.ts';
import { when } from './format.ts';
import { html } from './html.ts';
import type { SafeHtml } from './html.ts';

export function adminPage(
  d: {
    accounts: AccountListing[];
    tokens: TokenListing[];
    audit: AuditRow[];
    newToken: { username: string; token: string; expiresAt: string } | null;
    notice?: string | null;
    /** A group's accounts: each one's property codes (absent: the whole group). Null for a single hotel: no column. */
    properties?: Map<number, string[]> | null;
    /** The hotel's date now: times are said near it ("today 10:05"). */
    today: string;
  },
  clock: HotelClock,
  csrf: string,
): SafeHtml {
  const w = deskWords().pages.accounts;
  const role = (r: string) => (Object.hasOwn(w.roles, r) ? w.roles[r]! : r);
  return html`
${d.newToken ? html`<div class="card" role="status"><p>${w.newToken(d.newToken.username)} ${when(clock, d.newToken.expiresAt, d.today)}. ${w.copyNow}</p>
  <p class="token" id="new-token">${d.newToken.token}</p></div>` : ''}
${d.notice === 'token-revoked' ? html`<div class="card" role="status"><p>${w.revoked}</p></div>` : ''}
<p class="muted small">${w.fromTerminal} <code>npm run staff -- add NAME</code>, <code>disable NAME</code>, <code>role NAME admin|staff</code>${d.properties ? html`, <code>hotels NAME --hotel CODE</code>` : ''}.</p>
<div class="scroll"><table>
  <thead><tr><th scope="col">${w.account}</th><th scope="col">${w.role}</th>${d.properties ? html`<th scope="col">${w.properties}</th>` : ''}<th scope="col">${w.status}</th><th scope="col">${w.lastLogin}</th><th scope="col" class="num">${w.apiTokens}</th></tr></thead>
  <tbody>${d.accounts.map(
    (a) => html`<tr><td>${a.username}</td><td>${role(a.role)}</td>${d.properties ? html`<td>${d.properties.get(a.id)?.join(', ') ?? w.allProperties}</td>` : ''}<td>${a.disabled ? w.disabled : w.active}</td>
      <td>${a.lastLoginAt ? when(clock, a.lastLoginAt, d.today) : w.never}</td><td class="num">${a.activeTokens}</td></tr>`,
  )}</tbody>
</table></div>
<h2 id="tokens">${w.tokensInUse}</h2>
${d.tokens.length === 0 ? html`<p class="muted">${w.noTokens}</p>` : html`<div class="scroll"><table>
  <thead><tr><th scope="col">${w.account}</th><th scope="col">${w.label}</th><th scope="col">${w.made}</th><th scope="col">${w.worksUntil}</th><th scope="col">${w.lastUsed}</th><th scope="col"><span class="visually-hidden">${w.revoke}</span></th></tr></thead>
  <tbody>${d.tokens.map(
    (t) => html`<tr id="token-${t.id}"><td>${t.username}</td><td>${t.label ?? ''}</td><td>${when(clock, t.createdAt, d.today)}</td><td>${when(clock, t.expiresAt, d.today)}</td>
      <td>${t.lastUsedAt ? when(clock, t.lastUsedAt, d.today) : w.never}</td>
      <td><form method="post" action="/staff/admin/tokens/${t.id}/revoke"><input type="hidden" name="_csrf" value="${csrf}"><button type="submit" class="danger">${w.revoke}</button></form></td></tr>`,
  )}</tbody>
</table></div>`}
<h2>${w.newTokenTitle}</h2>
<form class="filters" method="post" action="/staff/admin/tokens">
  <input type="hidden" name="_csrf" value="${csrf}">
  <div><label for="token-user">${w.account}</label><select id="token-user" name="username">${d.accounts
    .filter((a) => !a.disabled)
    .map((a) => html`<option value="${a.username}">${a.username}</option>`)}</select></div>
  <div><label for="token-label">${w.labelWhat}</label><input id="token-label" name="label" maxlength="80"></div>
  <div><button type="submit">${w.create}</button></div>
</form>
<h2>${w.audit}</h2>
<div class="scroll"><table id="audit">
  <thead><tr><th scope="col">${w.when}</th><th scope="col">${w.who}</th><th scope="col">${w.via}</th><th scope="col">${w.action}</th><th scope="col">${w.on}</th><th scope="col">${w.address}</th></tr></thead>
  <tbody>${d.audit.map(
    (e) => {
      const token = tokensOf(e);
      return html`<tr><td>${when(clock, e.at, d.today)}</td><td>${e.actor}</td><td>${e.via}${token.used ? `, ${w.token(token.used)}` : ''}</td><td>${e.action}</td><td>${e.target ?? ''}${token.about ? ` (${w.token(token.about)})` : ''}${handoverSaved(e)}</td><td>${e.ip ?? ''}</td></tr>`;
    },
  )}</tbody>
</table></div>
`;
}

/**
 * The API tokens an entry names: the one the action was done with (`token`, actions.ts), and the
 * one a token.create or token.revoke was about (`tokenId`). With both, an action done with a token
 * an admin made for another account is traced to that admin.
 */
function tokensOf(e: AuditRow): { used: number | null; about: number | null } {
  const detail = detailOf(e.detail_json);
  return { used: tokenIdIn(detail, 'token'), about: e.action.startsWith('token.') ? tokenIdIn(detail, 'tokenId') : null };
}

/** A handover note's save (handover.ts): its property, day and the text as saved, which keeps the note's history here. */
function handoverSaved(e: AuditRow): string {
  if (e.action !== 'handover.write') return '';
  const d = detailOf(e.detail_json);
  const text = typeof d.text === 'string' ? d.text : '';
  return ` (${[d.hotel, d.day].filter((v) => typeof v === 'string').join(' ')}): ${text.length > 200 ? `${text.slice(0, 200)}…` : text}`;
}
