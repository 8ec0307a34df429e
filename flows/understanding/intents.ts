// What a caller wants when their words are not an answer to the question:
// a person, the question again, a new or an existing reservation, another language, other dates.
// Whole words and phrases only, on normalised text. When unsure → null. Pure; never throws.
import { HAVE_ONE, MADE_ONE_EN, MADE_ONE_ES } from './reservation-made-phrases.ts';
import { asksOnlyToHearAgain, comesWithIt, REPEAT_ANYWHERE } from './repeat-asked.ts';
import type { Locale } from '../types.ts';
import { hasAnyPhrase, removePhrases, tokenize } from './normalize.ts';
import { phraseSet, saysAny } from './phrase-set.ts';

export type Intent = 'agent' | 'repeat' | 'book' | 'existing' | 'spanish' | 'english' | 'changeDates';

// --- agent -----------------------------------------------------------------------------------

/** Phrases that ask for a person wherever they appear. */
const AGENT = [
  'agent', 'agents', 'operator', 'operators', 'representative', 'representatives', 'front desk', 'reception',
  'receptionist', 'customer service', 'real person', 'live person', 'human being', 'a human', 'speak to someone',
  'talk to someone', 'speak with someone', 'talk with someone', 'speak to somebody', 'talk to somebody',
  'speak with somebody', 'talk with somebody', 'speak to a person', 'talk to a person', 'speak with a person',
  'talk with a person', 'speak to a human', 'talk to a human',
  'agente', 'agentes', 'operador', 'operadora', 'operadores', 'recepcion', 'recepcionista', 'representante',
  'servicio al cliente', 'hablar con alguien', 'hablar con una persona', 'hablar con un humano', 'persona real',
  'un humano', 'una persona real',
  // "¿Con quién hablo para una reservación de grupo?", "who do I talk to about an invoice?": the caller
  // asks for the person who handles it. ("¿Con quién hablo?" alone asks who is speaking: not this.)
  'con quien hablo para', 'con quien tengo que hablar', 'con quien debo hablar', 'con quien puedo hablar',
  'con quien me comunico', 'con quien me puedo comunicar', 'who do i talk to', 'who do i speak to', 'who do i speak with',
  'who can i talk to', 'who can i speak to', 'who can i speak with', 'who should i talk to', 'who should i speak to',
  // The machine refused, a person of some rank asked for: "pásame con alguien de carne y hueso", "I'd
  // rather speak to the manager", "¿me comunica con el gerente?".
  'carne y hueso', 'alguien de verdad', 'persona de verdad', 'pasame con alguien', 'paseme con alguien',
  'comunicame con alguien', 'comuniqueme con alguien', 'me pasa con alguien', 'me comunica con alguien',
  // ("I spoke with the manager last week" asks for no one: the verb as one asks.)
  ...['speak', 'talk'].flatMap((verb) => ['to', 'with'].flatMap((to) => ['the', 'a', 'your'].flatMap((a) => ['manager', 'supervisor'].map((who) => `${verb} ${to} ${a} ${who}`)))),
  ...['hablar', 'comunica', 'comunique', 'comunicame', 'comuniqueme', 'pasa', 'pase', 'pasame', 'paseme'].flatMap((verb) =>
    ['el gerente', 'la gerente', 'el encargado', 'la encargada', 'el supervisor', 'un supervisor'].map((who) => `${verb} con ${who}`)),
];
/** AGENT filed by first word: asked of every utterance at every question. */
const AGENT_SET = phraseSet(AGENT);
/** Not a request for a person, though they contain one of the words above. */
const NOT_AGENT = ['travel agent', 'travel agents', 'agente de viajes', 'agencia de viajes', 'real estate agent'];
/** Words that ask for a person only when they are (nearly) the whole utterance: "a person", "una persona". */
const AGENT_ALONE = new Set([
  'person', 'human', 'someone', 'somebody', 'anyone', 'anybody', 'manager', 'persona', 'humano', 'alguien', 'gerente',
  'encargado', 'encargada', 'supervisor', 'supervisora',
  // Texted short: "need a rep", "live rep pls".
  'rep', 'reps',
]);
/** Politeness and verbs around a request for a person ("I'd like to talk to a person please"). */
const REQUEST_FILLER = new Set([
  'i', 'd', 'want', 'need', 'like', 'would', 'to', 'talk', 'speak', 'with', 'can', 'could', 'may', 'let', 'me',
  'please', 'pls', 'plz', 'porfa', 'just', 'get', 'put', 'through', 'connect', 'transfer', 'a', 'an', 'the', 'real', 'live', 'um', 'uh',
  'is', 'there', 'you', 'speaking', 'talking', 'in', 'charge', 'available', 'somewhere', 'rather', 'prefer',
  'yo', 'quiero', 'quisiera', 'necesito', 'hablar', 'con', 'por', 'favor', 'puedo', 'comunicame', 'comuniqueme',
  'pasame', 'paseme', 'me', 'un', 'una', 'el', 'la', 'de', 'real', 'solo', 'oiga', 'este',
  // "¿Me comunica con alguien?", "¿me pasa con el encargado?", "¿me puede transferir con una persona?"
  'comunica', 'comunique', 'comunicar', 'comunicarme', 'comunicas', 'pasa', 'pase', 'pasar', 'pasarme', 'transfiere',
  'transfiera', 'transferir', 'transferirme', 'transfierame', 'transfiereme', 'conecta', 'conecte', 'conectar',
  'conectarme', 'conecteme', 'conectame', 'puede', 'podria', 'podrias', 'gustaria', 'le', 'mi', 'platicar', 'hay',
  'esta', 'alli', 'ahi', 'que', 'atender', 'atiende', 'atienda',
]);

