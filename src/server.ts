// `npm start`: open the database (migrating it), load the hotel, listen. Exits non-zero with a
// message naming the problem when a setting or the hotel file is wrong.

import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { dirname } from 'node:path';
import { ConfigError, loadConfig } from './config.ts';
import { applyEnvFileOrExit } from './env-file.ts';
import { HotelFileError, readHotelFile } from './hotel/hotel-file.ts';
import type { HotelFile } from './hotel/hotel-file.ts';
import { hotelChanges, hotelName, storedHotelFiles, watchHotels } from './hotel/hotel-changes.ts';
import { allHotelIds, ensureHotels, servedHotelIds } from './hotel/hotel-store.ts';
import { readHotelsDir } from './hotel/hotels-dir.ts';
import { everyPropertyHasNumber, ownNumbers } from './hotel/hotel-directory.ts';
import { buildCore } from './http/call-core.ts';
import { conserjeServer, loadedOnFirstRequest } from './http/lazy-listener.ts';
import { leanWebhooks } from './http/lean-webhooks.ts';
import { createLogger, showInLogs } from './logger.ts';
import { logOutput } from './log-output.ts';
import { Accounts } from './staff/accounts.ts';
import { SmsSender } from './messaging/sender.ts';
import { startSweeps } from './calls/sweeps.ts';
import { startRetention } from './privacy/retention.ts';
import { describeStore, openStore } from './storage/database.ts';
import type { SchemaUpgrade } from './storage/database.ts';
import { SqliteDb } from './storage/sqlite.ts';
import { WEBHOOK_TIMEOUTS } from './storage/postgres-options.ts';

/** When SQLite's checkpoints move off the event loop, after listening (see below). */
const CHECKPOINTS_MOVE_AFTER_MS = 2_000;

