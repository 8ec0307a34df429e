// `npm start`: open the database (migrating it), load the hotel, listen. Exits non-zero with a
// message naming the problem when a setting or the hotel file is wrong.

import type { Server } from 'node:http';
import { ConfigError, loadConfig } from './config.ts';
import { HotelFileError } from './hotel/hotel-file.ts';
import { ensureHotel, loadHotel } from './hotel/hotel-store.ts';
import { buildApp } from './http/app.ts';
import { createLogger } from './logger.ts';
import { openDatabase } from './storage/database.ts';

function main(): void {
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
  const logger = createLogger(config.logLevel);
  const db = openDatabase(config.databasePath);
  let hotelId: number;
  try {
    hotelId = ensureHotel(db, { hotelFile: config.hotelFile ?? undefined, now: new Date() });
  } catch (err) {
    if (err instanceof HotelFileError) {
      console.error(err.message);
      db.close();
      process.exit(1);
    }
    throw err;
  }
  if (!config.twilioAuthToken) {
    logger.warn(
      '*** TWILIO_AUTH_TOKEN is not set: webhook signatures are NOT checked and anyone can post to this server. Set it before taking real calls. ***',
    );
  }
  const app = buildApp({ config, db, logger });
  const hotel = loadHotel(db, hotelId);
  const server: Server = app.listen(config.port, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    logger.info(
      { port, database: config.databasePath, hotel: hotel.info.name, publicBaseUrl: config.publicBaseUrl },
      `Conserje is answering for ${hotel.info.name} on http://localhost:${port} (POST /voice)`,
    );
  });

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    server.close(() => {
      db.close();
      process.exit(0);
    });
    // Twilio waits 15 s at most for a webhook; do not linger longer than that.
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main();