function isAgent(tokens: readonly string[]): boolean {
  const rest = removePhrases(tokens, NOT_AGENT);
  if (saysAny(rest, AGENT_SET)) return true;
  const core = rest.filter((t) => !REQUEST_FILLER.has(t));
  return core.length === 1 && AGENT_ALONE.has(core[0] as string);
}

// --- language --------------------------------------------------------------------------------

const SPANISH = ['spanish', 'espanol', 'castellano', 'en espanol'];
const ENGLISH = ['english', 'ingles', 'en ingles'];
/** "I don't speak English" asks for Spanish, and the other way round. */
const NO_ENGLISH = ['no hablo ingles', 'no entiendo ingles', 'don t speak english', 'dont speak english', 'no english'];
const NO_SPANISH = ['no hablo espanol', 'don t speak spanish', 'dont speak spanish', 'no spanish', 'no espanol'];

function language(tokens: readonly string[]): 'spanish' | 'english' | null {
  const noEnglish = hasAnyPhrase(tokens, NO_ENGLISH);
  const noSpanish = hasAnyPhrase(tokens, NO_SPANISH);
  if (noEnglish !== noSpanish) return noEnglish ? 'spanish' : 'english';
  if (noEnglish) return null;
  const spanish = hasAnyPhrase(tokens, SPANISH);
  const english = hasAnyPhrase(tokens, ENGLISH);
  if (spanish === english) return null;
  return spanish ? 'spanish' : 'english';
}

// --- other intents ---------------------------------------------------------------------------

const CHANGE_DATES = [
  // "I need to move my dates", "mover mis fechas", "push the dates back".
  'move my dates', 'move the dates', 'move my date', 'move the date', 'move our dates', 'push my dates', 'push the dates',
  'mover mis fechas', 'mover las fechas', 'mover mi fecha', 'mover la fecha', 'recorrer mis fechas', 'recorrer las fechas',
  'other dates', 'other date', 'different dates', 'different date', 'another date', 'another day', 'other days',
  'different day', 'different days', 'change the dates', 'change the date', 'change dates', 'change date',
  'change my dates', 'change my date', 'new dates', 'new date',
  'otra fecha', 'otras fechas', 'otro dia', 'otros dias', 'cambiar la fecha', 'cambiar las fechas', 'cambiar fechas',
  'cambiar fecha', 'cambiar mi fecha', 'cambiar mis fechas', 'fechas diferentes', 'fecha diferente', 'otra fecha',
  'cambio de fecha', 'cambio de fechas',
  // Texted: "diff dates then".
  'diff dates', 'diff date', 'diff days', 'diff day',
];

