// The shift's handover note on the overview (handover.ts): today's note with who wrote it and when
// in the property's clock, yesterday's beside it (open until today's is written), and the form to
// write or edit today's; and the form again when a save was refused (too long, or someone saved
// first: their words shown, the clerk's kept in the box).

import type { HandoverNoteJson, HandoverView } from '../handover.ts';
import { HANDOVER_MAX_CHARACTERS } from '../queries/handover.ts';
import { deskWords } from '../desk-language.ts';
import type { HotelClock } from '../hotel-clock.ts';
import { html } from './html.ts';
import type { SafeHtml } from './html.ts';

/** A property's handover with the clock its times are said in. */
export interface HandoverShown {
  view: HandoverView;
  clock: HotelClock;
}

/** Who saved a note and when, as the desk says a time ("Written by alice, today 07:12"). */
function written(note: HandoverNoteJson, s: HandoverShown): string {
  return deskWords().handover.written(note.writtenBy, s.clock.nearDateTime(note.writtenAt, s.view.today));
}

function noteText(note: HandoverNoteJson, s: HandoverShown): SafeHtml {
  return html`<p class="muted small">${written(note, s)}</p><p class="handover-text">${note.text}</p>`;
}

/** The form that saves today's note over `version`, its box holding `text`. */
function noteForm(s: HandoverShown, text: string, version: number, csrf: string, error: string | null = null): SafeHtml {
  const w = deskWords().handover;
  const id = `handover-text-${s.view.hotelId}`;
  return html`<form method="post" action="/staff/handover" class="handover-form">
  <input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="hotel" value="${s.view.hotelId}"><input type="hidden" name="version" value="${version}">
  <label for="${id}">${w.label}</label>
  <textarea id="${id}" name="text" rows="5" maxlength="${HANDOVER_MAX_CHARACTERS}" aria-describedby="${id}-hint"${error ? html` aria-invalid="true"` : ''}>${text}</textarea>
  <p class="muted small" id="${id}-hint">${w.hint(HANDOVER_MAX_CHARACTERS)}</p>
  ${error ? html`<p class="field-error" role="alert">${error}</p>` : ''}
  <button type="submit">${w.save}</button>
</form>`;
}

/** Whether a property has a note to read (today's or yesterday's). */
export function hasNote(s: HandoverShown): boolean {
  return s.view.note !== null || s.view.yesterday !== null;
}

/**
 * Each property's note in view; its heading names the property when several are. On the handover
 * page (`open`) each form is open; on the overview it is a click away, and a property with nothing
 * to read is one line.
 */
export function handoverPanel(shown: readonly HandoverShown[], csrf: string, open = false): SafeHtml {
  const w = deskWords().handover;
  const several = shown.length > 1;
  return html`${shown.map((s) => {
    const { note, yesterday } = s.view;
    const title = several ? w.titleAt(s.view.name) : w.title;
    const form = html`<details class="handover-edit"${open ? ' open' : ''}><summary>${note ? w.edit : w.write}</summary>${noteForm(s, note?.text ?? '', note?.version ?? 0, csrf)}</details>`;
    return html`<section class="handover" id="handover-${s.view.hotelId}" aria-labelledby="handover-title-${s.view.hotelId}">
<h2 id="handover-title-${s.view.hotelId}">${title}</h2>
${note ? noteText(note, s) : html`<p class="muted">${w.none}</p>`}
${yesterday ? html`<details class="handover-yesterday"${note ? '' : ' open'}><summary>${w.yesterdays}</summary>${noteText(yesterday, s)}</details>` : ''}
${form}
</section>`;
  })}`;
}

/**
 * A save refused: the form again with what the clerk typed. `refused` says what to fix (a 400) and
 * the version read; a conflict (409) shows what the other clerk saved, and the form saves over their version.
 */
export function handoverAgain(s: HandoverShown, yours: string, csrf: string, refused: { error: string; version: number } | null): SafeHtml {
  const w = deskWords().handover;
  const theirs = s.view.note;
  // A text to fix keeps the version the clerk read: a save made meanwhile is still not overwritten unseen.
  if (refused) return html`<section class="handover" id="handover-${s.view.hotelId}"><h2>${w.title}</h2>${noteForm(s, yours, refused.version, csrf, refused.error)}</section>`;
  return html`<section class="handover" id="handover-${s.view.hotelId}">
<p role="alert">${theirs ? w.conflict(theirs.writtenBy, s.clock.nearDateTime(theirs.writtenAt, s.view.today)) : w.dayTurned}</p>
${theirs ? html`<h2>${w.theirs(theirs.writtenBy)}</h2><p class="handover-text" id="handover-theirs">${theirs.text}</p>` : ''}
${noteForm(s, yours, theirs?.version ?? 0, csrf)}
</section>`;
}
