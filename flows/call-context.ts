// The call's memory (XState context) and the events that drive it.
// Everything here is plain JSON, so a snapshot survives a restart and can be read by staff tools.

import type { SpecialRequest } from './special-requests.ts';
import type { ChangeInWriting, EffectResultEvent } from './effects.ts';
import type { SisterHotel } from './sister-hotel.ts';
import type { HotelInfo, IsoDate, Locale, PaymentMethod } from './types.ts';

/** Events are built in src/ from what Twilio posts; `at` is the server's clock (ISO instant). */
export type CallEvent =
  | { type: 'caller.digits'; digits: string; at: string }
  | { type: 'caller.speech'; text: string; confidence: number | null; at: string }
  | { type: 'caller.silence'; at: string }
  | { type: 'caller.recording'; url: string | null; at: string }
  | { type: 'desk.result'; status: DialStatus; durationSeconds: number | null; at: string }
  /** The front desk, hearing the whisper, pressed 1 to take the call (accepted) or did not. */
  | { type: 'desk.screened'; accepted: boolean; at: string }
  | { type: 'call.ended'; status: string; at: string }
  /** What an effect the flow asked for came to (flows/effects.ts). */
  | EffectResultEvent;

export type CallerEvent = Extract<CallEvent, { type: `caller.${string}` }>;

/** An event as it is built from a request, before the server stamps the time on it. */
export type Untimed<E extends CallEvent = CallEvent> = E extends CallEvent ? Omit<E, 'at'> : never;

export const DIAL_STATUSES = ['completed', 'busy', 'no-answer', 'failed', 'canceled'] as const;
export type DialStatus = (typeof DIAL_STATUSES)[number];

/**
 * How a call ended, in the words hotels report in (SPEC §7), plus the two self-service ends of an
 * existing-reservation call: the guest heard it (informed) or cancelled it.
 */
export type Outcome =
  | 'booked'
  | 'transferred'
  | 'voicemail'
  | 'denial'
  | 'regret'
  | 'abandoned'
  | 'failed'
  | 'informed'
  | 'cancelled'
  /** The guest changed the stay of their reservation themselves (flows/stay-change.ts). */
  | 'changed';

export type TransferReason =
  | 'caller_asked'
  | 'misses'
  | 'group'
  | 'existing_reservation'
  | 'no_availability'
  /** A reservation asked about from another phone, whose last name the caller did not give (flows/reservation-proof.ts). */
  | 'reservation_not_proven'
  /** Upset a second time ("this is ridiculous", "qué mal servicio"; flows/upset-caller.ts). */
  | 'upset_caller';

/** The questions the caller is asked; each question state names one in its meta. */
export type QuestionId =
  | 'greeting'
  | 'mainMenu'
  | 'arrivalDate'
  | 'roomType'
  | 'rooms'
  | 'nights'
  | 'offer'
  | 'name'
  | 'payment'
  | 'callback'
  | 'readBack'
  | 'changeDetail'
  | 'confirmHeard'
  | 'callbackOffer'
  | 'confirmationNumber'
  | 'existingReservation'
  | 'cancelConfirm'
  /** The words can mean several days (or one already past): which one? */
  | 'dateChoice'
  /** "By card": credit or debit? */
  | 'cardKind'
  /** A confirmation number given from another phone: the last name on the reservation, before anything is said of it. */
  | 'lastNameProof'
  /** Just booked, by phone: another booking, a question, the desk, or goodbye (flows/after-booking.ts). */
  | 'anythingElse'
  /** "Forget it" mid-booking: stop this booking? (flows/stop-booking.ts). */
  | 'stopConfirm'
  /** A reservation's stay changed by phone: which part, the arrival, the nights or the rooms (flows/stay-change.ts). */
  | 'stayChange'
  /** The changed stay read back: make the change, or keep it as it was (flows/stay-change.ts). */
  | 'stayChangeConfirm'
  /** Just booked, a detail said: change that booking (1), or another booking (2)? (flows/change-just-booked.ts). */
  | 'changeOrAnother';

export type Detail = 'arrivalDate' | 'roomType' | 'rooms' | 'nights' | 'name' | 'payment' | 'callback';

/** What the caller can take when the rooms they asked for are not free. */
export type OfferOption = { kind: 'roomType'; code: string; free: number } | { kind: 'fewerRooms'; rooms: number };

