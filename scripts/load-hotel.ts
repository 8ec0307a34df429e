// Validates a hotel file and loads (upserts) it into the database:
//   tsx scripts/load-hotel.ts FILE        (DATABASE_PATH, default data/conserje.db)
// Prints the hotel and its room types in the order callers hear them; exit 1 on a bad file.

import { HotelFileError, readHotelFile } from '../src/hotel/hotel-file.ts';
import { loadHotel, upsertHotel } from '../src/hotel/hotel-store.ts';
import { loadConfig } from '../src/config.ts';
import { applyEnvFileOrExit } from '../src/env-file.ts';
import { describeStore, openStore } from '../src/storage/database.ts';

async function main(argv: readonly string[]): Promise<number> {
  applyEnvFileOrExit(process.env, 'load-hotel');
  const path = argv[0];
  if (!path || argv.length > 1) {
    console.error('usage: tsx scripts/load-hotel.ts FILE');
    return 2;
  }
  // Validate before opening the database: a bad file leaves it untouched (not even created).
  const file = readHotelFile(path);
  const config = loadConfig({ DATABASE_URL: process.env.DATABASE_URL, DATABASE_PATH: process.env.DATABASE_PATH });
  const databasePath = describeStore(config);
  const db = await openStore(config);
  try {
    const id = await upsertHotel(db, file, new Date());
    const { info } = await loadHotel(db, id);
    const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: info.currency });
    console.log(`Loaded ${info.name} (hotel ${id}) into ${databasePath}`);
    console.log(`Room types, in the order callers hear them:`);
    info.roomTypes.forEach((roomType, index) => {
      const rooms = `${roomType.rooms} room${roomType.rooms === 1 ? '' : 's'}`;
      console.log(`  ${index + 1}. ${roomType.name.en} / ${roomType.name.es} (${roomType.code}): ${money.format(roomType.rate)} a night, ${rooms}`);
    });
    return 0;
  } finally {
    await db.close();
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  if (err instanceof HotelFileError) {
    console.error(err.message);
    process.exitCode = 1;
  } else {
    throw err;
  }
}
