import { html } from './html.ts';
import type { SafeHtml } from './html.ts';

export function errorBody(message: string, back: { href: string; label: string } | null = null): SafeHtml {
  return html`<p class="notice error" role="alert">${message}</p>${back ? html`<p><a href="${back.href}">${back.label}</a></p>` : ''}`;
}
