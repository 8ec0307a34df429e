// The manager's morning (/staff/morning): since yesterday began, per property and, with several in
// view, for all of them. Each call figure links to the Calls page listing exactly those calls.

import { MORNING_FIGURES } from '../morning.ts';
import type { Morning, MorningFigure, PropertyMorning } from '../morning.ts';
import { deskWords } from '../desk-language.ts';
import { zoneSaid } from '../zone-words.ts';
import { dayDate, roomsOfType } from '../words.ts';
import { withQuery } from './format.ts';
import { html } from './html.ts';
import { switchToProperty } from './overview-page.ts';
import type { SafeHtml } from './html.ts';

export interface MorningPageData {
  morning: Morning;
  /** The session's CSRF token, for a property's switch to it alone (a POST). */
  csrf: string;
}

/** The Calls page's list behind a figure: the same dates, phone calls, that outcome. */
function callsHref(from: string, to: string, outcome: string | null): string {
  return withQuery('/staff/calls', { from, to, channel: 'voice', outcome });
}

type Row = { figures: Record<MorningFigure, number>; callbacksWaiting: number; callbacksOverdue: number; texts: { failed: number; undelivered: number } };

/** One row of figures; linked to the lists when `dates` are the Calls page's for what is in view. */
function figureCells(r: Row, dates: { from: string; to: string } | null): SafeHtml {
  const w = deskWords().pages.morning;
  const cells = MORNING_FIGURES.map(({ key, outcome }) => {
    const n = r.figures[key];
    return html`<td class="num" data-label="${w.figures[key]}" data-figure="${key}">${dates ? html`<a href="${callsHref(dates.from, dates.to, outcome)}">${n}</a>` : String(n)}</td>`;
  });
  const notSent = r.texts.failed + r.texts.undelivered;
  return html`${cells}<td class="num" data-label="${w.callbacks}" data-figure="callbacks"><a href="/staff/callbacks">${r.callbacksWaiting}</a>${
    r.callbacksOverdue ? html` <span class="badge overdue">${w.overdue(r.callbacksOverdue)}</span>` : ''
  }</td><td class="num" data-label="${w.textsFailed}" data-figure="texts">${notSent ? html`<a href="${withQuery('/staff/outbox', { status: r.texts.failed ? 'failed' : 'undelivered' })}">${notSent}</a>` : '0'}</td>`;
}

function turnawaysOf(p: PropertyMorning, several: boolean): SafeHtml {
  const w = deskWords().pages.morning;
  const count = p.figures.turnaways;
  const title = w.turnaways(several ? p.name : null);
  return html`<section class="morning-turnaways" data-property="${p.hotel}" aria-label="${title}">
<h3>${title}: ${count}${count > p.turnaways.length ? w.newestShown(p.turnaways.length) : ''}</h3>
${p.turnaways.length
    ? html`<ul>${p.turnaways.map(
        (t) => html`<li><a href="/staff/calls/${t.callSid}"><time datetime="${t.startedAt}">${t.when}</time></a> <span class="badge ${t.kind}">${w.kinds[t.kind]}</span> ${w.why[t.kind]}${t.wanted ? html`: ${t.wanted}` : ''}</li>`,
      )}</ul>`
    : html`<p class="muted small">${w.none}</p>`}
</section>`;
}

/** Yesterday's arrivals who never came: released at their hold time (or still held), to charge, call or let go. */
function noShowsOf(p: PropertyMorning, several: boolean): SafeHtml {
  const w = deskWords().pages.morning;
  const title = w.notArrived(several ? p.name : null);
  const list = withQuery('/staff/reservations', { list: 'not-arrived', date: p.from });
  return html`<section class="morning-no-shows" data-property="${p.hotel}" aria-label="${title}">
<h3>${title}: ${p.noShows.length}</h3>
${p.noShows.length
    ? html`<ul>${p.noShows.map(
        (r) => html`<li><a href="/staff/reservations/${r.id}">${r.confirmation}</a> ${r.guestName ?? w.nameNotHeard}, ${roomsOfType(r.rooms, r.roomTypeName)}: ${
          r.status === 'released' ? html`<span class="badge released">${w.released}</span>${w.releasedAt(r.heldUntil)}` : html`<span class="badge booked">${w.stillHeld}</span>${w.heldUntil(r.heldUntil)}`
        }</li>`,
      )}</ul><p class="small"><a href="${list}">${w.onTheList}</a>${w.onTheListWhy}</p>`
    : html`<p class="muted small">${w.everyoneCame(dayDate(p.from))}</p>`}
</section>`;
}

/** What callers asked that the hotel file does not answer: the answers worth adding to it. */
function notAnsweredOf(p: PropertyMorning, several: boolean): SafeHtml {
  if (p.notAnswered.length === 0) return html``;
  const w = deskWords().pages.morning;
  const title = w.asked(several ? p.name : null);
  return html`<section class="morning-not-answered" data-property="${p.hotel}" aria-label="${title}">
<h3>${title}</h3>
<p class="small muted">${w.askedHint}</p>
<ul>${p.notAnswered.map((q) => html`<li><a href="/staff/calls/${q.callSid}">${q.when}</a> “${q.words}”</li>`)}</ul>
</section>`;
}

export function morningPage({ morning, csrf }: MorningPageData): SafeHtml {
  const w = deskWords().pages.morning;
  const several = morning.all !== null;
  const first = morning.properties[0];
  if (!first) return html`<p>${w.noProperty}</p>`;
  const switchTo = (p: PropertyMorning) => switchToProperty(csrf, p.hotel, p.name, '/staff/morning');
  const since = (p: PropertyMorning) => w.since(dayDate(p.from), several ? zoneSaid(p.timezone) : null);
  const head = html`<thead><tr><th scope="col">${w.property}</th>${MORNING_FIGURES.map(({ key }) => html`<th scope="col" class="num">${w.figures[key]}</th>`)}<th scope="col" class="num">${w.callbacksWaiting}</th><th scope="col" class="num">${w.textsNotDelivered}</th></tr></thead>`;
  return html`
<p class="muted">${w.intro}</p>
<div class="scroll"><table class="stack" id="morning">
${head}
<tbody>${morning.properties.map(
    (p) => html`<tr data-property="${p.hotel}"><th scope="row" data-label="${w.property}">${several ? switchTo(p) : p.name}<br><span class="small muted">${since(p)}</span></th>${figureCells(p, several ? null : p)}</tr>`,
  )}</tbody>
${morning.all
    ? html`<tfoot><tr data-property="all"><th scope="row" data-label="${w.property}">${w.all}<br>${
        morning.all.from ? '' : html` <span class="small muted">${w.daysDiffer}</span>`
      }</th>${figureCells(morning.all, morning.all.from && morning.all.to ? { from: morning.all.from, to: morning.all.to } : null)}</tr></tfoot>`
    : ''}
</table></div>
${several ? html`<p class="small muted">${w.nameShowsAlone}</p>` : ''}
${morning.properties.map((p) => noShowsOf(p, several))}
${morning.properties.map((p) => turnawaysOf(p, several))}
${morning.properties.map((p) => notAnsweredOf(p, several))}
`;
}
