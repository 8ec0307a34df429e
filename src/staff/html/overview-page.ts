// Overview: what is happening now (updating on its own), then the period's figures (SPEC §7) —
// every outcome counted so the shares add up to 100%, text conversations in their own column.

import { TEXTING_NOW_MINUTES } from '../active-now.ts';
import { OUTCOMES, REACHED_DESK } from '../outcomes.ts';
import type { LiveNow } from '../queries/live.ts';
import type { ArrivalsToday } from '../queries/reservations.ts';
import type { PeriodStats } from '../queries/stats.ts';
import type { NeedsPersonToday, PropertyArrivals, WithDeskRow } from '../routes/today.ts';
import { dayDate, periodDate, plural, shortDate } from '../words.ts';
import { duration, percent, withQuery } from './format.ts';
import { html, telHref } from './html.ts';
import type { SafeHtml } from './html.ts';
import { presetLinks } from './presets.ts';
import { deskWords } from '../desk-language.ts';
import { clocksDiffer, zoneSaid } from '../zone-words.ts';
import type { PresetKey } from '../presets.ts';
import { barChart } from './svg.ts';
import { handoverPanel, hasNote } from './handover-panel.ts';
import type { HandoverShown } from './handover-panel.ts';

export function periodForm(action: string, from: string, to: string, extra: SafeHtml | '' = '', error: { field: string; message: string } | null = null): SafeHtml {
  const invalid = (field: string) => (error?.field === field ? html` aria-invalid="true" aria-describedby="period-error"` : '');
  const w = deskWords().common;
  return html`<form class="filters" method="get" action="${action}">
  <div><label for="from">${w.from}</label><input id="from" name="from" type="date" value="${from}" required${invalid('from')}></div>
  <div><label for="to">${w.to}</label><input id="to" name="to" type="date" value="${to}" required${invalid('to')}></div>
  ${extra}
  <div><button type="submit">${w.show}</button></div>
  ${error ? html`<p id="period-error" class="field-error" role="alert">${error.message}</p>` : ''}
</form>`;
}


/** Reservations made in a period (not cancelled), their room-nights and value written in the property's own currency. */
export interface BookedShown {
  reservations: number;
  roomNights: number;
  /** "$1,240.00", "MX$3,100.00". */
  value: string;
}

export interface OverviewData {
  stats: PeriodStats;
  /** Texting that stopped answering new texters or keywords (a limit per hour reached), or null. */
  textingPaused?: TextingPausedShown | null;
  /** A group's properties side by side (null: one property in view). */
  byProperty?: { name: string; code: string | null; stats: PeriodStats; timezone?: string; from?: string; to?: string; booked?: BookedShown | null }[] | null;
  /** One property in view: what was booked in the period, its value in the property's currency. */
  booked?: BookedShown | null;
  /** The preset asked for (by its key): with several properties in view, each took it on its own today. */
  preset?: PresetKey | null;
  /** The session's CSRF token, for the by-property table's switch to one property (a POST). */
  csrf?: string;
  live: LiveNow & { callbacksWaiting: number; callbacksOverdue: number; at: string };
  today: string;
  /** Today's arrivals, the first running hold's end in hotel time ("18:00"). */
  arrivals: ArrivalsToday;
  /** Several properties in view: each one's arrivals on its own today, shown instead of `arrivals`. */
  arrivalsByProperty?: PropertyArrivals[] | null;
  /** Today's calls that need a person (routes/today.ts). */
  needsPerson: NeedsPersonToday;
  /** The calls ringing the front desk now, with what the whisper tells the desk (routes/today.ts). */
  withDesk?: WithDeskRow[];
  /** The period was asked for (from/to in the address): its figures open. */
  periodAsked?: boolean;
  /** The booked value of these figures as CSV (/api/stats/booked.csv), per property. */
  bookedCsv?: string | null;
  /** The shift's handover note of each property in view (handover-panel.ts). */
  handover?: readonly HandoverShown[];
}

/**
 * What the desk needs first at the start of a shift: who arrives today and who has not yet, until
 * when their rooms are held, and whose hold has run out (their rooms count as free again).
 */
