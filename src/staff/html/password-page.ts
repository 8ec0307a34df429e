// The console's own password page: the current password, the new one twice (the same rules as
// `npm run staff -- password`).

import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../passwords.ts';
import { html } from './html.ts';
import type { SafeHtml } from './html.ts';

export function passwordPage(d: { csrf: string; username: string; done: boolean }): SafeHtml {
  if (d.done) return html`<p><a href="/staff">Back to the overview</a></p>`;
  return html`<div class="login">
<form method="post" action="/staff/password">
  <input type="hidden" name="_csrf" value="${d.csrf}">
  <input type="hidden" name="username" autocomplete="username" value="${d.username}">
  <div><label for="current">Current password</label><input id="current" name="current" type="password" autocomplete="current-password" required maxlength="${MAX_PASSWORD_LENGTH}" autofocus></div>
  <div><label for="password">New password</label><input id="password" name="password" type="password" autocomplete="new-password" required minlength="${MIN_PASSWORD_LENGTH}" maxlength="${MAX_PASSWORD_LENGTH}" aria-describedby="password-rule"></div>
  <p id="password-rule" class="muted small">At least ${MIN_PASSWORD_LENGTH} characters.</p>
  <div><label for="again">New password again</label><input id="again" name="again" type="password" autocomplete="new-password" required maxlength="${MAX_PASSWORD_LENGTH}"></div>
  <div><button type="submit">Change password</button></div>
</form>
<p class="muted small">Your other logins (another computer, a phone) are ended, and your API tokens stop working.</p>
</div>`;
}