/** Said only of a reservation that exists: "my reservation", "confirmation number", "ya tengo una reservación". */
const EXISTING = [
  ...HAVE_ONE,
  'my reservation', 'my reservations', 'my booking', 'my bookings', 'existing reservation', 'existing booking',
  'i already have a reservation', 'i have a booking', 'confirmation number',
  'mi reservacion', 'mi reserva', 'mis reservaciones', 'mis reservas', 'reservacion existente', 'reserva existente',
  'tengo una reserva', 'ya tengo una reserva',
  'numero de confirmacion',
  // Said of one made before: "I made a reservation last week", "can you resend my confirmation?".
  'my confirmation', 'our reservation', 'our booking', 'our reservations', 'our bookings', 'we have a booking',
  'mi confirmacion', 'nuestra reservacion', 'nuestra reserva', 'tenemos una reserva', 'tengo reservacion',
  'tenemos reservacion', 'tengo reserva', 'tenemos reserva',
  // Its number said: "reservation number twelve thirty-four…", "conf #12345678", "confirmación 1234 5678".
  'reservation number', 'booking number', 'conf', 'confirmacion', 'numero de reservacion', 'numero de reserva',
  'check on a reservation', 'check on reservation',
  // Told as one they have: "a booking I already have", "la reservación que ya tengo".
  ...['booking', 'reservation', 'rez', 'res'].flatMap((noun) => ['', ' that'].flatMap((that) =>
    ['i have', 'i already have', 'we have', 'we already have', 'i ve got', 'we ve got'].map((have) => `${noun}${that} ${have}`))),
  ...['reservacion', 'reserva'].flatMap((noun) => ['que tengo', 'que ya tengo', 'que tenemos', 'que ya tenemos', 'que hice', 'que hicimos'].map((have) => `${noun} ${have}`)),
];

/** A reservation, a booking (and how they are texted: "rez", "res"). */
const RESERVATION_NOUNS = new Set([
  'reservation', 'reservations', 'booking', 'bookings', 'rez', 'res', 'reservacion', 'reservaciones', 'reserva', 'reservas',
]);
/** Made already: "booked", "reserved", "reservado", "apartada". */
const MADE = new Set([
  'booked', 'reserved', 'reservado', 'reservada', 'reservados', 'reservadas', 'apartado', 'apartada', 'apartados', 'apartadas',
]);
/** Having one: "I have", "we've got", "tengo", "hay". */
const HAVING = ['i have', 'we have', 'i ve got', 'we ve got', 'ive got', 'weve got', 'i got', 'we got', 'got', 'i ve', 'we ve',
  'i had', 'we had', 'i already have', 'we already have', 'there s', 'theres', 'there is', 'there should be',
  'tengo', 'tenemos', 'ya tengo', 'ya tenemos', 'tenia', 'teniamos', 'hay una', 'hay un'];
