// POST /sms — Twilio's incoming-message webhook (signed like the voice ones). The same call
// flow, by text: one conversation per guest number at a time, one question per reply.
// STATUS, CANCEL and AGENT (and ESTADO, CANCELAR, AGENTE/RECEPCIÓN) work at any point;
// STOP/START/HELP are the carrier keywords (src/messaging/opt-out.ts).

import { hotelToday } from '../../../flows/hotel-time.ts';
import { saysOnlyThanks } from '../../../flows/reading/menu-questions.ts';
import { costlyLine } from '../../../flows/understanding/costly-numbers.ts';
import { phoneFromCallerId } from '../../../flows/understanding/phone.ts';
import type { CallService } from '../../calls/call-service.ts';
import { callerKey } from '../../calls/caller-number.ts';
import { ReservationLookup } from '../../calls/reservation-lookup.ts';
import type { Logger } from '../../logger.ts';
import { isOptedOut, keywordLocale, recordOptIn, recordOptOut, smsKeyword, twilioAnswers } from '../../messaging/opt-out.ts';
import { commandEvent, conversationStart, guessLocale, textCommand } from '../../sms/text-input.ts';
import { hideCardAcrossTexts } from '../../sms/card-across-texts.ts';
import { statusReply } from '../../sms/status-reply.ts';
import { textFlood } from '../../sms/text-flood.ts';
import type { Db } from '../../storage/sql.ts';
import { MessagingResponse } from '../../twilio/twiml.ts';
import { KeywordReplies } from '../keyword-replies.ts';
import { param } from '../twilio-request.ts';
import { badRequest, twiml } from '../webhooks.ts';
import type { WebhookHandler } from '../webhooks.ts';


const KEYWORD_REPLIES = {
  // To the keywords Twilio does not answer (opt-out.ts): the Spanish ones, and an English one with an
  // invisible character in it. What Twilio says to STOP, START, HELP, in the keyword's language.
  stop: {
    'es-MX': (hotel: string) => `${hotel}: ya no le enviaremos mensajes. Para volver a recibirlos, responda INICIAR.`,
    'en-US': (hotel: string) => `${hotel}: you will get no more texts from us. To get them again, reply START.`,
  },
  start: {
    'es-MX': (hotel: string) => `${hotel}: volverá a recibir nuestros mensajes. Para dejar de recibirlos, responda PARAR.`,
    'en-US': (hotel: string) => `${hotel}: you will get our texts again. To stop them, reply STOP.`,
  },
  help: {
    'es-MX': (hotel: string, desk: string) =>
      `${hotel}: para reservar, responda RESERVAR; sobre su reservación, MI RESERVACIÓN. Recepción: ${desk}. Para no recibir mensajes, PARAR.`,
    'en-US': (hotel: string, desk: string) =>
      `${hotel}: to book, reply BOOK; about your reservation, MY RESERVATION. Front desk: ${desk}. To stop texts, reply STOP.`,
  },
  retired: {
    'en-US': (hotel: string, desk: string) => `${hotel} no longer takes reservations by text. Please call the hotel at ${desk}.`,
    'es-MX': (hotel: string, desk: string) => `${hotel} ya no recibe reservaciones por mensaje. Por favor llame al hotel al ${desk}.`,
  },
  // A thank-you after a conversation that has ended: answered as a person would, not greeted again.
  welcome: {
    'en-US': "You're welcome!",
    'es-MX': '¡Con mucho gusto!',
  },
  cancelled: {
    'en-US': 'Your request is cancelled, and any rooms held for you are released. Text us any time to start again.',
    'es-MX': 'Su solicitud está cancelada, y las habitaciones apartadas quedan libres. Escríbanos cuando quiera para empezar de nuevo.',
  },
} as const;

/** How long after a text conversation ends a thank-you is taken as said to it. */
const THANKS_AFTER_HOURS = 24;

/** Only emoji (👍, 🙏, ❤️) and punctuation: a reaction, as "thanks" is. */
const ONLY_EMOJI = /^(?=.*\p{Extended_Pictographic})[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{P}\s\u{FE0F}\u{200D}]+$/u;

/** The flow's states where a reservation found is read to the guest, and its cancel confirmed. */
const RESERVATION_READ = new Set(['readingReservation', 'confirmingCancel']);

/** A text to a number no property of the group claims (the voice line says the same). */
const UNCLAIMED_REPLY = "Sorry, this number doesn't reach any of our hotels. / Lo sentimos, este número no corresponde a ninguno de nuestros hoteles.";

function reply(text: string): string {
  const response = new MessagingResponse();
  if (text) response.message(text);
  return response.toString();
}

/** Message SIDs: "SM" or "MM" and 32 hex digits. */
const MESSAGE_SID = /^(SM|MM)[0-9a-fA-F]{32}$/;

export interface SmsRouteDeps {
  service: CallService;
  db: Db;
  logger: Logger;
  clock: () => Date;
  newConversationId: () => string;
  idleMinutes: number;
  /** Text conversations a property starts in an hour, all numbers together (default PROPERTY_CONVERSATIONS_PER_HOUR). */
  conversationsPerHour?: number;
}