/** A value the caller gave, per question. */
export type Answer =
  | { q: 'arrivalDate'; date: IsoDate }
  | { q: 'roomType'; code: string }
  | { q: 'rooms'; rooms: number }
  | { q: 'nights'; nights: number }
  | { q: 'offer'; option: OfferOption }
  | { q: 'name'; name: string }
  | { q: 'payment'; method: PaymentMethod }
  | { q: 'callback'; number: string }
  | { q: 'changeDetail'; detail: Detail }
  | { q: 'lookup'; confirmation: string }
  | { q: 'lookup'; pick: number }
  /** The last name on a reservation made from the calling number (as heard). */
  | { q: 'lookup'; lastName: string }
  /** A confirmation number with the last name on it: proof from another phone (flows/reservation-proof.ts). */
  | { q: 'lookup'; confirmation: string; lastName: string }
  /** Several details at once, from one utterance ("two doubles from the 24th to the 27th"). */
  | { q: 'request'; slots: Slots };

/** The booking details one utterance can carry, whatever was asked. Plain JSON. */
export interface Slots {
  arrival?: IsoDate;
  /** A departure heard before the arrival is known (else it is `nights`). */
  departure?: IsoDate;
  nights?: number;
  rooms?: number;
  roomType?: string;
  name?: string;
  payment?: PaymentMethod;
  /** "By card": whether credit or debit is still to ask. */
  card?: true;
  /** The words can mean several arrivals, or a day already past: the caller chooses. */
  dateChoice?: DateChoice;
  /** The caller speaks the other language. */
  locale?: Locale;
}

/** Arrivals to choose from (with the departure each implies, when one was said). */
export interface DateChoice {
  reason: 'ambiguous' | 'past';
  options: { arrival: IsoDate; departure: IsoDate | null }[];
  /** The day said, which has passed (a past choice): said back as the caller said it. */
  passed?: IsoDate;
}

/** A turn where the question has its own way forward besides a plain answer. */
export type Route =
  | 'upset'
  | 'spanish'
  | 'english'
  | 'book'
  | 'existing'
  | 'group'
  | 'changeDates'
  | 'confirm'
  | 'change'
  | 'yes'
  | 'no'
  | 'leaveMessage'
  | 'callMeBack'
  /** Neither a message nor a call back ("no thanks", "no gracias, yo les llamo"). */
  | 'noCallback'
  | 'cancel'
  | 'keep'
  /** Another date than those offered to choose from. */
  | 'otherDate'
  /** The next page of a long room list (9). */
  | 'moreRooms'
  /** The last name asked as proof, said (its value: the lookup with it). */
  | 'lastName'
  /** Keys pressed where the last name was asked: the desk, who can check who is calling. */
  | 'keysOnly'
  /** "Go back", "regresa": the question before this one again (flows/go-back.ts). */
  | 'goBack'
  /** "No thanks, bye" at an offer: nothing offered taken; thanked and let go (a turnaway). */
  | 'decline'
  /** Nothing more after a booking ("no thanks", "that's all", silence): thanked and let go. */
  | 'done'
  /** "Text me the confirmation" at a reservation found: texted to its own number (flows/text-asked.ts). */
  | 'textIt'
  /** "Any room", "me da igual" at the room-type question: the cheapest free is offered (flows/any-room.ts). */
  | 'anyRoom'
  /** "Forget it", "ya no quiero" mid-booking: whether to stop this booking is asked (flows/stop-booking.ts). */
  | 'stopBooking'
  /** Just booked, words that may change it or ask another stay: which, asked (flows/change-just-booked.ts). */
  | 'changeOrAnother'
  /** "No, it's 212 555 0199" to a detail read back: its value, read back in turn (flows/corrected-at-confirm.ts). */
  | 'corrected';

/** Something to tell the caller before the next question (why we re-ask, what we understood). */
export interface Notice {
  id: NoticeId;
  params?: Record<string, string | number>;
}

