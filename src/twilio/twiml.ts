// TwiML as strings: the builder API of the twilio library's VoiceResponse and MessagingResponse
// (the part Conserje uses), writing the very same bytes. The library builds an xmlbuilder tree
// and walks it for every document, about 50 µs per turn; these classes keep a small tree of
// strings and join it, about 5 (issue 14). test/twilio/twiml.test.ts holds them to the
// library's output, byte for byte, over random documents and over every document the call
// flow renders.
//
// What the library does, and so these do (xmlbuilder 13 behind twilio 6):
// - `<?xml version="1.0" encoding="UTF-8"?>` and no whitespace between elements;
// - attributes in the object's own key order; null or undefined ones left out; arrays joined
//   with spaces (`input="dtmf speech"`); any other value as `"" + value`;
// - text escapes & < > and CR; attribute values escape & < " TAB LF and CR (not >);
// - text with characters XML 1.0 cannot carry (most control characters, lone surrogates): the
//   library throws, and the turn apologised and sent the caller to the desk; here those characters
//   are left out (round 21: one in a hotel file's name or answer broke every call that said it).
//   Likewise in attribute values, which the library does not check (twilio replaces xmlbuilder's
//   attribute stringifier with one that only escapes) and writes into a document Twilio refuses;
// - an element with no text, or empty text, closes itself: `<Hangup/>`.
//
// The signature helpers are the library's own (twilio/lib/webhooks): `import twilio from 'twilio'`
// loads the REST client for every Twilio API, 130–190 ms of a cold start (profiled).

import type TwilioVoiceResponse from 'twilio/lib/twiml/VoiceResponse.js';
import type TwilioMessagingResponse from 'twilio/lib/twiml/MessagingResponse.js';
import { getExpectedTwilioSignature, getSignatureAlgorithm, validateRequest } from 'twilio/lib/webhooks/webhooks.js';

export { getExpectedTwilioSignature, getSignatureAlgorithm, validateRequest };

type Attributes = object;

/** Characters XML 1.0 cannot carry, as xmlbuilder's assertLegalChar finds them, each one alone. */
// eslint-disable-next-line no-control-regex
const ILLEGAL_CHARS = /[\0-\x08\x0B\f\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** The same, to test for one (a global expression's `test` would carry its lastIndex from one text to the next). */
const ILLEGAL_CHAR = new RegExp(ILLEGAL_CHARS.source);
const TEXT_SPECIAL = /[&<>\r]/;
const ATTRIBUTE_SPECIAL = /[&<"\t\n\r]/;

export function escapeText(value: string): string {
  const text = TEXT_SPECIAL.test(value)
    ? value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#xD;')
    : value;
  return withoutIllegalXml(text);
}

/** The text without the characters XML 1.0 cannot carry. Tested before replacing: this runs on every text written. */
export function withoutIllegalXml(text: string): string {
  return ILLEGAL_CHAR.test(text) ? text.replace(ILLEGAL_CHARS, '') : text;
}

export function escapeAttribute(value: string): string {
  if (!ATTRIBUTE_SPECIAL.test(value)) return value;
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#x9;')
    .replace(/\n/g, '&#xA;')
    .replace(/\r/g, '&#xD;');
}

function attributesXml(attributes: Attributes | undefined): string {
  let xml = '';
  if (attributes === undefined || attributes === null) return xml;
  for (const name in attributes) {
    if (!Object.prototype.hasOwnProperty.call(attributes, name)) continue;
    const value: unknown = (attributes as Record<string, unknown>)[name];
    if (value === undefined || value === null) continue;
    xml += ` ${name}="${escapeAttribute(withoutIllegalXml(Array.isArray(value) ? value.join(' ') : `${value as string}`))}"`;
  }
  return xml;
}

/** One element: its opening tag's attributes, and children kept as written strings or elements. */
class Element {
  private readonly children: (Element | string)[] = [];

  constructor(
    private readonly name: string,
    private readonly attributes: string,
  ) {}

  /** The library's `ele(name, attributes, text)`, where a string in place of the attributes is the text. */
  child<T extends Element>(make: new (name: string, attributes: string) => T, name: string, attributes?: Attributes | string, text?: unknown): T {
    if (typeof attributes === 'string') {
      text = attributes;
      attributes = undefined;
    }
    const element = new make(name, attributesXml(attributes));
    if (text !== undefined && text !== null) {
      const written = escapeText(`${text as string}`);
      if (written !== '') element.children.push(written);
    }
    this.children.push(element);
    return element;
  }

  xml(): string {
    if (this.children.length === 0) return `<${this.name}${this.attributes}/>`;
    let inner = '';
    for (const c of this.children) inner += typeof c === 'string' ? c : c.xml();
    return `<${this.name}${this.attributes}>${inner}</${this.name}>`;
  }
}

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** What may be said inside a `<Gather>` (and at the top level). */
class Sayer extends Element {
  say(attributes: TwilioVoiceResponse.SayAttributes | string, message?: string): Element {
    return this.child(Element, 'Say', attributes, message);
  }

  play(attributes?: TwilioVoiceResponse.PlayAttributes | string, url?: string): Element {
    return this.child(Element, 'Play', attributes, url);
  }

  pause(attributes?: TwilioVoiceResponse.PauseAttributes): Element {
    return this.child(Element, 'Pause', attributes);
  }
}

export class Dial extends Element {
  number(attributes: TwilioVoiceResponse.NumberAttributes | string, phoneNumber?: string): Element {
    return this.child(Element, 'Number', attributes, phoneNumber);
  }
}

export class Gather extends Sayer {}

/** `<Response>` for a voice webhook: the library's VoiceResponse, for the verbs Conserje uses. */
export class VoiceResponse {
  private readonly root = new Sayer('Response', '');

  say(attributes: TwilioVoiceResponse.SayAttributes | string, message?: string): Element {
    return this.root.say(attributes, message);
  }

  play(attributes?: TwilioVoiceResponse.PlayAttributes | string, url?: string): Element {
    return this.root.play(attributes, url);
  }

  pause(attributes?: TwilioVoiceResponse.PauseAttributes): Element {
    return this.root.pause(attributes);
  }

  gather(attributes?: TwilioVoiceResponse.GatherAttributes): Gather {
    return this.root.child(Gather, 'Gather', attributes);
  }

  redirect(attributes: TwilioVoiceResponse.RedirectAttributes | string, url?: string): Element {
    return this.root.child(Element, 'Redirect', attributes, url);
  }

  record(attributes?: TwilioVoiceResponse.RecordAttributes): Element {
    return this.root.child(Element, 'Record', attributes);
  }

  dial(attributes?: TwilioVoiceResponse.DialAttributes | string, number?: string): Dial {
    return this.root.child(Dial, 'Dial', attributes, number);
  }

  hangup(attributes?: object): Element {
    return this.root.child(Element, 'Hangup', attributes);
  }

  reject(attributes?: TwilioVoiceResponse.RejectAttributes): Element {
    return this.root.child(Element, 'Reject', attributes);
  }

  toString(): string {
    return DECLARATION + this.root.xml();
  }
}

/** `<Response>` for a messaging webhook: the library's MessagingResponse, for `<Message>`. */
export class MessagingResponse {
  private readonly root = new Element('Response', '');

  message(attributes: TwilioMessagingResponse.MessageAttributes | string, body?: string): Element {
    return this.root.child(Element, 'Message', attributes, body);
  }

  toString(): string {
    return DECLARATION + this.root.xml();
  }
}
