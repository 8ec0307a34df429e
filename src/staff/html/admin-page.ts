// Accounts (admins only): who has access, new API tokens, the audit log.

import type { AccountListing, TokenListing } from '../accounts.ts';
import { detailOf, tokenIdIn } from '../audit.ts';
import type { AuditRow } from '../audit.ts';
import type { HotelClock } from '../hotel-clock.ts';
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
  return html`
${d.newToken ? html`<div class="card" role="status"><p>New API token for <strong>${d.newToken.username}</strong>, working until ${when(clock, d.newToken.expiresAt, d.today)}. Copy it now: it is not stored and will not be shown again.</p>
  <p class="token" id="new-token">${d.newToken.token}</p></div>` : ''}
${d.notice === 'token-revoked' ? html`<div class="card" role="status"><p>The token was revoked: it no longer works.</p></div>` : ''}
<p class="muted small">Accounts are added, disabled and given roles from the terminal: <code>npm run staff -- add NAME</code>, <code>disable NAME</code>, <code>role NAME admin|staff</code>${d.properties ? html`, <code>hotels NAME --hotel CODE</code>` : ''}.</p>
<div class="scroll"><table>
  <thead><tr><th scope="col">Account</th><th scope="col">Role</th>${d.properties ? html`<th scope="col">Properties</th>` : ''}<th scope="col">Status</th><th scope="col">Last login</th><th scope="col" class="num">API tokens</th></tr></thead>
  <tbody>${d.accounts.map(
    (a) => html`<tr><td>${a.username}</td><td>${a.role}</td>${d.properties ? html`<td>${d.properties.get(a.id)?.join(', ') ?? 'all'}</td>` : ''}<td>${a.disabled ? 'disabled' : 'active'}</td>
      <td>${a.lastLoginAt ? when(clock, a.lastLoginAt, d.today) : 'never'}</td><td class="num">${a.activeTokens}</td></tr>`,
  )}</tbody>
</table></div>
<h2 id="tokens">API tokens in use</h2>
${d.tokens.length === 0 ? html`<p class="muted">No live API tokens.</p>` : html`<div class="scroll"><table>
  <thead><tr><th scope="col">Account</th><th scope="col">Label</th><th scope="col">Made</th><th scope="col">Works until</th><th scope="col">Last used</th><th scope="col"><span class="visually-hidden">Revoke</span></th></tr></thead>
  <tbody>${d.tokens.map(
    (t) => html`<tr id="token-${t.id}"><td>${t.username}</td><td>${t.label ?? ''}</td><td>${when(clock, t.createdAt, d.today)}</td><td>${when(clock, t.expiresAt, d.today)}</td>
      <td>${t.lastUsedAt ? when(clock, t.lastUsedAt, d.today) : 'never'}</td>
      <td><form method="post" action="/staff/admin/tokens/${t.id}/revoke"><input type="hidden" name="_csrf" value="${csrf}"><button type="submit" class="danger">Revoke</button></form></td></tr>`,
  )}</tbody>
</table></div>`}
<h2>New API token</h2>
<form class="filters" method="post" action="/staff/admin/tokens">
  <input type="hidden" name="_csrf" value="${csrf}">
  <div><label for="token-user">Account</label><select id="token-user" name="username">${d.accounts
    .filter((a) => !a.disabled)
    .map((a) => html`<option value="${a.username}">${a.username}</option>`)}</select></div>
  <div><label for="token-label">Label (what it is for)</label><input id="token-label" name="label" maxlength="80"></div>
  <div><button type="submit">Create token</button></div>
</form>
<h2>Audit log</h2>
<div class="scroll"><table id="audit">
  <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Via</th><th scope="col">Action</th><th scope="col">On</th><th scope="col">Address</th></tr></thead>
  <tbody>${d.audit.map(
    (e) => {
      const token = tokensOf(e);
      return html`<tr><td>${when(clock, e.at, d.today)}</td><td>${e.actor}</td><td>${e.via}${token.used ? `, token #${token.used}` : ''}</td><td>${e.action}</td><td>${e.target ?? ''}${token.about ? ` (token #${token.about})` : ''}</td><td>${e.ip ?? ''}</td></tr>`;
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