export type NoticeId =
  /** "How much is it?" about a reservation already made: its total, and the nightly rate. */
  | 'reservationTotal'
  | 'noInput'
  | 'notUnderstood'
  | 'dateInPast'
  | 'dateBeyondHorizon'
  | 'arrivalHeard'
  | 'tooManyRooms'
  | 'tooManyNights'
  /**
   * Nights said that the dates said with them contradict ("the 4th to the 7th, two nights"):
   * params.arrival, params.leaving (the departure the dates said), params.said (the nights said). Neither is
   * taken; the nights question comes next, after this says why.
   */
  | 'nightsDisagree'
  | 'roomsHeld'
  | 'roomsGone'
  | 'badPhone'
  | 'callerNumberUnknown'
  /** "No, another number" with no number said yet: how to give it (the question's retry says so). */
  | 'otherNumber'
  | 'nameNotHeard'
  | 'nameRecorded'
  | 'reservationNotFound'
  /** A date that does not exist ("13 is not a month", "there is no February 29 in 2027"). */
  | 'noSuchDate'
  /** One room type per reservation (the caller asked for two). */
  | 'oneRoomType'
  /** What was taken from a whole request, said back briefly. */
  | 'heardRequest'
  /** The hotel's answer to a common question (params.topic). */
  | 'answer'
  /** The reservation's total, asked at the read-back. */
  | 'total'
  /** Thanks or a goodbye said at the greeting or the menu ("thanks, that's all", "gracias, es todo"). */
  | 'welcome'
  /** A room type's nightly rate, asked before the stay is known ("¿cuánto cuesta la doble?"; params.type). */
  | 'rate'
  /**
   * A question about the room types ("which one has an ocean view?", "¿la suite tiene jacuzzi?"):
   * params.types, the codes asked about (comma-separated, maybe none); params.unknown 1 when the
   * hotel file does not say what was asked; params.notFree, those of them not free (at an offer).
   */
  | 'typeAsked'
  | 'reservationNameNotFound'
  /** A confirmation number and a last name that do not go together (or a number that does not exist: the same words). */
  | 'reservationNotMatched'
  | 'cardNumberHeard'
  /** "What else do you have?" at an offer: its choices said again, without the apology. */
  | 'offerChoices'
  /** A question the hotel file does not answer ("is there a shuttle?", "¿tienen alberca?"): said so, the desk offered. */
  | 'notAnswered'
  /** "Can someone call me back?": said before the callback number is asked (flows/callback-asked.ts). */
  | 'callbackAsked'
  /** "Let me check with my wife first": "take your time", then the same question (flows/pause-asked.ts). */
  | 'takeYourTime'
  /** "Um…", "este…" alone: the caller is thinking; "take your time", the same question, no miss (flows/thinking-aloud.ts). */
  | 'thinking'
  /** "No wait, don't cancel" at a lookup: said before the goodbye (flows/cancel-withdrawn.ts). */
  | 'nothingChanged'
  /** A question of the call itself (params.asked: hearing, whoIsThis, machine): answered as a person on the phone would. */
  | 'callQuestion'
  | 'sisterHotel'
  | 'upsetSorry'
  /** The time the guest said they arrive, noted (params.time "HH:mm"); said alone, it is acknowledged. */
  | 'arrivalTime'
  /** Special requests said (params.requests: their codes, comma-separated): noted for the front desk, which confirms them. */
  | 'requestNoted'
  /** The reservation found was texted to its own number (params.last4: that number's last four digits). */
  | 'texted'
  /** A text asked for and not sent (params.why: 'off', texting is off; 'optedOut', the number sent STOP; 'refused', too many texts to it). */
  | 'cannotText'
  /** The cheapest type free, offered to a caller who left the choice to us (params.type; flows/any-room.ts). */
  | 'cheapestOffer'
  /** "How many rooms do we need?": the front desk can say how many guests a room sleeps (flows/rooms-for-party.ts). */
  | 'roomsForParty'
  /** A price asked in another currency than the hotel's: its rates are in its own (params.currency; flows/currency-asked.ts). */
  | 'currencyNote'
  /** The booking under way stopped at the caller's word: nothing booked, the hold let go. */
  | 'bookingStopped'
  /** A reservation's new stay not free (params.rooms, params.type; params.free: the types free then, comma-separated): nothing changed (flows/stay-change.ts). */
  | 'stayChangeFull'
  /** The new stay said is the reservation as it is: nothing to change. */
  | 'stayChangeSame';

