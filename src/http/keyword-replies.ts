// Answers to a text that is a keyword rather than a step of a conversation: STATUS (ESTADO), and
// the carrier keywords Twilio leaves to us (AYUDA, PARAR, INICIAR; HELP with an invisible
// character in it). The text-flood limits count conversations (src/sms/text-flood.ts), so these
// were never counted: one number texting STATUS got every one answered (120 in ten minutes, in a
// test), each reply paid for by the hotel, and from a premium-rate number paid to the sender
// (SMS pumping). Now a number gets at most KEYWORD_REPLIES_PER_HOUR such answers an hour at a
// property; past it the keyword still acts (PARAR still opts out, INICIAR back in) and nothing
// is sent. A guest asking STATUS, or for help, a few times a day never reaches it. The answer to a
// text to a number no property of a group claims is limited the same way, counted apart.
//
// Counted in this process's memory, not in a table: with several instances behind a load
// balancer a number may get that many answers from each (still a few, not without end). At most
// MAX_SENDERS numbers are remembered, the one heard from longest ago forgotten first.

export const KEYWORD_REPLIES_PER_HOUR = 6;
const MAX_SENDERS = 10_000;
const HOUR = 3_600_000;

export class KeywordReplies {
  /** Per sender (and property), the times of the answers sent within the last hour, oldest first. */
  readonly #sent = new Map<string, number[]>();

  constructor(
    private readonly limit = KEYWORD_REPLIES_PER_HOUR,
    private readonly maxSenders = MAX_SENDERS,
  ) {}

  /** Whether an answer to `sender` may be sent at `now`; counted when it may. */
  take(sender: string, now: Date): boolean {
    const at = now.getTime();
    const recent = (this.#sent.get(sender) ?? []).filter((sent) => sent > at - HOUR);
    const allowed = recent.length < this.limit;
    if (allowed) recent.push(at);
    // Re-inserted, so the Map's order is the order senders were last heard from.
    this.#sent.delete(sender);
    this.#sent.set(sender, recent);
    for (const oldest of this.#sent.keys()) {
      if (this.#sent.size <= this.maxSenders) break;
      this.#sent.delete(oldest);
    }
    return allowed;
  }
}
