// "Say that again" is one vocabulary (flows/understanding/repeat-asked.ts) read in two places:
// before a question's reader, the whole utterance only (asksToHearItAgain), and after it, in
// intents.ts, words asking again wherever they appear ("sorry, I didn't catch that part"); the
// hotel-question reader leaves a word that only asks again to it. Each side keeps what it caught
// when the two lists were apart (written before they were merged), and each now hears the other's.

import { describe, expect, it } from 'vitest';
import { asksToHearItAgain } from '../../../flows/understanding/repeat-asked.ts';
import { asksAQuestion } from '../../../flows/understanding/hotel-question.ts';
import { intentFromSpeech } from '../../../flows/understanding/intents.ts';
import { tokenize } from '../../../flows/understanding/normalize.ts';

/** What the reader before the question's caught alone (its list when apart). */
const ALONE_BEFORE = [
  'come again', 'say again', 'say that again', 'say it again', 'repeat', 'repeat that', 'repeat the question',
  'what did you say', 'what was that', 'what was the question', 'what', 'huh', 'pardon', 'pardon me', 'beg your pardon',
  "I didn't catch that", "didn't catch that", "didn't catch it", "I didn't hear you", "didn't hear that", "didn't hear you",
  "couldn't hear you", "couldn't hear that", "I can't hear you", 'I missed that', 'one more time', 'you broke up',
  "you're breaking up", "what's that",
  '¿cómo dijo?', '¿cómo dice?', '¿cómo?', '¿mande?', '¿qué dijo?', '¿qué?', 'perdón', 'no le escuché', 'no le oí', 'no le entendí',
  'no escuché', 'no oí', 'no entendí', '¿me lo repite?', '¿me la repite?', '¿me repite?', 'repite', 'repita', 'repítame',
  'repítamelo', '¿lo puede repetir?', '¿puede repetir?', '¿podría repetir?', 'otra vez', 'de nuevo', 'se cortó', 'no se escucha',
  'no le escucho',
  // With what may come with it.
  'sorry, what?', 'perdón, ¿cómo dijo, señorita?', 'excuse me, could you say that again please', 'oiga, ¿me repite la pregunta?',
];

/** What intents.ts caught anywhere in the words (its list when apart), said inside a longer sentence. */
const ANYWHERE_AFTER = [
  'repeat', 'repeat that', 'say that again', 'say it again', 'say again', 'come again', 'one more time',
  'what did you say', 'what was that', "didn't catch", "didn't hear", "didn't understand", 'did not understand',
  'I missed that', 'pardon',
  'repetir', 'repite', 'repita', 'repítelo', 'repítalo', 'repíteme', 'repítame', 'otra vez', 'de nuevo',
  'no entendí', 'no escuché', 'no oí', 'qué dijo', 'qué dijiste', 'puede repetir', 'podría repetir',
];

/** What intents.ts caught as (nearly) the whole utterance. */
const ALONE_AFTER = ['what', 'again', 'huh', 'que', 'como', 'mande', 'perdon', 'eh', 'sorry, what?', '¿cómo dice?', 'please, again', 'what else do you have?', '¿y qué otra tienen?'];

/** One word that asks nothing of the hotel, for the hotel-question reader (its list when apart). */
const NO_HOTEL_QUESTION = ['what?', '¿qué?', '¿cómo?', '¿mande?', '¿eres?', 'huh?', 'pardon?', 'ok, what?', 'oiga, ¿mande?'];

describe('one "say that again" vocabulary', () => {
  it.each(ALONE_BEFORE)('before the reader, alone: %s', (said) => expect(asksToHearItAgain(said)).toBe(true));
  it.each(ANYWHERE_AFTER)('after the reader, anywhere: "%s"', (phrase) => {
    expect(intentFromSpeech(`oh sorry ${phrase} the last part`, 'en-US')).toBe('repeat');
  });
  it.each(ALONE_AFTER)('after the reader, alone: %s', (said) => expect(intentFromSpeech(said, 'es-MX')).toBe('repeat'));
  it.each(NO_HOTEL_QUESTION)('no question of the hotel: %s', (said) => expect(asksAQuestion(said, tokenize(said))).toBe(false));

  it('each side hears the other\'s words now', () => {
    // intents' words, alone, before the reader.
    for (const said of ["I didn't understand", 'repítelo', '¿qué dijiste?', 'again?', 'eh?']) expect(asksToHearItAgain(said), said).toBe(true);
    // The reader-before's words, after the reader.
    for (const said of ['no le escuché', 'se cortó', 'you broke up', '¿me lo repite?', 'beg your pardon']) expect(intentFromSpeech(said, 'en-US'), said).toBe('repeat');
    // And the hotel-question reader leaves them all to it.
    for (const said of ['¿me repite?', 'sorry, come again?', 'what did you say?']) expect(asksAQuestion(said, tokenize(said)), said).toBe(false);
  });

  it('not: an answer that says "again", a yes, a booking again', () => {
    expect(asksToHearItAgain('let me say that again: the 12th')).toBe(false);
    expect(asksToHearItAgain('uh huh')).toBe(false);
    expect(asksToHearItAgain('mm hmm')).toBe(false);
    expect(intentFromSpeech('quiero reservar otra vez', 'es-MX')).toBe('book');
    expect(asksAQuestion('what time is breakfast?', tokenize('what time is breakfast?'))).toBe(true);
  });
});
