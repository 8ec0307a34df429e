// The login form (its CSRF token comes from a short-lived cookie, as no session exists yet).

import { deskWords } from '../desk-language.ts';
import { html } from './html.ts';
import type { SafeHtml } from './html.ts';

export function loginPage(d: { csrf: string; next: string; username: string }): SafeHtml {
  const w = deskWords().login;
  return html`<div class="login">
<form method="post" action="/staff/login">
  <input type="hidden" name="_csrf" value="${d.csrf}">
  <input type="hidden" name="next" value="${d.next}">
  <div><label for="username">${w.username}</label><input id="username" name="username" autocomplete="username" required maxlength="40" value="${d.username}" autofocus></div>
  <div><label for="password">${w.password}</label><input id="password" name="password" type="password" autocomplete="current-password" required maxlength="1024"></div>
  <div><button type="submit">${w.logIn}</button></div>
</form>
<p class="muted small">${w.accountsBy} <code>npm run staff -- add NAME</code>.</p>
</div>`;
}
