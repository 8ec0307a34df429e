// The words that stand where a caller's card number was. Every input is redacted before the flow
// sees it (src/privacy/redact.ts writes these words); the flow recognises them, so a card number
// said at any question is answered with a reminder that none is needed (never read as a name).

const PLACEHOLDER_START = '[card number hidden';

export function cardPlaceholder(lastFour: string): string {
  return `${PLACEHOLDER_START}, ending ${lastFour}]`;
}

export function hasHiddenCardNumber(text: string): boolean {
  return text.includes(PLACEHOLDER_START);
}
