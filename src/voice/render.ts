// State in, TwiML out: a pure function of the call's snapshot (STYLE.md: rendering is pure).
// Every URL written here carries the call's step, so a retried webhook can be told apart from a
// second identical answer (SPEC §5).

import type { CallContext, QuestionId } from '../../flows/call-context.ts';
import type { Locale } from '../../flows/types.ts';
import { pauseGranted } from '../../flows/thinking-aloud.ts';
import { formatterFor } from './formatters.ts';
import { listeningFor } from './gather-options.ts';
import type { CallerHistory } from '../calls/caller-history.ts';
import { VoiceResponse } from '../twilio/twiml.ts';
import { noticeLines, promptLine, questionLines } from './prompt-lines.ts';
import type { Words } from './prompts/prompt-types.ts';
import { PROMPTS, VOICES } from './voices.ts';


/** What the caller hears, prompt by prompt, for the staff timeline. */
export interface SaidPrompt {
  prompt: string;
  locale: Locale;
  text: string;
}

export interface RenderedTurn {
  twiml: string;
  said: SaidPrompt[];
}

/** The parts of a snapshot rendering needs. */
export interface CallView {
  state: string;
  question: QuestionId | null;
  tags: ReadonlySet<string>;
  ctx: CallContext;
}

export interface RenderOptions {
  step: number;
  /** The hotel's own Twilio number, shown to the desk as caller ID. */
  hotelNumber: string | null;
  deskRingSeconds: number;
  /**
   * The path PUBLIC_BASE_URL adds before the webhooks' own ("/conserje" for
   * https://hotel.example.com/conserje, behind a proxy that strips it): the URLs written into TwiML
   * carry it, since Twilio resolves "/voice/gather" against the host alone. Default: none.
   */
  basePath?: string;
}

/** The path PUBLIC_BASE_URL puts before every webhook's ('' for a host's root). */
export function basePathOf(publicBaseUrl: string): string {
  return new URL(publicBaseUrl).pathname.replace(/\/+$/, '');
}

export const ROUTES = {
  gather: '/voice/gather',
  recording: '/voice/recording',
  dialResult: '/voice/dial-result',
  whisper: '/voice/whisper',
  screen: '/voice/screen',
  transcription: '/voice/transcription',
} as const;

/** Seconds Twilio waits for the first key or word before falling through to the next verb. */
const GATHER_TIMEOUT_S = 6;
/** After "take your time" (flows/pause-asked.ts). */
const PAUSE_TIMEOUT_S = 20;
const NAME_RECORDING_MAX_S = 8;
const MESSAGE_RECORDING_MAX_S = 120;
/** Seconds the desk has to press 1 after the whisper. */
const SCREEN_TIMEOUT_S = 8;

