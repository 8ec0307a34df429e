/**
 * TwiML parsing for the softphone: turns a `<Response>` document into a list of verbs, the
 * way Twilio reads it. Only what a voice call needs is modelled; anything else becomes an
 * `unknown` verb so the caller can decide what to do with it.
 *
 * Verb names are case-sensitive in TwiML (`<say>` is not `<Say>`), as Twilio treats them.
 * Reference: https://www.twilio.com/docs/voice/twiml
 */
import { DOMParser } from '@xmldom/xmldom';
import type { Element, Node } from '@xmldom/xmldom';

export const GATHER_INPUTS = ['dtmf', 'speech'] as const;
export type GatherInput = (typeof GATHER_INPUTS)[number];
export type HttpMethod = 'GET' | 'POST';

export interface SayVerb {
  verb: 'say';
  text: string;
  voice?: string;
  language?: string;
  /** `loop` attribute: how many times Twilio says it (0 = until the call ends). */
  loop?: number;
}
export interface PlayVerb {
  verb: 'play';
  url: string;
  loop?: number;
  /** `digits` attribute: DTMF tones Twilio plays instead of a URL. */
  digits?: string;
}
export interface PauseVerb {
  verb: 'pause';
  /** Seconds; Twilio's default is 1. */
  length: number;
}
export type GatherChild = SayVerb | PlayVerb | PauseVerb;
export interface GatherVerb {
  verb: 'gather';
  action?: string;
  method?: HttpMethod;
  /** Defaults to `['dtmf']`, as Twilio does when `input` is absent. */
  input: GatherInput[];
  numDigits?: number;
  finishOnKey?: string;
  /** Seconds (Twilio default 5). */
  timeout?: number;
  speechTimeout?: string;
  speechModel?: string;
  language?: string;
  hints?: string;
  actionOnEmptyResult?: boolean;
  children: GatherChild[];
}
export interface RedirectVerb {
  verb: 'redirect';
  url: string;
  method?: HttpMethod;
}
export interface DialTarget {
  kind: 'number';
  number: string;
  /** `<Number url>`: TwiML played to the called party (a whisper) before connecting. */
  url?: string;
  method?: HttpMethod;
}
export interface DialVerb {
  verb: 'dial';
  action?: string;
  method?: HttpMethod;
  /** Ring timeout in seconds (Twilio default 30). */
  timeout?: number;
  callerId?: string;
  answerOnBridge?: boolean;
  record?: string;
  targets: DialTarget[];
}
export interface RecordVerb {
  verb: 'record';
  action?: string;
  method?: HttpMethod;
  /** Seconds (Twilio default 3600). */
  maxLength?: number;
  /** Seconds of silence that end the recording (Twilio default 5). */
  timeout?: number;
  /** Keys that end the recording (Twilio default: any key, `1234567890*#`). */
  finishOnKey?: string;
  playBeep?: boolean;
  transcribe?: boolean;
  transcribeCallback?: string;
  recordingStatusCallback?: string;
}
export interface HangupVerb {
  verb: 'hangup';
}
export interface RejectVerb {
  verb: 'reject';
  reason?: 'rejected' | 'busy';
}
export interface MessageVerb {
  verb: 'message';
  text: string;
}
export interface UnknownVerb {
  verb: 'unknown';
  name: string;
}

export type Verb =
  | SayVerb
  | PlayVerb
  | PauseVerb
  | GatherVerb
  | RedirectVerb
  | DialVerb
  | RecordVerb
  | HangupVerb
  | RejectVerb
  | MessageVerb
  | UnknownVerb;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/**
 * Parses a TwiML document. Throws an Error naming the problem when the XML is malformed,
 * the root is not `<Response>`, or a `<Gather>` holds something other than
 * `<Say>`/`<Play>`/`<Pause>` (Twilio rejects such a document).
 */
export function parseTwiml(xml: string): Verb[] {
  if (typeof xml !== 'string' || xml.trim() === '') {
    throw new Error('TwiML parse error: the document is empty');
  }
  let root: Element | null;
  let problem: string | undefined;
  try {
    const parser = new DOMParser({
      // Stop at the first error (xmldom would otherwise log it and carry on); ignore warnings.
      onError: (level, message) => {
        if (level === 'warning') return;
        problem ??= message;
        throw new Error(message);
      },
    });
    root = parser.parseFromString(xml, 'text/xml').documentElement;
  } catch (err) {
    throw new Error(`TwiML parse error: malformed XML: ${problem ?? errorMessage(err)}`, { cause: err });
  }
  if (!root) throw new Error('TwiML parse error: the document has no root element');
  if (root.nodeName !== 'Response') {
    throw new Error(`TwiML parse error: the root element is <${root.nodeName}>, expected <Response>`);
  }
  return childElements(root).map(parseVerb);
}

