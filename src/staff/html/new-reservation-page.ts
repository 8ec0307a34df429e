// The front desk's "New reservation" form: one column on a phone, each field's mistake beside it,
// what the call collected above it when opened from a call, and what is free for the dates when
// the rooms asked for are not.

import type { NewReservationErrors, NewReservationField, NewReservationInput } from '../new-reservation.ts';
import { PAYMENT_LABELS, withQuery } from './format.ts';
import { html } from './html.ts';
import type { SafeHtml } from './html.ts';
import { maskCardNumbers } from '../redact.ts';
import { plural } from '../words.ts';

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
}

const FIELD_LABELS: Record<NewReservationField | 'form', string> = {
  hotel: 'Property',
  arrival: 'Arrival date',
  nights: 'Nights',
  roomType: 'Room type',
  rooms: 'Rooms',
  guestName: 'Guest name',
  payment: 'Payment',
  phone: 'Contact number',
  language: 'Language of the text',
  call: 'The call',
  callback: 'The callback request',
  arrivalTime: 'Arrival time',
  form: 'The form',
};

/** "Arrival date is in the past: …": a field's reason as the desk reads it. */
export function fieldError(field: NewReservationField | 'form', reason: string): string {
  return `${FIELD_LABELS[field]} ${reason}.`;
}

export function newReservationPage(d: NewReservationPageData): SafeHtml {
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
  const limits = chosen ?? {
    today: d.properties.map((p) => p.today).sort()[0] ?? '',
    lastDay: d.properties.map((p) => p.lastDay).sort().at(-1) ?? '',
    maxRooms: Math.max(...d.properties.map((p) => p.maxRooms)),
    maxNights: Math.max(...d.properties.map((p) => p.maxNights)),
  };
  const typeOptions = (p: BookableProperty) =>
    p.types.map((t) => html`<option value="${t.code}"${value('roomType') === t.code ? html` selected` : ''}>${t.name} · ${t.rate} a night</option>`);
  return html`
${d.from ? html`<p class="summary" id="from-call">For the ${d.from.callbackId ? 'callback request of the call' : 'call'} from <strong>${d.from.who}</strong>${
    d.from.wanted ? html`: wanted ${d.from.wanted}` : ''
  }. <a href="/staff/calls/${d.from.callSid}">The call</a>${d.from.callbackId ? html`<br><span class="small">Booking marks the request called back, with the confirmation number as its note.</span>` : ''}</p>` : ''}
${wrong ? html`<div class="notice error" role="alert" id="form-errors"><strong>Not booked:</strong> ${plural(wrong, 'thing', 'things')} to fix below.${
    d.errors.form ? html`<br>${fieldError('form', d.errors.form)}` : ''
  }</div>` : ''}
${d.noRooms ? html`<div class="notice warn" role="alert" id="no-rooms"><strong>Not booked:</strong> ${d.noRooms.message}.
  ${d.noRooms.free.some((f) => f.free > 0)
    ? html`Free for the whole stay: <ul>${d.noRooms.free.filter((f) => f.free > 0).map((f) => html`<li>${f.name}: ${f.free}</li>`)}</ul>`
    : html`<br>Nothing is free for the whole stay.`}
  <a href="${d.noRooms.availability}">Availability for those dates</a></div>` : ''}
<form method="post" action="/staff/reservations/new" class="booking" id="new-reservation">
  <input type="hidden" name="_csrf" value="${d.csrf}">
  ${value('call') ? html`<input type="hidden" name="call" value="${value('call')}">` : ''}
  ${value('callback') ? html`<input type="hidden" name="callback" value="${value('callback')}">` : ''}
  ${error('call')}${error('callback')}
  ${one
    ? html`<div class="wide"><p class="muted small">At <strong>${one.name}</strong>.</p>${one.code ? html`<input type="hidden" name="hotel" value="${one.code}">` : ''}${error('hotel')}</div>`
    : html`<div class="wide"><label for="hotel">Property</label><select id="hotel" name="hotel" required${invalid('hotel')}>
      <option value="">Pick one</option>${d.properties.map((p) => html`<option value="${p.code ?? ''}"${chosen === p ? html` selected` : ''}>${p.name}</option>`)}
    </select>${error('hotel')}</div>`}
  <div><label for="arrival">Arrival date</label><input id="arrival" name="arrival" type="date" required min="${limits.today}" max="${limits.lastDay}" value="${value('arrival')}"${invalid('arrival')}>${error('arrival')}</div>
  <div><label for="nights">Nights</label><input id="nights" name="nights" type="number" inputmode="numeric" required min="1" max="${limits.maxNights}" value="${value('nights')}"${invalid('nights')}>${error('nights')}</div>
  <div><label for="roomType">Room type</label><select id="roomType" name="roomType" required${invalid('roomType')}>
    <option value="">Pick one</option>${one || chosen ? typeOptions((one ?? chosen)!) : d.properties.map((p) => html`<optgroup label="${p.name}">${typeOptions(p)}</optgroup>`)}
  </select>${error('roomType')}</div>
  <div><label for="rooms">Rooms</label><input id="rooms" name="rooms" type="number" inputmode="numeric" required min="1" max="${limits.maxRooms}" value="${value('rooms') || (d.from ? '' : '1')}"${invalid('rooms')}>${error('rooms')}</div>
  <div class="wide"><label for="guestName">Guest name</label><input id="guestName" name="guestName" required maxlength="80" autocomplete="off" value="${value('guestName')}"${invalid('guestName')}${
    heard ? html` aria-describedby="guestName-heard"` : ''
  }>${error('guestName')}${heard ? html`<p id="guestName-heard" class="small muted">Heard on the call, not confirmed: check the spelling with the guest.</p>` : ''}</div>
  <fieldset class="wide"${invalid('payment')}><legend>Payment (the method only: never take a card number)</legend>
    ${(['credit_card', 'cash', 'debit_card'] as const).map(
      (m) => html`<label class="choice"><input type="radio" name="payment" value="${m}" required${value('payment') === m ? html` checked` : ''}> ${PAYMENT_LABELS[m]}</label>`,
    )}${error('payment')}
  </fieldset>
  <div><label for="phone">Contact number</label><input id="phone" name="phone" type="tel" required autocomplete="off" value="${value('phone')}"${invalid('phone')}>${error('phone')}</div>
  <div><label for="arrivalTime">Arrival time <span class="muted small">(if the guest said)</span></label><input id="arrivalTime" name="arrivalTime" type="time" value="${value('arrivalTime')}" aria-describedby="arrivalTime-hint${d.errors.arrivalTime ? ' arrivalTime-error' : ''}"${d.errors.arrivalTime ? html` aria-invalid="true"` : ''}><p id="arrivalTime-hint" class="small muted">Hotel time on the arrival date; after midnight is the night after. Shown to the night shift.</p>${error('arrivalTime')}</div>
  <div><label for="language">Language of the text</label><select id="language" name="language"${invalid('language')}>
    <option value="en-US"${value('language') === 'es-MX' ? '' : html` selected`}>English</option><option value="es-MX"${value('language') === 'es-MX' ? html` selected` : ''}>Spanish</option>
  </select>${error('language')}</div>
  <p class="muted small wide">Held until the property's hold time on the arrival date, as on the phone line. The guest is sent the confirmation by text when texting is on.</p>
  <div class="actions wide"><button type="submit">Book</button> <a href="${withQuery('/staff/reservations', {})}">Cancel</a></div>
</form>
`;
}
