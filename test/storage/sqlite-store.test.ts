import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/storage/migrations.ts';
import { PG_MIGRATIONS } from '../../src/storage/pg-migrations.ts';
import { openDatabase } from '../../src/storage/database.ts';
import { storeContract } from './store-contract.ts';

storeContract('SQLite', () => openDatabase(':memory:'));

describe('the two schemas', () => {
  it('have as many migrations on PostgreSQL as on SQLite: a version number means the same tables on both', () => {
    expect(PG_MIGRATIONS.length).toBe(MIGRATIONS.length);
  });
});
