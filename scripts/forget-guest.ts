// One guest's data erased on request, by their phone number (src/privacy/forget-guest.ts;
// docs/operations.md, "How long data is kept"). Reads the server's settings (.env) for its database.
//   npm run forget-guest -- +12125550123

import { callerKey } from '../src/calls/caller-number.ts';
import { loadConfig } from '../src/config.ts';
import { applyEnvFileOrExit } from '../src/env-file.ts';
import { forgetGuest } from '../src/privacy/forget-guest.ts';
import { newDatabaseNote, openStore } from '../src/storage/database.ts';

const USAGE = 'usage: npm run forget-guest -- PHONE_NUMBER   (as the guest gives it: +52 55 1234 5678, +1 212 555 0123)';

async function main(): Promise<number> {
  applyEnvFileOrExit(process.env, 'forget-guest');
  const argv = process.argv.slice(2);
  if (argv.length !== 1 || argv[0] === '--help' || argv[0] === '-h') {
    console.log(USAGE);
    return argv.length === 1 ? 0 : 2;
  }
  const given = argv[0]!;
  // Stored numbers are E.164 (src/calls/caller-number.ts): one written without its country code would match nothing.
  if (!callerKey(given).startsWith('+')) {
    console.error(`forget-guest: "${given}" is not a phone number with its country code (+1 …, +52 …)\n${USAGE}`);
    return 2;
  }
  const config = loadConfig({ DATABASE_URL: process.env.DATABASE_URL, DATABASE_PATH: process.env.DATABASE_PATH });
  const madeNew = newDatabaseNote(config, 'forget-guest');
  const db = await openStore(config);
  if (madeNew) process.on('exit', () => console.error(madeNew()));
  try {
    const done = await forgetGuest(db, given, new Date());
    console.log(
      `${done.number}: erased from ${done.calls} calls and text conversations, ${done.callbackRequests} callback requests, ` +
        `${done.texts} texts, ${done.reservations} past reservations (now "Erased on request").`,
    );
    if (done.inProgress) {
      const going = done.inProgress === 1 ? 'a call or text conversation' : `${done.inProgress} calls or text conversations`;
      console.log(
        `Left for now: ${going} from this number still going on (erasing it would send the guest to the front desk mid-call). ` +
          'The server erases it within an hour of its end; or run this again once it has ended.',
      );
    }
    if (done.upcoming.length) {
      console.log(`Left whole, not yet over: reservation${done.upcoming.length === 1 ? '' : 's'} ${done.upcoming.join(', ')}. Cancel ${done.upcoming.length === 1 ? 'it' : 'them'} first if the guest asks, then run this again.`);
    }
    return 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