/** How the flow read the last input: set by `hear`, consumed (and cleared) by the next transition. */
export type Heard =
  /** `locale`: a person asked for in the other language ("quiero hablar con el gerente"): told, and whispered about, in it. */
  /** `value`: what the call is about, said with the request ("about a group booking for 12 rooms"): kept, so the desk's whisper says it. */
  /** askedFor: whom by name, title or department ("maria in sales"), for the desk's whisper (flows/someone-asked.ts). */
  | { kind: 'agent'; locale?: Locale; value?: Answer; askedFor?: string }
  | { kind: 'repeat' }
  /** `locale`: the words were in the other language (an impossible date said in Spanish): the call goes on in it. */
  | { kind: 'miss'; notice: Notice; also?: Notice[]; locale?: Locale }
  | { kind: 'unsure'; value: Answer; said: string }
  /** `notices`: said before the next question (answers to questions asked along the way, …). */
  /** `locale`: said in the other language (flows/language-switch.ts): the call goes on in it. */
  | { kind: 'answer'; value: Answer; notices?: Notice[]; locale?: Locale }
  /** `value`: what else the words carried, kept on the way (a group's request, for the desk). */
  /** `locale`: said in the other language (a confirmation number said in Spanish at the English greeting): the call goes on in it. */
  /** `anotherGuest`: another booking after one, for someone else ("para mi hermana"): the name is asked again. */
  | { kind: 'route'; route: Route; value?: Answer; locale?: Locale; anotherGuest?: boolean }
  /** Only a common question: answered, then the same question again (not a miss). */
  | { kind: 'answered'; notices: Notice[]; value?: Answer; locale?: Locale }
  /** `silent`: nothing was heard at all ("I didn't hear anything", not "I didn't get your name"). */
  | { kind: 'nameRetry'; silent?: boolean }
  | { kind: 'ignored' };

/** A reservation as the guest hears it on an existing-reservation call. */
export interface ReservationSummary {
  id: number;
  confirmation: string;
  arrival: IsoDate;
  nights: number;
  rooms: number;
  roomType: string;
  total: number;
  /** booked, arrived, cancelled, or released (booked but past its hold time, not arrived). */
  status: 'booked' | 'arrived' | 'cancelled' | 'released';
  /** Hotel time "HH:mm" on the arrival date until which it is held. */
  holdUntil: string;
}

export interface CallContext {
  callSid: string;
  channel: Channel;
  /** The calling number as Twilio gave it (may be anonymous or empty). */
  caller: string;
  /**
   * The country a number keyed without its country code is read in: the caller ID's, else
   * Twilio's `FromCountry`, else the hotel's. Absent in calls saved before it existed.
   */
  callerCountry?: string;
  hotel: HotelInfo;
  locale: Locale;
  /**
   * How the caller has answered so far: 'speech' until a key is pressed, then 'keys' for good. A
   * caller who only speaks hears shorter questions that invite speech (keys still work). Absent: none yet.
   */
  answeredBy?: 'speech' | 'keys';
  /** Answers in a row said in the other language (flows/language-switch.ts). Absent in calls saved before it existed. */
  otherLanguageTurns?: number;
  /** The hotel's calendar date at the last event. */
  today: IsoDate;
  /** The hotel's wall-clock time at the last event, "HH:mm". */
  timeOfDay: string;
  heard: Heard | null;
  /** How the last input was understood, in words for the staff timeline. */
  understood: string | null;
  /** Said before the next question, in order; emptied by each new caller event. */
  notices: Notice[];
  /** Misses in a row (no input or an answer that does not fit); the third goes to the front desk. */
  misses: number;