function arrivalsPanel(a: OverviewData['arrivals'], each: PropertyArrivals[] | null = null, today = ''): SafeHtml {
  const w = deskWords();
  if (each) {
    // A group's properties, each on its own today (its own time zone), each saying which it is; a
    // clock named by its city only when the properties in view read different ones.
    const named = clocksDiffer(each.map((p) => p.timezone));
    return html`<h2 class="visually-hidden">${w.overview.arrivalsByProperty}</h2>
${each.map(
  (p) => html`<section class="property-arrivals" data-property="${p.hotel}" aria-label="${w.overview.arrivalsAt(p.name)}">
<p class="small"><strong>${p.name}</strong> <span class="muted">${p.date === today ? w.common.today : dayDate(p.date)}${named ? `, ${zoneSaid(p.timezone)}` : ''}</span></p>
${arrivalTiles(p.arrivals, (list) => withQuery('/staff/reservations', { list, date: p.date === today ? null : p.date }), `-${p.hotel}`)}
</section>`,
)}`;
  }
  return html`<h2 class="visually-hidden">${w.overview.arrivalsToday}</h2>
${arrivalTiles(a, (list) => withQuery('/staff/reservations', { list }), '')}`;
}

/**
 * `href`: a reservations list of the day (who arrives: Arrivals; who has not yet, or whose hold ran
 * out: the night shift's Not arrived; who leaves: Departures, shown when anyone does, as the hold
 * that ran out is — a phone's overview stays short).
 */
function arrivalTiles(a: ArrivalsToday, href: (list: 'arrivals' | 'not-arrived' | 'departures') => string, idSuffix: string): SafeHtml {
  const tile = (id: string, list: 'arrivals' | 'not-arrived' | 'departures', label: string, value: number, hint: string) =>
    html`<div id="${id}${idSuffix}"><dt><a href="${href(list)}">${label}</a></dt><dd>${value}</dd>${hint ? html`<dd class="hint">${hint}</dd>` : ''}</div>`;
  const w = deskWords().overview;
  return html`<dl class="now-panel">
  ${tile('arrivals-expected', 'arrivals', w.arrivingToday, a.expected, a.arrived ? w.arrived(a.arrived) : '')}
  ${tile('arrivals-waiting', 'not-arrived', w.notArrivedYet, a.waiting, a.firstHoldEndsAt ? w.heldUntil(a.firstHoldEndsAt) : '')}
  ${a.released ? tile('arrivals-released', 'not-arrived', w.holdRanOut, a.released, w.roomsFreeAgain) : ''}
  ${a.leaving ? tile('departures-today', 'departures', w.leavingToday, a.leaving, '') : ''}
</dl>`;
}

/**
 * Today's calls that ended with nobody having helped the caller (a voicemail or callback request,
 * or a hang-up before any outcome, the desk's unanswered transfers among them), newest first, the
 * ones settled since left out: whom to call, why, and what they wanted.
 */
function needsPersonPanel(n: NeedsPersonToday, csrf: string): SafeHtml {
  const w = deskWords();
  const more = n.count > n.calls.length ? w.overview.newestShown(n.calls.length) : '';
  return html`<section id="needs-person" aria-labelledby="needs-person-title" tabindex="-1">
<h2 id="needs-person-title">${w.overview.needPerson} <span id="needs-person-count">${n.count}</span>${more}</h2>
${n.calls.length
    ? html`<ul class="needs-person">${n.calls.map((c) => {
        const tel = telHref(c.from);
        return html`<li data-call="${c.callSid}" id="needs-person-${c.callSid}" tabindex="-1"><a href="/staff/calls/${c.callSid}"><time datetime="${c.startedAt}">${c.time}</time> ${c.caller}</a>${
          tel ? html` <a href="${tel}" class="dial small" aria-label="${w.common.dial(c.caller)}">${w.common.call}</a>` : ''
        }${c.guestName ? html` <span class="guest">${c.guestName}</span>` : c.guestNameHeard ? html` <span class="guest">${c.guestNameHeard}</span> <span class="small muted">${w.overview.heardNotConfirmed}</span>` : ''}${c.hotel && n.calls.some((o) => o.hotel !== c.hotel) ? html` <span class="badge">${c.hotel}</span>` : ''}
  <span class="why">${c.why}${c.collected ? w.overview.gave(c.collected) : ''}</span>${c.callback ? callbackActions(c, c.callback, csrf) : ''}</li>`;
      })}</ul>`
    : html`<p class="muted small">${w.overview.noneToday}</p>`}
<p class="small"><a href="${withQuery('/staff/calls', n.list)}">${w.overview.todaysFollowUp}</a>${w.overview.settledIncluded}</p>
</section>`;
}