/** Who may have made it: "I booked", "my wife reserved", "mi empresa reservó". */
const MAKERS = new Set([
  'i', 'we', 'he', 'she', 'they', 'someone', 'somebody', 'wife', 'husband', 'company', 'boss', 'assistant', 'secretary', 'office',
  'mom', 'mother', 'dad', 'father', 'son', 'daughter', 'friend', 'partner', 'agent', 'family', 'sister', 'brother', 'girlfriend',
  'boyfriend', 'work', 'already', 'just', 'also', 'originally', 'ya', 'yo', 'nosotros',
]);
/** Who may have made it, in Spanish, before a past tense written without its accent: "mi esposa reservo". */
const MAKERS_ES = new Set(['ya', 'esposa', 'esposo', 'empresa', 'jefe', 'jefa', 'secretaria', 'asistente', 'oficina', 'mama', 'papa', 'hijo', 'hija', 'amigo', 'amiga', 'agencia', 'alguien', 'novio', 'novia', 'hermano', 'hermana']);
/** Made before, in Spanish, unmistakably past: "reservamos", "mi esposo reservó", "ya habíamos reservado". */
const MADE_ES = [
  ...MADE_ONE_ES,
  'reservamos', 'reservaron', 'apartamos', 'apartaron', 'ya reserve', 'ya aparte', 'ya reservamos', 'ya apartamos',
  'reserve por', 'reserve en', 'reserve con', 'reserve desde', 'reserve hace', 'aparte por', 'aparte en', 'aparte hace',
  'ya habia reservado', 'ya habiamos reservado', 'habia reservado', 'habiamos reservado', 'he reservado', 'hemos reservado',
  'hizo una reservacion', 'hizo una reserva', 'hicieron una reservacion', 'estoy reservado', 'estoy reservada', 'estamos reservados', 'estamos reservadas',
  'ya pague', 'ya pagamos', 'confirmar mi', 'confirmar una reservacion', 'confirmar una reserva',
  'confirmar la reserva', 'confirmar nuestra', 'a nombre de quien', 'checar mi', 'revisar mi', 'hay una reservacion', 'hay una reserva',
];
/** Of one made before, in English: "we're booked for the 12th", "confirm my stay", "a reservation I made". */
const MADE_EN = [
  ...MADE_ONE_EN,
  'made a reservation', 'made a booking', 'reservation that i made', 'reservation that we made',
  'we re booked', 'were booked', 'we are booked', 'i m booked', 'im booked', 'i am booked', 'we re reserved', 'i m reserved',
  'already booked', 'already reserved', 'confirm my', 'confirm our', 'confirm a booking', 'confirm the booking', 'confirming my',
  'confirming a reservation', 'confirming our', 'check my', 'look up my',
  'lookup my', 'look up a reservation', 'look up a booking', 'pull up my', 'checking on a booking', 'checking on a reservation',
  'checking on my', 'check on a booking', 'went through', 'reservation under', 'booking under', 'reservation in the name',
  'booking in the name', 'reserved under', 'booked under', 'reservation is under', 'booking is under', 'reservation s under',
  'booking s under', 'reservacion esta a nombre', 'reserva esta a nombre', 'reservacion a nombre', 'reserva a nombre', 'reservado a nombre',
  'reservada a nombre', 'reservation online', 'booked online', 'reserved online', 'booked through', 'booked it', 'reserved through',
  'booked with', 'booked on', 'reserved on', 'booked via', 'reserved via', 'my stay', 'our stay', 'mi estancia', 'nuestra estancia',
  // Paid, confirmed, held by a site: "already paid", "I got a confirmation email", "Expedia booking".
  'already paid', 'prepaid', 'pre paid', 'ya esta pagado', 'ya esta pagada', 'ya pagado', 'confirmation email',
  'confirmation e mail', 'confirmation text', 'confirmation code', 'got a confirmation', 'correo de confirmacion', 'codigo de confirmacion',
  'expedia', 'booking com', 'hotels com', 'priceline', 'trivago', 'agoda', 'despegar', 'hotwire',
  // A stay that will not happen: "we won't be able to make it on Friday", "I can't make it anymore".
  ...['wont', 'won t', 'will not', 'wont be able to', 'won t be able to', 'will not be able to', 'cant', 'can t', 'cannot', 'not going to', 'not gonna', 'unable to', 'no longer able to']
    .map((not) => `${not} make it`),
  'ya no vamos a poder ir', 'no vamos a poder ir', 'ya no voy a poder ir', 'no voy a poder ir', 'ya no podemos ir', 'ya no puedo ir',
  'ya no vamos a ir', 'ya no voy a ir', 'no vamos a poder llegar', 'no voy a poder llegar', 'no podremos ir',
  'have a room with you', 'got a room with you',
   'ya tengo cuarto', 'ya tenemos cuarto', 'ya tengo habitacion', 'ya tenemos habitacion',
];
/** Their room, spoken of as theirs: "is my room ready?" (not where a guest in the house speaks of it: "I left it in my room"). */
const MY_ROOM = ['my room', 'our room', 'our rooms', 'my rooms', 'mi cuarto', 'mi habitacion', 'nuestro cuarto', 'nuestra habitacion', 'nuestros cuartos'];
const MADE_SET = phraseSet([...MADE_ES, ...MADE_EN]);
/** A new one wanted: "I want to book again", "quiero reservar otra vez". */
const WANTS_NEW = [
  'want to book', 'want to reserve', 'like to book', 'like to reserve', 'wanna book', 'need to book', 'need to reserve',
  'make a reservation', 'make a booking', 'make another', 'new reservation', 'new booking', 'another reservation', 'another booking',
  'book again', 'book another', 'reserve another', 'looking to book', 'hoping to book', 'can i book', 'could i book', 'can i reserve',
  'quiero reservar', 'quisiera reservar', 'queremos reservar', 'gustaria reservar', 'necesito reservar', 'quiero apartar',
  'quisiera apartar', 'hacer una reservacion', 'hacer una reserva', 'hacer otra', 'nueva reservacion', 'nueva reserva',
  'otra reservacion', 'otra reserva', 'reservar otra', 'reservar de nuevo', 'volver a reservar', 'puedo reservar',
  // One under way when the call dropped ("got cut off, was booking a room"): not made yet.
  'was booking', 'were booking', 'was trying to book', 'were trying to book', 'was making a reservation', 'was in the middle of booking',
  'estaba reservando', 'estabamos reservando', 'estaba haciendo una reservacion', 'estaba haciendo una reserva',
];