async function main(): Promise<void> {
  // `.env` (in the folder started in) fills what the environment leaves unset, before any setting is read.
  applyEnvFileOrExit(process.env, 'conserje');
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`conserje: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel, await logOutput());
  // A bad hotel file (or any file of HOTELS_DIR) stops the start before the database is even opened.
  if (config.hotelFile || config.hotelsDir) {
    try {
      if (config.hotelFile) readHotelFile(config.hotelFile);
      if (config.hotelsDir) readHotelsDir(config.hotelsDir);
    } catch (err) {
      if (err instanceof HotelFileError) {
        console.error(err.message);
        process.exit(1);
      }
      throw err;
    }
  }
  // A port already taken is said before the database is made or the hotel loaded: nothing half-started.
  await portFreeOrExit(config.port);
  // Against PostgreSQL, a database that stops answering fails the turn inside Twilio's 15 s.
  // An upgrade's migration is said once the database is open (the log line below).
  let upgrade: SchemaUpgrade | undefined;
  const db = await openStore(config, { timeouts: WEBHOOK_TIMEOUTS }, (done) => (upgrade = done)).catch((err: unknown) => {
    // An unusable DATABASE_PATH (a directory, /dev/null, a read-only place) or an unreachable
    // DATABASE_URL: one line saying which and why, no stack trace.
    // A folder this user may not write (SQLite also keeps its -wal and -shm files beside the database): say whose.
    const code = (err as NodeJS.ErrnoException).code ?? '';
    const denied = !config.databaseUrl && (['EACCES', 'EPERM', 'EROFS', 'SQLITE_CANTOPEN', 'SQLITE_PERM'].includes(code) || code.startsWith('SQLITE_READONLY'));
    const whose = denied
      ? `; the user running Conserje (${userInfo().username}) must be able to write ${dirname(config.databasePath)} and the database in it: choose another DATABASE_PATH, or give that user the folder`
      : '';
    console.error(`conserje: cannot open the database at ${describeStore(config)}: ${(err as Error).message ?? String(err)}${whose}`);
    process.exit(1);
  });
  if (upgrade && upgrade.from > 0 && upgrade.from < upgrade.to) {
    logger.info({ schema: upgrade }, `database ${describeStore(config)} upgraded from schema version ${upgrade.from} to ${upgrade.to}`);
  }
  let servedBefore: number[] = [];
  let served: number[] = [];
  let filesBefore = new Map<number, HotelFile>();
  try {
    // Which properties answered before this start: one taken out of the folder (or a hotel file
    // renamed into a new hotel) stops answering, and that is said below, not left to be noticed.
    // And what each was: a changed file is said, change by change.
    if (config.hotelFile || config.hotelsDir) {
      servedBefore = await servedHotelIds(db);
      filesBefore = await storedHotelFiles(db, await allHotelIds(db));
    }
    served = await ensureHotels(db, { hotelFile: config.hotelFile ?? undefined, hotelsDir: config.hotelsDir ?? undefined, now: new Date() });
  } catch (err) {
    if (err instanceof HotelFileError) {
      console.error(err.message);
      await db.close();
      process.exit(1);
    }
    throw err;
  }
  if (!config.twilioAuthToken) {
    logger.warn(
      '*** TWILIO_AUTH_TOKEN is not set: webhook signatures are NOT checked and anyone can post to this server. Set it before taking real calls. ***',
    );
  }
  // In production Twilio posts to a public URL and signs it: checked against localhost, every real
  // call's webhook is refused (403) and the caller hears "an application error has occurred".
  if (config.production && isLocalUrl(config.publicBaseUrl)) {
    logger.warn(
      `*** PUBLIC_BASE_URL is ${config.publicBaseUrl}, an address on this machine: Twilio signs the public URL it posts to, so every real call's webhook will be refused (403) and callers will hear "an application error has occurred". Set PUBLIC_BASE_URL to the URL Twilio calls (https://…). ***`,
    );
  }
  const core = await buildCore({ config, db, logger });
  const hotels = core.hotels.answering;
  // The properties' own numbers are public: the log shows them, from here on (a guest's stays masked).
  showInLogs(ownNumbers(hotels));
  const answering = hotels.map((hotel) => hotel.info.name).join(', ');
  for (const id of servedBefore.filter((before) => !served.includes(before))) {
    const hotel = core.hotels.byId(id);
    if (!hotel) continue;
    const named = hotelName(hotel);
    const anyNumber = hotels.length === 1 ? `; calls to any number, its own included, now reach ${hotels[0]!.info.name}` : '';
    logger.warn(
      { hotel: { code: hotel.code, name: hotel.info.name } },
      `${named} no longer answers: it is not in ${config.hotelsDir ? `HOTELS_DIR (${config.hotelsDir})` : `HOTEL_FILE (${config.hotelFile})`}. Its calls and reservations stay for staff${anyNumber}`,
    );
  }
  for (const hotel of hotels) {
    const before = filesBefore.get(hotel.id);
    const changes = before ? hotelChanges(before, hotel.file) : [];
    if (changes.length === 0) continue;
    const others = config.databaseUrl ? '. Other instances on this database serve it within seconds' : '';
    logger.info({ hotel: hotel.code, changes }, `${hotelName(hotel)}: the hotel file changed since it was last loaded: ${changes.join('; ')}${others}`);
  }
  // A hotel file saved while running is applied (or refused, saying why), as is a change another
  // instance or load-hotel made in the database (hotel-changes.ts).
  const hotelWatch = watchHotels({ db, hotels: core.hotels, logger, source: { hotelFile: config.hotelFile, hotelsDir: config.hotelsDir } });
  // Sends the outbox's confirmation texts; without the Twilio settings it only says texting is off.
  const hotelsById = core.hotels;
  const sender = new SmsSender({
    db,
    config,
    logger,
    clock: () => new Date(),
    fromNumberOf: (hotelId) => hotelsById.byId(hotelId)?.file.phoneNumbers?.[0] ?? null,
    // Asked at every look at the outbox: a hotel file applied while running may change it.
    everyPropertyHasNumber: () => everyPropertyHasNumber(hotelsById),
  });
  const noStaffYet = (await new Accounts(db).list()).length === 0;
  // Twilio's webhooks take the lean path; everything else goes through express, loaded when first asked for.
  const app = loadedOnFirstRequest(async () => (await import('./http/app.ts')).expressApp(core, { config, db, logger }), logger);
  // Limits on how long a client may take to send a request, and how long a socket may sit idle:
  // a slow client cannot hold sockets for minutes (lazy-listener.ts, docs/security.md).
  const server = conserjeServer(leanWebhooks(core.webhooks, app));
  server.listen(config.port);
  server.once('error', (err: NodeJS.ErrnoException) => cannotListen(config.port, err));
  server.once('listening', () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    logger.info(
      {
        port,
        database: describeStore(config),
        hotels: hotels.map((hotel) => ({ code: hotel.code, name: hotel.info.name, numbers: hotel.file.phoneNumbers ?? [] })),
        publicBaseUrl: config.publicBaseUrl,
      },
      `Conserje is answering for ${answering} on http://localhost:${port} (POST /voice)`,
    );
    // What a newcomer does next, in one line: where Twilio posts, and how to reach the console.
    logger.info(
      `Point the Twilio number's voice webhook at POST ${config.publicBaseUrl}/voice (status callback ${config.publicBaseUrl}/voice/status); ` +
        (noStaffYet
          ? `create the first staff account with "npm run staff -- add NAME --role admin", then open http://localhost:${port}/staff`
          : `staff console: http://localhost:${port}/staff`),
    );
    sender.start();
    // SQLite's WAL checkpoints stop the event loop for milliseconds each: they move to a worker
    // thread. Not at once: starting a thread costs tens of milliseconds of CPU, which belong to
    // the first call (until then SQLite checkpoints by itself, as it always has).
    if (db instanceof SqliteDb) setTimeout(() => db.checkpointInBackground(logger), CHECKPOINTS_MOVE_AFTER_MS).unref();
  });

  // Idle text conversations and calls Twilio went quiet about free their rooms, from the start.
  const sweeps = startSweeps({
    service: core.service,
    logger,
    clock: () => new Date(),
    smsIdleMinutes: config.smsIdleMinutes,
    staleCallMinutes: config.staleCallMinutes,
    db,
  });
  // What callers said is erased past RETENTION_DAYS, in short batches (docs/operations.md).
  const retention = startRetention({ db, logger, clock: () => new Date(), days: config.retentionDays });

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    sweeps.stop();
    retention.stop();
    hotelWatch.stop();
    // The sender finishes the text it is sending (if any) before the database closes.
    const senderStopped = sender.stop();
    server.close(() => {
      void senderStopped
        .finally(() => db.close())
        .finally(() => process.exit(0));
    });
    // Twilio waits 15 s at most for a webhook; do not linger longer than that.
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

function isLocalUrl(url: string): boolean {
  const host = new URL(url).hostname;
  return host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || host.startsWith('127.') || host === '0.0.0.0';
}

function cannotListen(port: number, err: NodeJS.ErrnoException): never {
  const why = err.code === 'EADDRINUSE' ? 'it is already in use (another server, or another Conserje?)' : err.code === 'EACCES' ? 'this user may not take it' : err.message;
  console.error(`conserje: cannot listen on port ${port}: ${why}. Set PORT to a free port.`);
  process.exit(1);
}

/** Takes the port for a moment and lets it go, or exits as a failed listen would. */
function portFreeOrExit(port: number): Promise<void> {
  return new Promise((done) => {
    const probe = createServer();
    probe.once('error', (err: NodeJS.ErrnoException) => cannotListen(port, err));
    probe.listen(port, () => probe.close(() => done()));
  });
}

// Not `await main()`: the built server is a CommonJS bundle, which has no top-level await
// (scripts/build.ts). A start that fails unexpectedly still ends with the error and exit code 1.
main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
