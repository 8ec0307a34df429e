// The settings of an app on a test PostgreSQL database, as the PostgreSQL tests load them: the test
// app's public URL, auth token and number (test/helpers/app.ts), silent logs, and `env` over them.

import { loadConfig } from '../../src/config.ts';
import type { Config } from '../../src/config.ts';
import { HOTEL_NUMBER, TEST_AUTH_TOKEN, TEST_PUBLIC_URL } from '../helpers/app.ts';

export function postgresConfig(url: string, env: Record<string, string> = {}): Readonly<Config> {
  return loadConfig({
    PUBLIC_BASE_URL: TEST_PUBLIC_URL,
    TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN,
    TWILIO_PHONE_NUMBER: HOTEL_NUMBER,
    DATABASE_URL: url,
    LOG_LEVEL: 'silent',
    ...env,
  });
}