/** Dates that are the caller's already: "I need to move my dates", "necesito cambiar mis fechas". */
const MY_DATES = ['my dates', 'our dates', 'my date', 'our date', 'mis fechas', 'nuestras fechas', 'mi fecha', 'nuestra fecha'];

/** Whether the words tell of a reservation made before: "change the dates of my reservation" at the greeting is one to look up. */
export function speaksOfReservationMade(text: string): boolean {
  try {
    const tokens = tokenize(text);
    return saysReservationMade(tokens, text) || hasAnyPhrase(tokens, MY_DATES);
  } catch {
    return false;
  }
}

/** Whether the words tell of a reservation made before (not one to make). */
function saysReservationMade(tokens: readonly string[], raw: string): boolean {
  if (saysAny(tokens, EXISTING_SET)) return true;
  // ("I booked here last year and want to book again": a new one.)
  if (hasAnyPhrase(tokens, WANTS_NEW)) return false;
  if (saysAny(tokens, MADE_SET)) return true;
  if (hasAnyPhrase(tokens, MY_ROOM) && !saysGuestInHouse(raw)) return true;
  // Texted without the subject: "booked for the 3rd under Nguyen", "reserved 2 rooms for friday".
  if ((tokens[0] === 'booked' || tokens[0] === 'reserved') && tokens[1] !== 'up') return true;
  // "Reservé", "aparté", "apartó", with the accent as speech recognition writes it (texted without
  // one, "reserve" is also the English word: only with the Spanish around it, above).
  if (/(?<![\p{L}])(?:reserv|apart)[éó](?![\p{L}])/iu.test(raw)) return true;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!;
    // "My wife booked us a room", "I reserved a king", "my company booked me" (not "are you booked up?").
    if ((word === 'booked' || word === 'reserved') && MAKERS.has(tokens[i - 1] ?? '') && tokens[i + 1] !== 'up') return true;
    // "Mi esposa reservo", "ya reservo" texted without the accent of "reservó" (alone, "mejor reservo aquí" books: I book).
    if ((word === 'reservo' || word === 'aparto') && MAKERS_ES.has(tokens[i - 1] ?? '')) return true;
    // "We have a room booked", "tengo apartado un cuarto", "tenemos reservadas dos habitaciones", "got a rez for the 5th".
    if ((RESERVATION_NOUNS.has(word) || MADE.has(word)) && hasAnyPhrase(tokens.slice(Math.max(0, i - 4), i), HAVING)) return true;
  }
  return false;
}

// --- a guest in the house --------------------------------------------------------------------

/**
 * What a guest staying at the hotel (or one who stayed) calls about: their room by its number, a
 * thing left behind, a complaint, a charge. Neither a new booking nor a reservation to look up.
 */