/**
 * A call's waiting callback request, acted on where the call is listed (as on the Callbacks page,
 * coming back here): Tried, no answer; Done with what was agreed; Book for this caller.
 */
function callbackActions(c: NeedsPersonToday['calls'][number], cb: { id: number; attempts: number }, csrf: string): SafeHtml {
  const who = c.guestName ?? c.guestNameHeard ?? c.caller;
  const w = deskWords();
  const o = w.overview;
  const hidden = html`<input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="back" value="/staff"><input type="hidden" name="call" value="${c.callSid}">`;
  return html`<div class="actions callback-actions">${cb.attempts ? html`<span class="small muted">${o.tried(plural(cb.attempts, w.common.time, w.common.times))}</span>` : ''}
  <form method="post" action="/staff/callbacks/${cb.id}/tried">${hidden}<button type="submit" class="secondary" aria-label="${o.triedLabel(who)}">${o.triedNoAnswer}</button></form>
  <form method="post" action="/staff/callbacks/${cb.id}/done" class="done-form">${hidden}<label class="visually-hidden" for="needs-note-${cb.id}">${o.agreedWith(who)}</label><input id="needs-note-${cb.id}" name="note" required maxlength="1000" placeholder="${o.whatWasAgreed}"><button type="submit" aria-label="${o.doneLabel(who)}">${o.done}</button></form>
  <a class="small" href="${withQuery('/staff/reservations/new', { call: c.callSid, callback: cb.id })}">${o.bookForCaller}</a>
</div>`;
}

/**
 * The calls ringing the front desk now: what the whisper says, on screen for whoever picks up —
 * who, why they were sent, what they gave, their last reservation. Empty (and refreshed in by
 * live.ts) when no call is.
 */
export function withDeskPanel(rows: readonly WithDeskRow[]): SafeHtml {
  const w = deskWords().overview;
  return html`<section id="with-desk-now" aria-label="${w.ringingNow}">${rows.length
    ? html`<h2>${w.ringing(rows.length)}</h2>
<ul class="needs-person with-desk">${rows.map(
        (c) => html`<li data-call="${c.callSid}"><a href="/staff/calls/${c.callSid}"><time datetime="${c.startedAt}">${c.time}</time> ${c.caller}</a>${c.guestName ? html` <span class="guest">${c.guestName}</span>` : ''}${
          c.hotel && rows.some((o) => o.hotel !== c.hotel) ? html` <span class="badge">${c.hotel}</span>` : ''
        }
  <span class="why">${c.why}${c.collected ? w.gave(c.collected) : ''}${
    c.lastReservation ? html`; ${w.lastReservation} <a href="/staff/reservations/${c.lastReservation.id}">${c.lastReservation.words}</a>` : ''
  }</span></li>`,
      )}</ul>`
    : ''}</section>`;
}

/** A property's name that switches the view to it alone: the header switcher's POST, as a button that reads as a link. */
export function switchToProperty(csrf: string, code: string, name: string, next: string): SafeHtml {
  return html`<form method="post" action="/staff/property" class="inline"><input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="code" value="${code}"><input type="hidden" name="next" value="${next}"><button type="submit" class="link" title="${deskWords().figures.showOnly(name)}">${name}</button></form>`;
}