  arrival: IsoDate | null;
  /** A departure said before the arrival was known; becomes `nights` once it is (absent in older snapshots). */
  departure?: IsoDate | null;
  /** Arrivals the caller is choosing between (absent in older snapshots). */
  dateChoice?: DateChoice | null;
  roomType: string | null;
  rooms: number | null;
  nights: number | null;
  /** A provisional hold covers the stay as asked. */
  held: boolean;
  /** The hold stays after the call for the desk's callback (hotel's `callbackHoldMinutes`); absent: false. */
  holdKept?: boolean;
  /**
   * The last input answered the room-type question without a request to hear it again: asked
   * again, its list is said short, names only (the rates were just heard). Absent: false.
   */
  typeListSaid?: boolean;
  /** When the guest said they arrive on the day, hotel time "HH:mm" ("we get in around 11 pm"; flows/late-arrival.ts). Absent: not said. */
  lateArrival?: string;
  /**
   * Room types named after this reservation's in the same request ("a king and one with two beds"):
   * offered, in order, once it is booked (flows/two-room-types.ts). Absent: none.
   */
  nextRoomTypes?: string[];
  /** The last words asked to hear it again slowly (flows/slowly-asked.ts): the confirmation number said one digit at a time. Absent: no. */
  slowly?: boolean;
  /** The rooms said of each type in nextRoomTypes, by code ("two doubles"); a type not in it had none said. Absent: none. */
  nextRoomCounts?: Record<string, number>;
  /** The group's other properties, for a caller who meant one of them (flows/sister-hotel.ts). Absent: none. */
  sisterHotels?: SisterHotel[];
  /** The caller was upset once already and was offered the desk (flows/upset-caller.ts). Absent: not yet. */
  upset?: boolean;
  /** Special requests said along the way ("a crib", "cuartos juntos"; flows/special-requests.ts), for the desk. Absent: none. */
  requests?: SpecialRequest[];
  /** The page of a long room list being offered (0: the first); absent: 0. */
  roomPage?: number;
  holdExpiresAt: string | null;
  /**
   * The type's nightly rate when its rooms were found free: what the caller is read back and booked
   * at, should the hotel file change the rate meanwhile (the file is applied while calls run);
   * absent: the rate now.
   */
  quotedRate?: number;
  /** The last availability check failed: what can be offered instead. */
  offer: OfferOption[] | null;
  /**
   * The room types the caller just asked about at the list of types or at an offer: the question
   * is then whether they want it ("yes" takes it, "no" hears them all); absent in older snapshots.
   */
  typeAsked?: string[] | null;
  /**
   * The type offered as the cheapest free to a caller who left the choice to us ("any room"): asked
   * whether to book it (flows/any-room.ts). Absent: none offered.
   */
  cheapestOffer?: string | null;
  /** The caller left the room's type to us ("any room"): the cheapest free is offered when the type is asked. Absent: false. */
  anyRoom?: boolean;
  /**
   * The type taken for "the cheapest", "la más barata" (the lowest rate on paper): before it is kept,
   * whether it is free is checked; full, the cheapest free is offered instead (flows/any-room.ts).
   * Absent: none asked.
   */
  cheapestAsked?: string | null;
  /** Whom the caller asked to be put through to ("maria in sales"), told the desk in its whisper (flows/someone-asked.ts). */
  askedFor?: string | null;

  guestName: string | null;
  /**
   * The caller said the reservation is for someone else ("for a client", "para mi jefe"): the name
   * asked for is the guest's (flows/booked-for.ts). Absent: not said.
   */
  forAnother?: boolean;
  /**
   * "Can someone call me back?": the number is being asked for a callback request, not a booking
   * (flows/callback-asked.ts); once it is known, the request is made. Absent: false.
   */
  callbackOnly?: boolean;
  nameRecordingUrl: string | null;
  /** Failed tries at the name (no speech, or "say it again"); the second leads to a recording. */
  nameTries: number;
  payment: PaymentMethod | null;
  /** "By card" heard: credit or debit is asked instead of the payment question (absent in older snapshots). */
  card?: boolean;
  callback: string | null;
  /**
   * Another number said with an earlier answer ("cash, and my number is 646 555 0199"): read back to
   * confirm when the callback question's turn comes, not asked (flows/callback-said-with.ts). Absent: none.
   */
  callbackSaid?: string | null;
  /**
   * The name, payment and callback number of a call cut off that this call goes on with, never said
   * to the caller: taken up when the same name is said again (flows/resumed-details.ts). Absent: none.
   */
  resumeHeld?: ResumeHeld | null;

  /** Low-confidence speech awaiting a yes/no, and which question it answers. */
  pending: { question: QuestionId; value: Answer; said: string } | null;
  /** The guest is changing one detail from the read-back. */
  changing: boolean;
  readBackHeard: boolean;

  confirmation: string | null;
  reservationId: number | null;
  outcome: Outcome | null;
  transferReason: TransferReason | null;
  lastCheck: 'held' | 'unavailable' | null;
  dialStatus: DialStatus | null;
  /** The desk took the call after the whisper (null: no answer from the screening yet). */
  deskAccepted: boolean | null;
  /** The transfer found the desk outside its hours. */
  deskClosed: boolean;
  /** The guest's voicemail for the callback request. */
  messageUrl: string | null;
  callbackRequested: boolean;

