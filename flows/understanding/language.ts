// Which language a caller speaks or writes, from the words themselves: so a Spanish speaker at the
// English greeting, or a first text in Spanish, is answered in Spanish. Whole words that belong to
// one language only; a tie (or nothing to go on) → null. Pure; never throws.

import { tokenize } from './normalize.ts';

const SPANISH = new Set([
  'hola', 'buenas', 'buenos', 'dias', 'tardes', 'noches', 'gracias', 'favor', 'porfa', 'quiero', 'quisiera', 'queria',
  'necesito', 'necesitamos', 'tienen', 'tiene', 'hay', 'aceptan', 'puedo', 'pueden', 'podria', 'somos', 'soy', 'llamo',
  'para', 'por', 'del', 'al', 'el', 'la', 'los', 'las', 'una', 'un', 'unos', 'y', 'con', 'que', 'es', 'en', 'esta',
  'estan', 'este', 'mi', 'nos', 'de', 'habitacion', 'habitaciones', 'cuarto', 'cuartos', 'noche', 'reservar',
  'reservacion', 'reserva', 'semana', 'finde', 'manana', 'hoy', 'pasado', 'proximo', 'proxima', 'lunes', 'martes',
  'miercoles', 'jueves', 'viernes', 'sabado', 'domingo', 'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio',
  'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre', 'efectivo', 'tarjeta', 'credito', 'debito',
  'desayuno', 'estacionamiento', 'mascotas', 'perros', 'direccion', 'impuestos', 'incluido', 'incluye', 'salida',
  'entrada', 'llegamos', 'salimos', 'llego', 'hasta', 'desde', 'estado', 'estatus', 'cancelar', 'agente', 'operador',
  'recepcion', 'espanol', 'cama', 'camas', 'doble', 'dobles', 'sencilla', 'sencillas', 'cuanto', 'cual', 'donde',
  'cuando', 'quiere', 'si', 'claro', 'bueno', 'nombre', 'apellido', 'dos', 'tres', 'cuatro', 'cinco', 'personas',
  'hora', 'horas', 'cuesta', 'precio', 'ocupo', 'aparta', 'apartar', 'puede', 'se', 'llevar', 'mascota', 'perro',
  'gato', 'hacer', 'tengo', 'tenemos', 'queremos', 'llegar', 'salir', 'ver', 'usted', 'ustedes', 'cuanta', 'cuantas',
  'cuantos', 'tendra', 'tendran', 'fijese', 'oiga', 'disculpe', 'perdon', 'mande', 'gratis',
  // Times of day, and texted short forms: "mñn temprano 1 hab", "hab 30/11".
  'temprano', 'tarde', 'madrugada', 'mediodia', 'hab', 'habs', 'mnn', 'mna', 'nomas', 'ahorita',
  // Days and months texted short: "vie a dom", "del 5 al 8 dic" (not "dom", "mar": a name, a word of both).
  'lun', 'mie', 'jue', 'vie', 'sab', 'dic', 'ene', 'xfa',
  // Mexican holidays and stays: "puente d guadalupe", "nochebuena", "2 pernoctas".
  'puente', 'navidad', 'nochebuena', 'posadas', 'pernocta', 'pernoctas',
  // "Mejor reservo aquí", "aparto dos": booking said in the first person, and where.
  'reservo', 'aparto', 'mejor', 'aqui', 'alla', 'ahi',
]);
// "a" is a word of both ("a room", "a qué hora"), and "me" ("call me back", "me llamo"): they count for neither.

const ENGLISH = new Set([
  'hi', 'hello', 'hey', 'i', 'im', 'id', 'ill', 'need', 'want', 'would', 'like', 'an', 'the', 'room', 'rooms',
  'night', 'nights', 'for', 'to', 'from', 'do', 'does', 'you', 'have', 'is', 'are', 'please', 'thanks', 'thank',
  'book', 'booking', 'reservation', 'and', 'my', 'we', 'on', 'this', 'next', 'tomorrow', 'tonight', 'today',
  'weekend', 'cash', 'card', 'credit', 'what', 'time', 'how', 'much', 'any', 'can', 'get', 'available',
  'availability', 'check', 'parking', 'breakfast', 'pets', 'dogs', 'address', 'cancellation', 'policy', 'taxes',
  'included', 'status', 'cancel', 'agent', 'operator', 'english', 'yes', 'yeah', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'people', 'adults', 'name', 'of', 'it', 'be', 'will', 'with',
  'two', 'three', 'four', 'one', 'week', 'until', 'through', 'staying', 'arriving', 'leaving', 'double', 'single',
  'call', 'back', 'at',
  // Days and months texted short: "fri-sun", "dec 5-8", "2 nts".
  'mon', 'tues', 'wed', 'thurs', 'fri', 'sat', 'jan', 'dec', 'nts', 'ppl', 'tmrw', 'pls',
]);

/** 'en' or 'es' when the words lean one way, else null. */
export function languageOfWords(text: string): 'en' | 'es' | null {
  return languageOfTokens(tokenize(text));
}

/** languageOfWords, for words already normalised (see normalize.ts's tokenize). */
export function languageOfTokens(tokens: readonly string[]): 'en' | 'es' | null {
  try {
    let en = 0;
    let es = 0;
    for (const t of tokens) {
      if (ENGLISH.has(t)) en++;
      if (SPANISH.has(t)) es++;
    }
    return es > en ? 'es' : en > es ? 'en' : null;
  } catch {
    return null;
  }
}