/** Calls, bookings, conversion and abandonment of each property, side by side (SPEC §10). */
function propertiesTable(rows: NonNullable<OverviewData['byProperty']>, csrf: string): SafeHtml {
  const switchTo = (code: string, name: string) => switchToProperty(csrf, code, name, '/staff');
  const f = deskWords().figures;
  return html`<h2>${f.byProperty}</h2>
<div class="scroll"><table id="by-property">
  <thead><tr><th scope="col">${f.property}</th><th scope="col" class="num">${f.calls}</th><th scope="col" class="num">${f.bookings}</th><th scope="col" class="num">${f.conversion}</th><th scope="col" class="num">${f.abandoned}</th><th scope="col" class="num">${f.texts}</th><th scope="col" class="num">${f.bookedValue}</th></tr></thead>
  <tbody>${rows.map(
    (r) => html`<tr><td>${r.code ? switchTo(r.code, r.name) : r.name}</td>
      <td class="num" data-label="${f.calls}">${r.stats.calls}</td><td class="num" data-label="${f.bookings}">${r.stats.bookings}</td>
      <td class="num" data-label="${f.conversion}">${percent(r.stats.conversion)}</td><td class="num" data-label="${f.abandoned}">${percent(r.stats.abandonmentRate)}</td>
      <td class="num" data-label="${f.texts}">${r.stats.texts.conversations}</td>
      <td class="num" data-label="${f.bookedValue}">${r.booked ? html`${r.booked.value}<br><span class="small muted">${f.reservationsN(r.booked.reservations)}, ${f.roomNightsN(r.booked.roomNights)}</span>` : '—'}</td></tr>`,
  )}</tbody>
</table></div>`;
}

/** What a group's summed figures count: each property's own days, in its own zone, said plainly. */
function eachOwnDays(rows: NonNullable<OverviewData['byProperty']>): string {
  const f = deskWords().figures;
  const same = rows.every((r) => r.from === rows[0]!.from && r.to === rows[0]!.to);
  const zones = rows.map((r) => `${r.code ?? r.name}: ${same ? '' : `${f.span(periodDate(`${r.from}`), periodDate(`${r.to}`))}, `}${zoneSaid(r.timezone ?? r.stats.timezone)}`).join('; ');
  return same ? f.sameDays(periodDate(`${rows[0]!.from}`), periodDate(`${rows[0]!.to}`), zones) : f.ownDays(zones);
}

/** Texting that stopped answering, said where the desk looks first (routes/pages.ts words the times). */
export interface TextingPausedShown {
  conversations: { where: string | null; limit: number; until: string }[];
  keywords: { limit: number; until: string } | null;
}

function textingPausedPanel(p: TextingPausedShown | null): SafeHtml | '' {
  if (!p || (!p.conversations.length && !p.keywords)) return '';
  const ov = deskWords().overview;
  return html`<div class="notice warn" id="texting-paused" role="status">${p.conversations.map(
    (c) => html`<p><strong>${ov.textsPaused(c.where, c.limit, c.until)}</strong></p>`,
  )}${p.conversations.length ? html`<p class="small">${ov.textsPausedWhy}</p>` : ''}${p.keywords ? html`<p>${ov.keywordsPaused(p.keywords.limit, p.keywords.until)}</p>` : ''}</div>`;
}

