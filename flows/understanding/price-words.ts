// The words a price is asked with, in English and Spanish, kept once for the three readers that
// hear one: the whole request (the total or a type's rate, flows/reading/whole-request.ts), the
// rates asked of no type (rates-asked.ts) and a question about a type (room-type-asked.ts). Each
// was keeping its own copy, and a caller's idiom one of them learnt ("¿a cómo está…?", "rates")
// the others missed. Normalised words (normalize.ts's tokenize), by the part they play. Pure data.

/** The prices themselves, plural or as a list: "your rates", "pricing", "las tarifas", "una cotización". */
export const PRICE_LISTS: readonly string[] = [
  'rate', 'rates', 'prices', 'pricing', 'price list', 'price range', 'nightly rate', 'nightly rates', 'quote', 'tarifa', 'tarifas',
  'precios', 'costos', 'cotizacion', 'cotizar', 'cotizame', 'coticeme', 'me cotiza', 'me puede cotizar',
];

/** One price: "the price", "el precio". */
export const PRICE_NOUNS: readonly string[] = ['price', 'precio'];
/** What something costs: a price asked ("what does it cost?") or a choice by it ("whichever costs the least"). */
export const COST_WORDS: readonly string[] = ['cost', 'costs', 'costo'];

/**
 * What asks how much, however put: "how much", "what do you charge", "what's a king going for",
 * "what would the suite run me", "what's that come to", "¿cuánto?", "¿a cómo está?", "¿en cuánto
 * sale?", "¿cuánto cobran?", "¿a cómo me deja la doble?".
 */
export const HOW_MUCH: readonly string[] = [
  // (Not "going for", "run me", "come to", "me deja" alone: "we're going for the weekend", "run me through it",
  // "when we come to check in", "¿me deja pensarlo?".)
  'how much', 'what does it cost', 'what do you charge', 'what do you guys charge', 'going for these days', 'going for a night',
  'run me for', 'run me a night', 'run me per night', 'would run me', 'will run me', 'run us for', 'would run us',
  'that come to', 'that comes to', 'it come to', 'it comes to', 'gonna come to', 'going to come to', 'that comes out to',
  'cuanto', 'cuanta', 'que cuesta', 'cobran', 'me cobran', 'a como me deja', 'a como nos deja', 'a como me la deja',
  'a como esta', 'a como estan', 'a como sale', 'a como salen', 'a como anda', 'a como es', 'a como son', 'a como dan', 'en cuanto',
];

/** Asking for a price as a request: "give me a price on…", "¿me da el precio de…?" (not a type chosen by "give me"). */
export const PRICE_REQUESTED: readonly string[] = [
  'give me a price', 'give me the price', 'give me a quote', 'give me the rate', 'give me the rates', 'give me rates',
  'give me pricing', 'me da el precio', 'me das el precio', 'deme el precio', 'dame el precio', 'me da precio', 'me da la tarifa',
];
