// The console's own password page: the current password, the new one twice (the same rules as
// `npm run staff -- password`).

import { deskWords } from '../desk-language.ts';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../passwords.ts';
import { html } from './html.ts';
import type { SafeHtml } from './html.ts';

export function passwordPage(d: { csrf: string; username: string; done: boolean }): SafeHtml {
  const w = deskWords().pages.password;
  if (d.done) return html`<p><a href="/staff">${w.backToOverview}</a></p>`;
  return html`<div class="login">
<form method="post" action="/staff/password">
  <input type="hidden" name="_csrf" value="${d.csrf}">
  <input type="hidden" name="username" autocomplete="username" value="${d.username}">
  <div><label for="current">${w.current}</label><input id="current" name="current" type="password" autocomplete="current-password" required maxlength="${MAX_PASSWORD_LENGTH}" autofocus></div>
  <div><label for="password">${w.new}</label><input id="password" name="password" type="password" autocomplete="new-password" required minlength="${MIN_PASSWORD_LENGTH}" maxlength="${MAX_PASSWORD_LENGTH}" aria-describedby="password-rule"></div>
  <p id="password-rule" class="muted small">${w.atLeast(MIN_PASSWORD_LENGTH)}</p>
  <div><label for="again">${w.again}</label><input id="again" name="again" type="password" autocomplete="new-password" required maxlength="${MAX_PASSWORD_LENGTH}"></div>
  <div><button type="submit">${w.change}</button></div>
</form>
<p class="muted small">${w.othersEnded}</p>
</div>`;
}