export function overviewPage({ stats: s, live, today, textingPaused = null, arrivals, arrivalsByProperty = null, needsPerson, withDesk = [], periodAsked = false, byProperty = null, csrf = '', preset = null, booked = null, bookedCsv = null, handover = [] }: OverviewData): SafeHtml {
  // The calls list for these figures: by the preset's key when each property took it on its own today.
  const period = byProperty && preset ? { preset } : { from: s.from, to: s.to };
  const w = deskWords();
  const ov = w.overview;
  const f = w.figures;
  const kpi = (label: string, value: string, hint: string) => html`<div><dt>${label}</dt><dd>${value}</dd><dd class="hint">${hint}</dd></div>`;
  const now = (label: string, key: string, value: number, href: string) =>
    html`<div><dt><a href="${href}">${label}</a></dt><dd data-live="${key}">${value}</dd></div>`;
  const share = (n: number, of: number) => percent(of ? n / of : null);
  const row = (label: SafeHtml | string, calls: number, texts: number) =>
    html`<tr><td>${label}</td><td class="num" data-label="${f.calls}">${calls}</td><td class="num" data-label="${f.share}">${share(calls, s.calls)}</td>
      <td class="num" data-label="${f.texts}">${texts}</td><td class="num" data-label="${f.shareOfTexts}">${share(texts, s.texts.conversations)}</td></tr>`;
  // Outcomes no call or text had fold into one line, so a quiet period stays short on a phone.
  const idleOutcomes = OUTCOMES.filter((o) => !s.outcomes[o] && !s.texts.outcomes[o]);
  const open = periodAsked ? html` open` : '';
  // What the desk acts on first (now, arrivals, calls that need a person); the period's figures
  // after, their headline in view and the charts and tables folded, so a phone reaches them in a
  // few screens and a desk screen in one.
  return html`
<h2 class="visually-hidden">${ov.now}</h2>
<dl class="now-panel" aria-live="polite">
  ${now(ov.callsInProgress, 'calls-in-progress', live.callsInProgress, withQuery('/staff/calls', { channel: 'voice', outcome: 'in-progress' }))}
  ${now(ov.withDesk, 'with-desk', live.withDesk, withQuery('/staff/calls', { outcome: 'in-progress' }))}
  ${now(ov.callbacksWaiting, 'callbacks-waiting', live.callbacksWaiting, '/staff/callbacks')}
  ${now(ov.callbacksOverdue, 'callbacks-overdue', live.callbacksOverdue, '/staff/callbacks')}
  ${now(ov.textingNow, 'texts-open', live.textsOpen, withQuery('/staff/calls', { channel: 'sms', outcome: 'in-progress' }))}
</dl>
<p class="muted small"><span class="live-dot" aria-hidden="true"></span>${ov.updatedAt} <span data-live="live-updated">${live.at}</span> ${ov.everyFewSeconds}</p>
${textingPausedPanel(textingPaused)}
<p class="small"><a href="/staff/morning" id="morning-link">${ov.sinceYesterday}</a>${ov.sinceYesterdayHint}${
  // No note to read at any property in view: the way to write one, in this line (the figures keep their place).
  handover.some(hasNote) ? '' : html` · <a href="/staff/handover" id="handover-link">${w.handover.writeLink}</a>`
}</p>
${withDeskPanel(withDesk)}
${handover.some(hasNote) ? handoverPanel(handover, csrf) : ''}
<div class="today"><div>${arrivalsPanel(arrivals, arrivalsByProperty, today)}</div>
${needsPersonPanel(needsPerson, csrf)}</div>
${byProperty ? propertiesTable(byProperty, csrf) : ''}
<h2>${ov.periodFigures}</h2>
${byProperty ? presetLinks('/staff', today, { from: '', to: '', preset: preset ?? '' }, {}, true) : presetLinks('/staff', today, s)}
<details class="period-form"${open}><summary>${ov.otherDates} ${s.from === s.to ? periodDate(s.from) : ov.range(periodDate(s.from), periodDate(s.to))}</summary>
${periodForm('/staff', s.from, s.to)}
</details>
<p class="muted small" id="period-said">${byProperty ? eachOwnDays(byProperty) : f.oneProperty(periodDate(s.from), periodDate(s.to))}${f.textsApart}</p>
<dl class="kpis">
  ${kpi(f.calls, String(s.calls), s.inProgress ? f.inProgress(s.inProgress) : f.atOnce)}
  ${kpi(f.bookings, String(s.bookings), f.callsBooked)}
  ${kpi(f.conversion, percent(s.conversion), f.perCall)}
  ${kpi(f.reachedDesk, String(s.reachedDesk), f.reachedDeskHint(percent(s.calls ? s.reachedDesk / s.calls : null)))}
  ${kpi(f.containment, percent(s.containment), f.withoutStaff)}
  ${kpi(f.abandonment, percent(s.abandonmentRate), f.abandonmentHint)}
  ${kpi(f.averageCall, duration(s.averageCallSeconds), f.lengthOfCall)}
  ${kpi(f.textConversations, String(s.texts.conversations), f.bookedByText(s.texts.booked))}
  ${booked ? kpi(f.bookedValue, booked.value, f.bookedValueHint(f.reservationsN(booked.reservations), f.roomNightsN(booked.roomNights))) : ''}
</dl>
${bookedCsv ? html`<p class="small" id="booked-csv"><a href="${bookedCsv}" download>${f.csv}</a> <span class="muted">(${byProperty ? f.csvEach : f.csvOne})</span></p>` : ''}
<details id="outcomes-details"${open}><summary>${f.outcomesSummary(s.calls, s.bookings, s.outcomes.abandoned)}</summary>
<table class="stack" id="outcomes">
  <thead><tr><th scope="col">${f.outcome}</th><th scope="col" class="num">${f.calls}</th><th scope="col" class="num">${f.share}</th><th scope="col" class="num">${f.texts}</th><th scope="col" class="num">${f.shareOfTexts}</th></tr></thead>
  <tbody>
  ${OUTCOMES.filter((o) => s.outcomes[o] || s.texts.outcomes[o]).map((o) =>
    row(
      html`<a href="${withQuery('/staff/calls', { ...period, outcome: o })}">${w.outcomes[o]}</a> <span class="small muted">${w.outcomeHints[o]}</span>`,
      s.outcomes[o],
      s.texts.outcomes[o],
    ),
  )}
  ${row(html`<a href="${withQuery('/staff/calls', { ...period, outcome: 'in-progress' })}">${w.inProgress}</a>`, s.inProgress, s.texts.inProgress)}
  ${s.quiet || s.texts.quiet ? row(html`<a href="${withQuery('/staff/calls', { ...period, outcome: 'quiet' })}">${w.goneQuiet}</a> <span class="small muted">${f.quietHint(TEXTING_NOW_MINUTES)}</span>`, s.quiet, s.texts.quiet) : ''}
  ${s.noOutcome || s.texts.noOutcome ? row(f.endedWithout, s.noOutcome, s.texts.noOutcome) : ''}
  </tbody>
  <tfoot><tr><th scope="row">${f.all}</th><td class="num" data-label="${f.calls}">${s.calls}</td><td class="num" data-label="${f.share}">${s.calls ? percent(1) : '—'}</td>
    <td class="num" data-label="${f.texts}">${s.texts.conversations}</td><td class="num" data-label="${f.shareOfTexts}">${s.texts.conversations ? percent(1) : '—'}</td></tr></tfoot>
</table>
${idleOutcomes.length ? html`<p class="small muted" id="outcomes-none">${f.noneInPeriod(idleOutcomes.map((o) => w.outcomes[o]).join(', '))}</p>` : ''}
<p class="small"><a href="${withQuery('/staff/calls', { ...period, outcome: 'desk' })}">${f.reachedDeskLink}</a> (${REACHED_DESK.map((o) => w.outcomes[o]).join(f.either)}): ${s.reachedDesk}.</p>
</details>
<details id="charts-details"><summary>${f.charts}</summary>
<div class="charts">
  <figure>
    <figcaption>${f.perDay}</figcaption>
    ${barChart({
      id: 'chart-days',
      title: f.perDay,
      bars: s.byDay.map((d) => ({ label: shortDate(d.date), value: d.calls, second: d.bookings })),
      series: f.series,
    })}
  </figure>
  <figure>
    <figcaption>${f.byHour}</figcaption>
    ${barChart({ id: 'chart-hours', title: f.byHourTitle, bars: s.byHourOfDay.map((h) => ({ label: String(h.hour).padStart(2, '0'), value: h.calls })) })}
  </figure>
  <figure>
    <figcaption>${f.outcomesOfCalls}</figcaption>
    ${barChart({ id: 'chart-outcomes', title: f.byOutcome, bars: OUTCOMES.map((o) => ({ label: f.chartLabels[o], value: s.outcomes[o] })) })}
  </figure>
</div>
</details>
<details><summary>${f.perDayTable}</summary>
<table class="stack">
  <thead><tr><th scope="col">${f.date}</th><th scope="col" class="num">${f.calls}</th><th scope="col" class="num">${f.bookings}</th></tr></thead>
  <tbody>${s.byDay.map((d) => html`<tr><td data-label="${f.date}">${dayDate(d.date)}</td><td class="num" data-label="${f.calls}">${d.calls}</td><td class="num" data-label="${f.bookings}">${d.bookings}</td></tr>`)}</tbody>
</table>
</details>
`;
}