const IN_HOUSE = [
  'guest in room', 'staying in room', 'i m in room', 'im in room', 'i am in room', 'we re in room', 'we are in room', 'in my room',
  'left my', 'left our', 'left something', 'forgot my', 'forgot something', 'lost and found', 'lost my', 'complain', 'complaint',
  'complaining', 'towels', 'charged twice', 'double charged', 'overcharged', 'charged my', 'charged me', 'charged us', 'charge on my card', 'not working', 'is broken',
  's broken', 'housekeeping', 'room service', 'noise', 'noisy', 'refund',
  // "My room key isn't working", "the key card stopped working", "la llave no abre": a guest's, for the desk.
  'isnt working', 'isn t working', 'doesnt work', 'doesn t work', 'does not work', 'dont work', 'don t work', 'wont work',
  'won t work', 'stopped working', 'room key', 'key card', 'keycard', 'my key', 'our key',
  'huesped', 'huespedes', 'hospedado en', 'hospedada en', 'hospedados en', 'estoy en la habitacion', 'estoy en el cuarto',
  'estamos en la habitacion', 'estamos en el cuarto', 'en mi cuarto', 'en mi habitacion', 'deje mi', 'deje un', 'deje una',
  'olvide mi', 'olvide un', 'olvide una', 'se me olvido', 'objetos perdidos', 'perdi mi', 'queja', 'quejarme', 'reclamacion',
  'reclamo', 'toallas', 'me cobraron', 'cobro doble', 'doble cobro', 'no sirve', 'no funciona', 'esta descompuesto',
  'esta descompuesta', 'ruido', 'reembolso', 'servicio a la habitacion', 'servicio al cuarto', 'limpieza',
  // "Un cargador que olvidé en el cuarto", "lo que dejamos en la habitación", "la llave no abre".
  'que olvide', 'olvide en', 'olvidamos', 'se nos olvido', 'que deje', 'deje en', 'que dejamos', 'dejamos en', 'la llave',
  'mi llave', 'no abre', 'no jala',
];
const IN_HOUSE_SET = phraseSet(IN_HOUSE);
/** A room by its number: "room 204", "la habitación 310", "del cuarto 12". */
const ROOM_WORDS = new Set(['room', 'rm', 'habitacion', 'cuarto', 'suite']);
const BEFORE_A_ROOM_NUMBER = new Set(['in', 'from', 'en', 'de', 'del', 'la', 'el', 'my', 'mi', 'our']);

/** Whether the caller is (or was) a guest calling about their stay: "I'm a guest in room 204", "dejé mi cargador en el cuarto". */
export function saysGuestInHouse(text: string): boolean {
  try {
    const tokens = tokenize(text);
    if (saysAny(tokens, IN_HOUSE_SET)) return true;
    return tokens.some((word, i) => {
      const number = tokens[i + 1] ?? '';
      if (!ROOM_WORDS.has(word) || !/^\d+$/.test(number)) return false;
      return number.length >= 3 || BEFORE_A_ROOM_NUMBER.has(tokens[i - 1] ?? '');
    });
  } catch {
    return false;
  }
}

/** "I need to cancel a booking", "quiero cancelar una reservación": one that exists, not a new one. */
const CANCELS = ['cancel', 'cancelling', 'canceling', 'cancellation', 'cancelar', 'cancelarla', 'cancelacion', 'anular'];
/** Asking about cancelling, not to cancel: "what is the cancellation policy?", "¿cobran por cancelar?". */
const ABOUT_CANCELLING = [
  'policy', 'policies', 'politica', 'politicas', 'fee', 'fees', 'charge', 'penalty', 'cobran', 'cargo', 'penalizacion', 'deadline', 'plazo', 'can i', 'puedo',
  // "¿Se puede cancelar sin costo?", "is it free to cancel?", "how late can you cancel?".
  'se puede', 'sin costo', 'costo', 'cuesta', 'cobro', 'gratis', 'free', 'refundable', 'reembolsable', 'hasta cuando', 'until when',
  'how late', 'is it possible', 'can you', 'can we', 'podemos',
];

/** Asking for the question again, wherever it appears (one vocabulary with the reader before the question's: repeat-asked.ts). */
const REPEAT_SET = phraseSet(REPEAT_ANYWHERE);

/**
 * Asking what there is ("what else do you have?", "¿y qué otra tienen?"), the choices just offered
 * being the answer: the question again, but only when that is all that is said ("what do you have
 * for Friday?" says a day).
 */
