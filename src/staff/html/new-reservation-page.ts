// The front desk's "New reservation" form: one column on a phone, each field's mistake beside it,
// what the call collected above it when opened from a call, and what is free for the dates when
// the rooms asked for are not.

import type { NewReservationErrors, NewReservationField, NewReservationInput } from '../new-reservation.ts';
import { withQuery } from './format.ts';
import { deskWords } from '../desk-language.ts';
import { paymentWords } from '../words.ts';
import { html } from './html.ts';
import type { SafeHtml } from './html.ts';
import { maskCardNumbers } from '../redact.ts';
import { SPECIAL_REQUESTS } from '../../../flows/special-requests.ts';

export interface BookableProperty {
  code: string | null;
  name: string;
  today: string;
  lastDay: string;
  maxRooms: number;
  maxNights: number;
  /** Highest rate first, as callers hear them; the rate as the property writes money. */
  types: { code: string; name: string; rate: string }[];
}

export interface NewReservationPageData {
  input: NewReservationInput;
  errors: NewReservationErrors;
  /** The properties the clerk may book at (one: no choice to make). */
  properties: BookableProperty[];
  /** The name the form was filled with, heard on the call but never confirmed by the caller. */
  nameHeard?: string | null;
  /** The call the form was opened from: who called and what they wanted. */
  from: { callSid: string; who: string; wanted: string; callbackId: string | null } | null;
  /** The rooms asked for were not free: what each type has free for the stay. */
  noRooms: { message: string; free: { name: string; free: number }[]; availability: string } | null;
  csrf: string;
  /**
   * The same form changing a booked reservation (change-reservation.ts): sent to its change action,
   * without what a change keeps as booked (the property, the call).
   */
  change?: { id: number; confirmation: string; back: string | null };
}

/** "Arrival date is in the past: …": a field's reason as the desk reads it. */
export function fieldError(field: NewReservationField | 'form', reason: string): string {
  const w = deskWords().newReservation;
  return w.fieldError((Object.hasOwn(w.fields, field) ? w.fields[field] : undefined) ?? field, reason);
}