  /**
   * Whether the network vouched for the calling number: Twilio's StirVerstat was
   * TN-Validation-Passed-A (full attestation) when the call came in.
   */
  callerVerified: boolean;
  /**
   * Existing reservation: those made from the calling number (their arrival dates may be said;
   * their details only once the guest proves it is theirs), what the guest gave to find one (a
   * confirmation number, a last name, or a pick when verified caller ID is enough), and the one found.
   */
  callerReservations: ReservationSummary[];
  /**
   * The number has more upcoming reservations than `callerReservations` lists (a switchboard's, an
   * agency's): its last names open nothing. Absent in older snapshots (a full list was taken for one).
   */
  moreCallerReservations?: boolean;
  lookupAsked: string | { pick: number } | { lastName: string } | { confirmation: string; lastName: string } | null;
  found: ReservationSummary | null;
  /** The reservation texted in this call, and the last four digits of its number: asked again, told again, not texted twice. */
  texted?: { reservationId: number; last4: string } | null;
  /**
   * A confirmation number given from a phone that is not the reservation's (or that no
   * reservation has): its last name is asked before anything is said (flows/reservation-proof.ts).
   * `asking`: the last lookup asked for it; `fails`: last names that did not match; `byKeys`:
   * keys pressed instead. Absent in older snapshots.
   */
  proof?: { confirmation: string; asking: boolean; fails: number; byKeys?: boolean } | null;
  /**
   * The found reservation's stay as the caller would change it, checked free (flows/stay-change.ts):
   * read back before it is changed; once changed, whether its text went out. Absent: none.
   */
  stayChange?: StayChangeChecked | null;
  /**
   * The words that asked for an existing reservation at the greeting or the menu, when they may ask
   * for a change of its stay ("I need to move my reservation to Friday"): read again once it is
   * found (flows/stay-change.ts changeAskedFirst), so the change is not asked for twice. Absent: none.
   */
  changeAsked?: string | null;
  /**
   * Inside a change of the found reservation's stay: set where it starts (its stay taken into the
   * slots), cleared where it ends (changed, kept as it was, handed to the desk). The booking's own
   * questions asked there read against the reservation (a weekday said is the change's: never a
   * day before its stay taken silently) and lead back to the change. Absent: not in one.
   */
  inStayChange?: boolean;
  /**
   * A text conversation begun minutes after this number's last one booked: that reservation, so a
   * change texted now ("actually make it the 21st") looks it up rather than starting a second
   * booking (flows/change-just-booked.ts). Never opens it: its lookup asks the proof as always. Absent: none.
   */
  justBooked?: ReservationSummary;
}

/** A new stay for a reservation, checked free with its own rooms counted as free: its hold worked out again. */
export interface StayChangeChecked {
  arrival: IsoDate;
  nights: number;
  rooms: number;
  /** Hotel time "HH:mm" and the date it is held until. */
  holdUntil: string;
  holdDate: IsoDate;
  /**
   * What the changed stay comes to, at the reservation's own rate (src/inventory/reservation-change.ts),
   * read back with it: a guest agreeing to more nights hears the new price. Absent in a snapshot saved
   * before it was kept.
   */
  total?: number;
  /** Once changed: whether the text with the new details was written ('sent'), or why not. */
  texted?: 'sent' | 'off' | 'optedOut' | 'refused';
  /** Changed by text: the rest of its written confirmation, which the reply carries (effects.ts ChangeInWriting). */
  written?: ChangeInWriting;
}

/** The same flow answers phone calls and text conversations; only reading and rendering differ. */
export type Channel = 'voice' | 'sms';

/** A cut-off call's guest details, held back from the call that resumes it (flows/resumed-details.ts). */
export interface ResumeHeld {
  name: string;
  payment: PaymentMethod | null;
  card: boolean;
  callback: string | null;
}

export interface CallInput {
  callSid: string;
  caller: string;
  hotel: HotelInfo;
  at: string;
  /** Twilio's `FromCountry` (ISO code), when it sent one. */
  fromCountry?: string;
  /** Default voice, in English (the caller can switch). */
  channel?: Channel;
  /** StirVerstat said TN-Validation-Passed-A (see CallContext.callerVerified). */
  callerVerified?: boolean;
  locale?: Locale;
  /**
   * What the caller's last call from this number understood of a booking it never finished (cut
   * off minutes ago): offered at the greeting to go on with (flows/resume-booking.ts).
   */
  resume?: Slots;
  /** What that call also heard, held back until the caller says the same name (flows/resumed-details.ts). */
  resumeHeld?: ResumeHeld;
  /** The group's other properties that answer calls (flows/sister-hotel.ts). */
  sisterHotels?: SisterHotel[];
  /** A text conversation: the reservation this number's last one booked minutes ago (CallContext.justBooked). */
  justBooked?: ReservationSummary;
}