const OPTIONS_ASKED = [
  'what else', 'what other', 'what others', 'which other', 'which others', 'what are my options', 'what are the options',
  'what options', 'what do you have', 'what have you got', 'what s available', 'whats available', 'what is available',
  'que otra', 'que otras', 'que otro', 'que otros', 'cual otra', 'cuales otras', 'que opciones', 'que mas', 'que hay',
  'que tienen', 'que tiene', 'cuales tienen', 'cuales hay',
];
/** What may come with OPTIONS_ASKED and still be only that question. */
const OPTIONS_FILLER = [
  'do you have', 'you have', 'have', 'got', 'available', 'left', 'then', 'there', 'is', 'are', 'tienen', 'tiene', 'hay',
  'disponible', 'disponibles', 'entonces', 'y', 'and', 'so', 'ok', 'okay', 'bueno', 'pues', 'well', 'alguna', 'algo',
  'room', 'rooms', 'types', 'kinds', 'options', 'habitacion', 'habitaciones', 'cuarto', 'cuartos', 'opciones',
];

/** Only OPTIONS_ASKED (and its filler) was said. */
function asksTheOptions(tokens: readonly string[]): boolean {
  if (!hasAnyPhrase(tokens, OPTIONS_ASKED)) return false;
  return removePhrases(removePhrases(tokens, OPTIONS_ASKED), OPTIONS_FILLER).every(comesWithIt);
}

function isRepeat(tokens: readonly string[]): boolean {
  return saysAny(tokens, REPEAT_SET) || asksTheOptions(tokens) || asksOnlyToHearAgain(tokens);
}

const BOOK = [
  'book', 'book a room', 'booking', 'reservation', 'reservations', 'make a reservation', 'new reservation', 'reserve',
  'a room', 'room', 'rooms', 'rooms available', 'availability', 'available', 'vacancy', 'vacancies',
  'reservar', 'reservacion', 'reservaciones', 'reserva', 'hacer una reservacion', 'hacer una reserva',
  // "Mejor reservo aquí", "quiero apartar", "¿me aparta uno?": booking, said the Mexican way.
  'reservo', 'apartar', 'aparto', 'me aparta', 'me puede apartar', 'apartarme', 'apartenme',
  'nueva reservacion', 'una habitacion', 'un cuarto', 'cuarto', 'cuartos', 'habitacion', 'habitaciones', 'disponibilidad',
  'disponible', 'hospedaje', 'hospedarme', 'hospedarnos',
  // Asking whether there is room at all: "are you booked up this weekend?", "¿están llenos?".
  'booked up', 'fully booked', 'sold out', 'estan llenos', 'esta lleno',
  // "Quiero saber si tienen lugar", "¿hay espacio?": room at the hotel, asked in Mexico.
  'tienen lugar', 'tiene lugar', 'tendran lugar', 'tendra lugar', 'hay lugar', 'tienen espacio', 'hay espacio', 'have space', 'any space',
];

const CHANGE_DATES_SET = phraseSet(CHANGE_DATES);
const EXISTING_SET = phraseSet(EXISTING);
const BOOK_SET = phraseSet(BOOK);

/**
 * The caller's intent, or null. Checked in this order: agent, language, changeDates,
 * existing, repeat, book.
 */
export function intentFromSpeech(text: string, _locale: Locale): Intent | null {
  try {
    const tokens = tokenize(text);
    if (tokens.length === 0) return null;
    if (isAgent(tokens)) return 'agent';
    const lang = language(tokens);
    if (lang) return lang;
    if (saysAny(tokens, CHANGE_DATES_SET)) return 'changeDates';
    if (saysReservationMade(tokens, text) || (hasAnyPhrase(tokens, CANCELS) && !hasAnyPhrase(tokens, ABOUT_CANCELLING))) return 'existing';
    // ("Quiero reservar otra vez": a booking, not the question again.)
    if (isRepeat(tokens) && !hasAnyPhrase(tokens, WANTS_NEW)) return 'repeat';
    // "I'm a guest in room 204": no booking, though a room is named.
    if (saysAny(tokens, BOOK_SET) && (hasAnyPhrase(tokens, WANTS_NEW) || !saysGuestInHouse(text))) return 'book';
    return null;
  } catch {
    return null;
  }
}