export function renderTurn(view: CallView, options: RenderOptions): RenderedTurn {
  const { ctx } = view;
  const response = new VoiceResponse();
  const said: SaidPrompt[] = [];
  const set = PROMPTS[ctx.locale];
  const base = options.basePath ?? '';
  const url = (path: string) => `${base}${path}?step=${options.step}`;
  const line = (prompt: string, words: Words) => promptLine(view, prompt, words);
  // Each line in its own locale's voice (the greeting's Spanish offer in the Spanish voice).
  const sayAll = (target: { say: InstanceType<typeof VoiceResponse>['say'] }, lines: SaidPrompt[]) => {
    for (const l of lines) {
      said.push(l);
      target.say({ voice: VOICES[l.locale] as never, language: l.locale }, l.text);
    }
  };

  if (view.question) {
    const q = view.question;
    // Just booked: the confirmation number first (again at a repeat), then "anything else?".
    const booked = q === 'anythingElse' && ctx.misses === 0 && ctx.notices.length === 0 ? [line('confirmed', set.confirmed)] : [];
    const lines = [...booked, ...questionLines(view)];
    const listening = listeningFor(q, ctx);
    const gather = response.gather({
      input: ['dtmf', 'speech'],
      action: url(ROUTES.gather),
      method: 'POST',
      language: ctx.locale,
      // A moment asked for ("let me check with my wife"), or filler alone: listened to longer before it counts as silence.
      timeout: pauseGranted(ctx.notices) ? PAUSE_TIMEOUT_S : GATHER_TIMEOUT_S,
      speechTimeout: 'auto',
      hints: listening.hints.join(', '),
      actionOnEmptyResult: false,
      ...(listening.numDigits ? { numDigits: listening.numDigits } : {}),
      ...(listening.finishOnKey ? { finishOnKey: listening.finishOnKey } : {}),
    });
    sayAll(gather, lines);
    // No input: Twilio falls through to the next verb, which reports the silence.
    response.redirect({ method: 'POST' }, url(ROUTES.gather));
  } else if (view.tags.has('recording')) {
    const message = view.state === 'recordingMessage';
    sayAll(response, [...noticeLines(view), message ? line('recordMessage', set.recordMessage) : line('recordName', set.recordName)]);
    response.record({
      action: url(ROUTES.recording),
      method: 'POST',
      maxLength: message ? MESSAGE_RECORDING_MAX_S : NAME_RECORDING_MAX_S,
      finishOnKey: '#',
      playBeep: true,
      timeout: message ? 5 : 3,
      // The voicemail's words for the staff's callback worklist (Twilio transcribes up to 2 minutes).
      ...(message ? { transcribe: true, transcribeCallback: base + ROUTES.transcription } : {}),
    });
    // Nothing recorded: Twilio goes on to the next verb, which reports it.
    response.redirect({ method: 'POST' }, url(ROUTES.recording));
  } else if (view.tags.has('dial')) {
    const reason = ctx.transferReason ?? 'caller_asked';
    sayAll(response, [...noticeLines(view), line(`transfer.${reason}`, set.transfer[reason])]);
    const number = reason === 'group' && ctx.hotel.groupDesk ? ctx.hotel.groupDesk : ctx.hotel.frontDesk;
    const dial = response.dial({
      action: url(ROUTES.dialResult),
      method: 'POST',
      timeout: options.deskRingSeconds,
      answerOnBridge: true,
      ...(options.hotelNumber ? { callerId: options.hotelNumber } : {}),
    });
    // The desk's leg first hears who is calling and what was collected, and takes the call with 1.
    dial.number({ url: `${url(ROUTES.whisper)}&call=${ctx.callSid}`, method: 'POST' }, number);
  } else if (view.state === 'confirmed') {
    sayAll(response, [line('confirmed', set.confirmed)]);
    response.hangup();
  } else if (view.state === 'reservationCancelled') {
    sayAll(response, [line('reservationCancelled', set.reservationCancelled)]);
    response.hangup();
  } else if (view.state === 'reservationChanged') {
    sayAll(response, [line('reservationChanged', set.reservationChanged)]);
    response.hangup();
  } else if (view.state === 'callbackDeclined' || view.state === 'turnedAway' || view.state === 'doneAfterBooking' || view.state === 'doneWithReservation') {
    // (A booking stopped at the caller's word is told so first: flows/stop-booking.ts.)
    // ("No wait, don't cancel" at a lookup is told nothing changed: flows/cancel-withdrawn.ts.)
    const before = view.state === 'turnedAway' ? noticeLines(view) : view.state === 'doneWithReservation' ? noticeLines(view).filter((l) => l.prompt === 'notice.nothingChanged') : [];
    sayAll(response, [...before, line('goodbye', set.goodbye)]);
    response.hangup();
  } else if (view.state === 'callbackPromised') {
    sayAll(response, [...noticeLines(view), line('callbackPromised', set.callbackPromised)]);
    response.hangup();
  } else {
    response.hangup();
  }
  return { twiml: response.toString(), said };
}

/** The apology when a webhook fails: valid TwiML that sends the caller to the front desk (SPEC §8). */
export function renderApology(locale: Locale, frontDesk: string, options: Omit<RenderOptions, 'step'>): RenderedTurn {
  const response = new VoiceResponse();
  const text = PROMPTS[locale].error();
  response.say({ voice: VOICES[locale] as never, language: locale }, text);
  const dial = response.dial({
    timeout: options.deskRingSeconds,
    answerOnBridge: true,
    ...(options.hotelNumber ? { callerId: options.hotelNumber } : {}),
  });
  dial.number(frontDesk);
  return { twiml: response.toString(), said: [{ prompt: 'error', locale, text }] };
}

/**
 * A call to a number no property of the group claims: a short apology in both languages (nothing
 * says which the caller speaks), then hang up. Nothing is recorded of it but a log line and a count.
 */
export function renderUnclaimedNumber(): RenderedTurn {
  const response = new VoiceResponse();
  const said: SaidPrompt[] = [];
  for (const locale of ['en-US', 'es-MX'] as const) {
    const text = PROMPTS[locale].unclaimedNumber();
    response.say({ voice: VOICES[locale] as never, language: locale }, text);
    said.push({ prompt: 'unclaimedNumber', locale, text });
  }
  response.hangup();
  return { twiml: response.toString(), said };
}

/**
 * The whisper the front desk hears on its own leg before the guest is connected (SPEC §6), in
 * the staff's language: press 1 to take the call; anything else, or silence, declines it.
 */
export function renderWhisper(ctx: CallContext, history: CallerHistory, step: number, basePath = ''): RenderedTurn {
  const locale = ctx.hotel.staffLocale ?? 'en-US';
  const text = PROMPTS[locale].whisper({ ctx, f: formatterFor(locale), history });
  const response = new VoiceResponse();
  const screen = `${basePath}${ROUTES.screen}?step=${step}&call=${ctx.callSid}`;
  const gather = response.gather({ input: ['dtmf'], numDigits: 1, timeout: SCREEN_TIMEOUT_S, action: screen, method: 'POST' });
  gather.say({ voice: VOICES[locale] as never, language: locale }, text);
  response.redirect({ method: 'POST' }, screen);
  return { twiml: response.toString(), said: [{ prompt: 'whisper', locale, text }] };
}

/** The desk's answer to the whisper: an empty document connects the call; a decline hangs up its leg. */
export function renderScreenResult(accepted: boolean, locale: Locale): string {
  const response = new VoiceResponse();
  if (!accepted) {
    response.say({ voice: VOICES[locale] as never, language: locale }, PROMPTS[locale].screenDeclined());
    response.hangup();
  }
  return response.toString();
}
