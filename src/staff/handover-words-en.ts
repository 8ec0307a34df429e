// The shift's handover note in English (handover.ts, html/handover-panel.ts). Part of the English
// table (words-en.ts, `handover`); the Spanish twin is handover-words-es.ts, typed by this one.

export const HANDOVER_EN = {
  title: 'Handover note',
  /** Several properties in view: each one's note under its name. */
  titleAt: (name: string) => `Handover note: ${name}`,
  none: 'No note for today yet.',
  /** Who saved it and when, as the desk says a time ("today 07:12"). */
  written: (who: string, when: string) => `Written by ${who}, ${when}`,
  yesterdays: "Yesterday's note",
  write: "Write today's note",
  writeLink: "Write today's handover note",
  edit: "Edit today's note",
  label: 'Note for the next shift',
  hint: (max: number) => `Plain text, up to ${max} characters. Whoever opens the overview next reads it here; every save is kept in the audit log.`,
  save: 'Save the note',
  saved: 'Handover note saved.',
  conflictTitle: 'Someone saved the note while you were writing',
  conflict: (who: string, when: string) =>
    `${who} saved the note ${when}, after you opened it. What they wrote is below, and what you wrote is still in the box: put the two together and save again.`,
  dayTurned: "The hotel's day has turned since you opened the note: what you wrote is still in the box, to save as today's note.",
  theirs: (who: string) => `What ${who} saved`,
  fixTitle: 'The note was not saved',
};

export type HandoverWords = typeof HANDOVER_EN;
