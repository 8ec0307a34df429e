// The words of "Change" on a reservation (change-reservation.ts, its form and refusals), in English.
// words-es.ts's CHANGE_ES says the same for a Spanish desk; the type makes both say everything.

export const CHANGE_EN = {
  title: (c: string) => `Change reservation ${c}`,
  /** The button on a reservation's page, and its label for a screen reader. */
  change: 'Change',
  changeLabel: (c: string) => `Change reservation ${c}`,
  intro: 'As booked now: change what the guest asks for. The confirmation number stays the same.',
  notChanged: 'Not changed:',
  save: 'Save the change',
  keep: 'Leave it as it is',
  heldNote:
    'A new arrival date or payment method sets the hold again, as the phone line does. The guest gets one text with the new details (when texting is on), not a cancellation and a new confirmation.',
  nothing: (c: string) => `Nothing to change: reservation ${c} is already so.`,
  /** `status`: the reservation's status key (arrived, cancelled, released). */
  notChangeable: (c: string, status: string) => `Reservation ${c} is ${status}: only a booked reservation, not yet arrived, can be changed.`,
  onlyPersonal: (c: string) => `Reservation ${c}'s last change was to the guest's name or number only, which the log does not keep: write them again with Change.`,
  /** A guest in house (arrived): only the nights change, from its row under In house and its page. */
  oneMoreNight: 'One more night',
  oneMoreNightLabel: (c: string) => `One more night for reservation ${c}`,
  /** Leaving early: the stay ends on the first day it can (`when`: today, tomorrow). */
  leaving: (when: string) => `Leaving ${when}`,
  leavingLabel: (c: string, when: string) => `Leaving ${when}: reservation ${c}`,
  nightsOnly: (c: string) => `The guest of reservation ${c} is in house: only the nights change (one more night, or leaving early).`,
  notInHouse: (c: string) => `Reservation ${c}'s guest is not in house now: only an arrived guest's stay, not yet over, changes its nights.`,
  nightBegun: (c: string, day: string) => `Reservation ${c} cannot end before ${day}: that would give back a night already begun.`,
  /** The story: what a change made of a detail ("Nights 3 → 2"). */
  fromTo: (what: string, from: string, to: string) => `${what} ${from} → ${to}`,
  hold: 'Hold',
  total: 'Total',
};

export type ChangeWords = typeof CHANGE_EN;
