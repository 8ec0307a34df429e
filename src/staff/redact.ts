// What staff see of stored text goes through the same redaction as every input
// (src/privacy/redact.ts): a row stored before that redaction existed, or by a tool that skipped
// it, is still shown without a card number or a bidirectional control character.

export { redact as maskCardNumbers, redactDeep as maskDeep } from '../privacy/redact.ts';