export function smsRoute(deps: SmsRouteDeps): WebhookHandler {
  const { service, logger, clock } = deps;
  const keywordReplies = new KeywordReplies(deps.db);
  return async (req) => {
    // One guest, one number, whichever form of it their carrier sends (caller-number.ts).
    const from = callerKey(param(req, 'From').slice(0, 40));
    const messageSid = param(req, 'MessageSid');
    if (!from || !MESSAGE_SID.test(messageSid)) return badRequest('From and a Twilio MessageSid are required');
    // A text from one of our own numbers is one property's text reaching another (a confirmation
    // sent to a callback number that is a property's own): answered, it would start the two
    // properties texting each other without end, every message paid for. Never answered.
    if (service.isOwnNumber(from)) {
      logger.warn({ messageSid }, "text from one of this deployment's own numbers: not answered (it would start a loop)");
      return twiml(reply(''));
    }
    // A premium-rate or shared-cost sender is paid for every answer it gets (SMS pumping): it gets none.
    if (phoneFromCallerId(from) === null && costlyLine(from)) {
      logger.warn({ messageSid }, 'text from a premium-rate number: not answered (SMS pumping)');
      return twiml(reply(''));
    }
    const body = param(req, 'Body');
    const now = clock();
    const send = (document: string) => twiml(document);
    // A number that opted out (STOP, PARAR, BAJA, or Twilio's 21610) is sent nothing more until it
    // texts START (INICIAR, ALTA): not an answer to a later text either. Twilio blocks those itself
    // after its own English keywords, not after the Spanish ones, which reach only us. The keywords
    // still act and are answered (STOP's confirmation and HELP, as the carriers' rules allow).
    // Nothing is started for such a text.
    const keyword = smsKeyword(body);
    if (keyword === null && (await isOptedOut(deps.db, from))) {
      await service.store.rememberText(messageSid, now.toISOString());
      logger.info({ from, messageSid }, 'text from a number that opted out: not answered (START, INICIAR or ALTA texts it again)');
      return send(reply(''));
    }
    const to = param(req, 'To').slice(0, 40);
    // A property whose file was taken out of HOTELS_DIR: its guest is told so, plainly (its
    // conversation ended, its rooms freed), rather than going on with another hotel's greeting.
    const retired = service.retiredHotelFor(to);
    if (retired) {
      const open = await service.store.openConversation(from, retired.id);
      if (open) await service.endConversation(from, retired.id, 'expired');
      await service.store.rememberText(messageSid, now.toISOString());
      logger.info({ from, messageSid, hotel: retired.code }, 'text to a property that no longer answers: told so');
      if (!(await keywordReplies.take(`unclaimed:${from}`, now, messageSid))) return send(reply(''));
      const locale = open?.locale === 'es-MX' ? 'es-MX' : open ? 'en-US' : guessLocale(body, retired.info.guestLocale);
      return send(reply(KEYWORD_REPLIES.retired[locale](retired.info.name, retired.info.frontDesk)));
    }
    // The property texted, by the number the guest wrote to: its rooms, its words, its conversation.
    const hotel = service.hotelFor(to);
    if (!hotel) {
      service.unclaimed({ callSid: messageSid, to }, 'sms');
      // Answered a few times an hour per sender, as keywords are (keyword-replies.ts): each answer is paid for.
      return send(reply((await keywordReplies.take(`unclaimed:${from}`, now, messageSid)) ? UNCLAIMED_REPLY : ''));
    }
    try {
      // A conversation left idle is over: its hold is freed before anything else happens.
      await service.expireIdleConversations(new Date(now.getTime() - deps.idleMinutes * 60_000).toISOString());
      const open = await service.store.openConversation(from, hotel.id);
      const said = keywordLocale(body);
      // Twilio answers STOP, START and HELP itself (its standard opt-out handling): we record
      // the choice and add no second reply. Their Spanish words reach us alone, and are answered
      // here, as STATUS is: a few times an hour per number (keyword-replies.ts), never without end;
      // a message delivered again (the same MessageSid) is answered again and counted once.
      const answered = async (text: string, againOnly = false) => {
        if (text === '' || (await keywordReplies.take(`${hotel.id}:${from}`, now, messageSid, againOnly))) return send(reply(text));
        logger.warn({ from, messageSid }, 'keyword not answered: this number has had its answers to keywords for the hour');
        return send(reply(''));
      };
      const ours = (text: string, againOnly = false) => answered(twilioAnswers(body) ? '' : text, againOnly);
      // A message acted on already, other than the one the open conversation last answered (a
      // retry of that one is answered again, below): Twilio delivering it again late, or a signed
      // request replayed. Nothing is done again: no new conversation, no second CANCEL. An opt-out
      // or opt-in keyword's retry hears its answer again (once counted, a few times at most).
      if (open?.last_inbound_sid !== messageSid && (await service.store.textHandled(messageSid))) {
        logger.warn({ messageSid }, 'text already handled: not acted on again');
        if (keyword === 'stop' || keyword === 'start') return await ours(KEYWORD_REPLIES[keyword][said](hotel.info.name), true);
        return send(reply(''));
      }
      // The answers below that change something and are not a step of a conversation (which
      // records its message in its own transaction) record the message as handled before they act.
      // A status question changes nothing: asked again, it is answered again.
      const handled = () => service.store.rememberText(messageSid, now.toISOString());
      const command = textCommand(body);
      const today = hotelToday(now.toISOString(), hotel.info.timezone);
      const start = conversationStart(body, command, hotel.info, today);
      const locale = open ? (open.locale === 'es-MX' ? 'es-MX' : 'en-US') : start.locale;

      if (keyword === 'stop') {
        await handled();
        await recordOptOut(deps.db, from, now);
        await service.endConversation(from, hotel.id, 'canceled');
        return await ours(KEYWORD_REPLIES.stop[said](hotel.info.name));
      }
      if (keyword === 'start') {
        await handled();
        await recordOptIn(deps.db, from);
        return await ours(KEYWORD_REPLIES.start[said](hotel.info.name));
      }
      if (keyword === 'help') return await ours(KEYWORD_REPLIES.help[said](hotel.info.name, hotel.info.frontDesk));

      if (command === 'status') {
        const view = open ? await service.view(open.call_sid) : null;
        const lookup = new ReservationLookup(deps.db, hotel.id, hotel.info.timezone);
        return await answered(await statusReply({ view, locale, from, lookup, hotel, now, today }));
      }
      // CANCEL while a reservation is being read to the guest ("para cancelarla, responda 1") is
      // that reservation's cancel, asked to be confirmed as the flow asks it; elsewhere it ends the
      // request in progress ("Your request is cancelled" said of a booking would leave the guest
      // believing the reservation was gone).
      const aboutReservation = open !== undefined && RESERVATION_READ.has(open.state);
      if (command === 'cancel' && open && !aboutReservation) {
        await handled();
        await service.endConversation(from, hotel.id, 'canceled');
        return send(reply(KEYWORD_REPLIES.cancelled[locale]));
      }
      // "Thanks!" or 👍 after the conversation closed (booked, cancelled, a callback promised): a
      // "you're welcome" in its language, never the greeting again, and nothing started. Counted
      // with the keywords' answers. Once per conversation, as a person says it (a mark kept with
      // the handled texts): an auto-responder thanking every text got one each time, six an hour
      // for the whole day. A later thanks is answered only as Twilio's retry of the one answered.
      if (!open && command === null && (saysOnlyThanks(body) || ONLY_EMOJI.test(body.trim()))) {
        const since = new Date(now.getTime() - THANKS_AFTER_HOURS * 3_600_000).toISOString();
        const ended = await service.store.conversationEndedSince(from, hotel.id, since);
        if (ended !== undefined) {
          const first = await service.store.rememberText(`thanked:${ended.call_sid}`, now.toISOString());
          return await answered(KEYWORD_REPLIES.welcome[ended.locale === 'es-MX' ? 'es-MX' : 'en-US'], !first);
        }
      }
      // An auto-responder or a script answering every answer: left unanswered (text-flood.ts). A
      // retry of the message already answered is still answered the same (textStep).
      const flood = open?.last_inbound_sid === messageSid ? null : await textFlood(deps.db, open, from, hotel.id, now, deps.conversationsPerHour);
      if (flood) {
        logger.warn({ from, messageSid, why: flood }, flood === 'property_conversations_per_hour'
            ? 'text not answered: this property has started SMS_CONVERSATIONS_PER_HOUR text conversations in the past hour (a flood from many numbers?)'
            : 'text not answered: this number has been texting without end (an auto-responder?)');
        await handled();
        return send(reply(''));
      }
      const guest = {
        callSid: open?.call_sid ?? deps.newConversationId(),
        from,
        to,
        fromCountry: param(req, 'FromCountry').slice(0, 2),
        messageSid,
      };
      // A card number whose first groups came in the conversation's last texts: hidden in all of them.
      const read = open && open.last_inbound_sid !== messageSid ? await hideCardAcrossTexts(deps.db, open.call_sid, body) : body;
      // CANCEL with nothing in progress: find the reservation to cancel (main menu 2).
      const event = aboutReservation ? commandEvent(read, null) : commandEvent(read, command);
      return send((await service.textStep(guest, event, { locale, first: start.first })) ?? reply(''));
    } catch (err) {
      logger.error({ err, from, messageSid }, 'text message step failed');
      // A text cannot be transferred: say sorry and that the desk will see it.
      return send(
        reply(
          guessLocale(body, hotel.info.guestLocale) === 'es-MX'
            ? 'Lo sentimos, tuvimos un problema. Por favor llame al hotel.'
            : 'Sorry, something went wrong on our side. Please call the hotel.',
        ),
      );
    }
  };
}