function parseVerb(el: Element): Verb {
  switch (el.nodeName) {
    case 'Say':
      return parseSay(el);
    case 'Play':
      return parsePlay(el);
    case 'Pause':
      return parsePause(el);
    case 'Gather':
      return parseGather(el);
    case 'Redirect':
      return compact<RedirectVerb>({ verb: 'redirect', url: text(el), method: method(el, 'method') });
    case 'Dial':
      return parseDial(el);
    case 'Record':
      return compact<RecordVerb>({
        verb: 'record',
        action: attr(el, 'action'),
        method: method(el, 'method'),
        maxLength: num(el, 'maxLength'),
        timeout: num(el, 'timeout'),
        finishOnKey: rawAttr(el, 'finishOnKey'),
        playBeep: bool(el, 'playBeep'),
        transcribe: bool(el, 'transcribe'),
        transcribeCallback: attr(el, 'transcribeCallback'),
        recordingStatusCallback: attr(el, 'recordingStatusCallback'),
      });
    case 'Hangup':
      return { verb: 'hangup' };
    case 'Reject': {
      const reason = attr(el, 'reason');
      return reason === 'busy' || reason === 'rejected' ? { verb: 'reject', reason } : { verb: 'reject' };
    }
    case 'Message':
      return { verb: 'message', text: text(el) };
    default:
      return { verb: 'unknown', name: el.nodeName };
  }
}

function parseSay(el: Element): SayVerb {
  return compact<SayVerb>({
    verb: 'say',
    text: text(el),
    voice: attr(el, 'voice'),
    language: attr(el, 'language'),
    loop: num(el, 'loop'),
  });
}

function parsePlay(el: Element): PlayVerb {
  return compact<PlayVerb>({ verb: 'play', url: text(el), loop: num(el, 'loop'), digits: attr(el, 'digits') });
}

function parsePause(el: Element): PauseVerb {
  return { verb: 'pause', length: num(el, 'length') ?? 1 };
}

function parseGather(el: Element): GatherVerb {
  const children: GatherChild[] = childElements(el).map((child) => {
    switch (child.nodeName) {
      case 'Say':
        return parseSay(child);
      case 'Play':
        return parsePlay(child);
      case 'Pause':
        return parsePause(child);
      default:
        throw new Error(
          `TwiML parse error: <Gather> may contain only <Say>, <Play> and <Pause>, found <${child.nodeName}>`,
        );
    }
  });
  const inputAttr = attr(el, 'input');
  const input: GatherInput[] = inputAttr
    ? inputAttr
        .split(/\s+/)
        .filter((word): word is GatherInput => (GATHER_INPUTS as readonly string[]).includes(word))
    : ['dtmf'];
  return compact<GatherVerb>({
    verb: 'gather',
    action: attr(el, 'action'),
    method: method(el, 'method'),
    input,
    numDigits: num(el, 'numDigits'),
    finishOnKey: rawAttr(el, 'finishOnKey'),
    timeout: num(el, 'timeout'),
    speechTimeout: attr(el, 'speechTimeout'),
    speechModel: attr(el, 'speechModel'),
    language: attr(el, 'language'),
    hints: attr(el, 'hints'),
    actionOnEmptyResult: bool(el, 'actionOnEmptyResult'),
    children,
  });
}

function parseDial(el: Element): DialVerb {
  const targets: DialTarget[] = [];
  for (const node of childNodes(el)) {
    if (node.nodeType === ELEMENT_NODE && node.nodeName === 'Number') {
      const child = node as Element;
      targets.push(
        compact<DialTarget>({ kind: 'number', number: text(child), url: attr(child, 'url'), method: method(child, 'method') }),
      );
    } else if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      const bare = (node.nodeValue ?? '').trim();
      if (bare) targets.push({ kind: 'number', number: bare });
    }
  }
  return compact<DialVerb>({
    verb: 'dial',
    action: attr(el, 'action'),
    method: method(el, 'method'),
    timeout: num(el, 'timeout'),
    callerId: attr(el, 'callerId'),
    answerOnBridge: bool(el, 'answerOnBridge'),
    record: attr(el, 'record'),
    targets,
  });
}

// --- DOM helpers -------------------------------------------------------------------------

function childNodes(el: Element): Node[] {
  const nodes: Node[] = [];
  for (let i = 0; i < el.childNodes.length; i++) {
    const node = el.childNodes.item(i);
    if (node) nodes.push(node);
  }
  return nodes;
}

function childElements(el: Element): Element[] {
  return childNodes(el).filter((node): node is Element => node.nodeType === ELEMENT_NODE);
}

/** Text content with whitespace collapsed (SSML children such as `<break>` add no words). */
function text(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** An attribute, trimmed; absent or blank → undefined. */
function attr(el: Element, name: string): string | undefined {
  const value = rawAttr(el, name)?.trim();
  return value ? value : undefined;
}

/** An attribute as written (an empty finishOnKey means "no finish key", so it must survive). */
function rawAttr(el: Element, name: string): string | undefined {
  return el.hasAttribute(name) ? (el.getAttribute(name) ?? '') : undefined;
}

function num(el: Element, name: string): number | undefined {
  const value = attr(el, name);
  if (value === undefined) return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

function bool(el: Element, name: string): boolean | undefined {
  const value = attr(el, name)?.toLowerCase();
  if (value === undefined) return undefined;
  return value === 'true';
}

function method(el: Element, name: string): HttpMethod | undefined {
  const value = attr(el, name)?.toUpperCase();
  return value === 'GET' || value === 'POST' ? value : undefined;
}

/** Drops undefined properties so parsed verbs compare cleanly with `toEqual`. */
function compact<T extends object>(obj: T): T {
  for (const key of Object.keys(obj) as (keyof T)[]) {
    if (obj[key] === undefined) delete obj[key];
  }
  return obj;
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