export function newReservationPage(d: NewReservationPageData): SafeHtml {
  const w = deskWords().newReservation;
  const c = deskWords().change;
  const change = d.change;
  const label = (f: NewReservationField) => w.fields[f] ?? f;
  const one = d.properties.length === 1 ? d.properties[0]! : null;
  const chosen = one ?? d.properties.find((p) => p.code !== null && p.code === d.input.hotel?.toUpperCase()) ?? null;
  // As typed, but a field with a card number in it comes back empty: never shown again, nor sent again.
  const value = (f: NewReservationField) => {
    const typed = d.input[f] ?? '';
    return maskCardNumbers(typed) === typed ? typed : '';
  };
  const invalid = (f: NewReservationField) => (d.errors[f] ? html` aria-invalid="true" aria-describedby="${f}-error"` : '');
  // The name prefilled from what was heard on the call: said so beside it, until the clerk sends the form.
  const heard = Boolean(d.nameHeard) && !d.errors.guestName && value('guestName') === d.nameHeard;
  const error = (f: NewReservationField) => (d.errors[f] ? html`<p id="${f}-error" class="field-error">${fieldError(f, d.errors[f]!)}</p>` : '');
  const wrong = Object.keys(d.errors).length;
  // The requests as a call's are shown (the reservation page's names), ticked as sent or as the call asked.
  const names = deskWords().reservation.requestNames;
  const asked = value('requests').split(',');
  const limits = chosen ?? {
    today: d.properties.map((p) => p.today).sort()[0] ?? '',
    lastDay: d.properties.map((p) => p.lastDay).sort().at(-1) ?? '',
    maxRooms: Math.max(...d.properties.map((p) => p.maxRooms)),
    maxNights: Math.max(...d.properties.map((p) => p.maxNights)),
  };
  const typeOptions = (p: BookableProperty) =>
    p.types.map((t) => html`<option value="${t.code}"${value('roomType') === t.code ? html` selected` : ''}>${t.name} · ${w.aNight(t.rate)}</option>`);
  return html`
${d.from ? html`<p class="summary" id="from-call">${w.forThe(Boolean(d.from.callbackId))} <strong>${d.from.who}</strong>${
    d.from.wanted ? w.wanted(d.from.wanted) : ''
  }. <a href="/staff/calls/${d.from.callSid}">${w.theCall}</a>${d.from.callbackId ? html`<br><span class="small">${w.marksCalledBack}</span>` : ''}</p>` : ''}
${change ? html`<p class="summary" id="change-intro">${c.intro}</p>` : ''}
${wrong ? html`<div class="notice error" role="alert" id="form-errors"><strong>${change ? c.notChanged : w.notBooked}</strong> ${w.toFix(wrong)}${
    d.errors.form ? html`<br>${fieldError('form', d.errors.form)}` : ''
  }</div>` : ''}
${d.noRooms ? html`<div class="notice warn" role="alert" id="no-rooms"><strong>${change ? c.notChanged : w.notBooked}</strong> ${d.noRooms.message}.
  ${d.noRooms.free.some((f) => f.free > 0)
    ? html`${w.freeWholeStay} <ul>${d.noRooms.free.filter((f) => f.free > 0).map((f) => html`<li>${f.name}: ${f.free}</li>`)}</ul>`
    : html`<br>${w.nothingFree}`}
  <a href="${d.noRooms.availability}">${w.availabilityFor}</a></div>` : ''}
<form method="post" action="${change ? `/staff/reservations/${change.id}/change` : '/staff/reservations/new'}" class="booking" id="${change ? 'change-reservation' : 'new-reservation'}">
  <input type="hidden" name="_csrf" value="${d.csrf}">
  ${value('call') ? html`<input type="hidden" name="call" value="${value('call')}">` : ''}
  ${value('callback') ? html`<input type="hidden" name="callback" value="${value('callback')}">` : ''}
  ${error('call')}${error('callback')}
  ${one
    ? html`<div class="wide"><p class="muted small">${w.at} <strong>${one.name}</strong>.</p>${one.code && !change ? html`<input type="hidden" name="hotel" value="${one.code}">` : ''}${error('hotel')}</div>`
    : html`<div class="wide"><label for="hotel">${deskWords().layout.property}</label><select id="hotel" name="hotel" required${invalid('hotel')}>
      <option value="">${w.pickOne}</option>${d.properties.map((p) => html`<option value="${p.code ?? ''}"${chosen === p ? html` selected` : ''}>${p.name}</option>`)}
    </select>${error('hotel')}</div>`}
  <div><label for="arrival">${label('arrival')}</label><input id="arrival" name="arrival" type="date" required min="${limits.today}" max="${limits.lastDay}" value="${value('arrival')}"${invalid('arrival')}>${error('arrival')}</div>
  <div><label for="nights">${label('nights')}</label><input id="nights" name="nights" type="number" inputmode="numeric" required min="1" max="${limits.maxNights}" value="${value('nights')}"${invalid('nights')}>${error('nights')}</div>
  <div><label for="roomType">${label('roomType')}</label><select id="roomType" name="roomType" required${invalid('roomType')}>
    <option value="">${w.pickOne}</option>${one || chosen ? typeOptions((one ?? chosen)!) : d.properties.map((p) => html`<optgroup label="${p.name}">${typeOptions(p)}</optgroup>`)}
  </select>${error('roomType')}</div>
  <div><label for="rooms">${label('rooms')}</label><input id="rooms" name="rooms" type="number" inputmode="numeric" required min="1" max="${limits.maxRooms}" value="${value('rooms') || (d.from ? '' : '1')}"${invalid('rooms')}>${error('rooms')}</div>
  <div class="wide"><label for="guestName">${label('guestName')}</label><input id="guestName" name="guestName"${change && !value('guestName') ? '' : html` required`} maxlength="80" autocomplete="off" value="${value('guestName')}"${invalid('guestName')}${
    heard ? html` aria-describedby="guestName-heard"` : ''
  }>${error('guestName')}${heard ? html`<p id="guestName-heard" class="small muted">${w.heardOnCall}</p>` : ''}</div>
  <fieldset class="wide"${invalid('payment')}><legend>${w.paymentLegend}</legend>
    ${(['credit_card', 'cash', 'debit_card'] as const).map(
      (m) => html`<label class="choice"><input type="radio" name="payment" value="${m}" required${value('payment') === m ? html` checked` : ''}> ${paymentWords(m)}</label>`,
    )}${error('payment')}
  </fieldset>
  <div><label for="phone">${label('phone')}</label><input id="phone" name="phone" type="tel" required autocomplete="off" value="${value('phone')}"${invalid('phone')}>${error('phone')}</div>
  ${html`<div><label for="arrivalTime">${label('arrivalTime')} <span class="muted small">${w.ifSaid}</span></label><input id="arrivalTime" name="arrivalTime" type="time" value="${value('arrivalTime')}" aria-describedby="arrivalTime-hint${d.errors.arrivalTime ? ' arrivalTime-error' : ''}"${d.errors.arrivalTime ? html` aria-invalid="true"` : ''}><p id="arrivalTime-hint" class="small muted">${w.arrivalHint}</p>${error('arrivalTime')}</div>`}
  <fieldset class="wide" id="requests"${invalid('requests')}><legend>${w.requestsLegend}</legend>
    ${SPECIAL_REQUESTS.map(
      (r) => html`<label class="choice"><input type="checkbox" name="requests" value="${r}"${asked.includes(r) ? html` checked` : ''}> ${names[r]}</label>`,
    )}${error('requests')}
  </fieldset>
  ${html`<div><label for="language">${label('language')}</label><select id="language" name="language"${invalid('language')}>
    <option value="en-US"${value('language') === 'es-MX' ? '' : html` selected`}>${w.english}</option><option value="es-MX"${value('language') === 'es-MX' ? html` selected` : ''}>${w.spanish}</option>
  </select>${error('language')}</div>`}
  <p class="muted small wide">${change ? c.heldNote : w.heldNote}</p>
  <div class="actions wide">${change
    ? html`${change.back ? html`<input type="hidden" name="back" value="${change.back}">` : ''}<button type="submit">${c.save}</button> <a href="${change.back ?? `/staff/reservations/${change.id}`}">${c.keep}</a>`
    : html`<button type="submit">${w.book}</button> ${d.from ? '' : html`<button type="submit" class="secondary" id="walk-in" name="walkIn" value="yes" formnovalidate>${w.bookWalkIn}</button>`} <a href="${withQuery('/staff/reservations', {})}">${w.cancel}</a>`}</div>
</form>
`;
}
