// PUBLIC_BASE_URL set to the voice (or messaging) webhook's own URL, as the Twilio console shows it
// ("https://hotel.example.com/voice"): the app took /voice for a path prefix, looked for its
// webhooks under /voice/voice and refused every real call's signature, each caller hearing
// "an application error has occurred". Refused at start, saying what to set instead.

import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

const refused = (url: string): string | null => {
  try {
    loadConfig({ PORT: '0', PUBLIC_BASE_URL: url });
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  return null;
};

describe('PUBLIC_BASE_URL set to a webhook URL', () => {
  it.each([
    ['https://hotel.example.com/voice', 'https://hotel.example.com'],
    ['https://hotel.example.com/voice/', 'https://hotel.example.com'],
    ['https://abc123.ngrok.app/sms', 'https://abc123.ngrok.app'],
    ['https://hotel.example.com/conserje/voice/status', 'https://hotel.example.com/conserje'],
    ['https://hotel.example.com/conserje/SMS/status', 'https://hotel.example.com/conserje'],
  ])('refuses %s and says to set %s', (url, base) => {
    const message = refused(url);
    expect(message).toMatch(/not a webhook's/);
    expect(message).toContain(`set it to "${base}"`);
  });

  it('never repeats a password while saying so', () => {
    const message = refused('https://admin:hunter2secret@hotel.example.com/voice');
    expect(message).not.toContain('hunter2secret');
  });

  it('takes a base URL whose path only looks like one', () => {
    for (const url of ['https://hotel.example.com', 'https://hotel.example.com/conserje', 'https://hotel.example.com/voices', 'https://hotel.example.com/voice-app', 'https://hotel.example.com/sms-ivr']) {
      expect(refused(url), url).toBeNull();
    }
  });
});
