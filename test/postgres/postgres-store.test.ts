import { inject } from 'vitest';
import { openStore } from '../../src/storage/database.ts';
import { createDatabase } from '../helpers/postgres-server.ts';
import { storeContract } from '../storage/store-contract.ts';

storeContract('PostgreSQL', async () => openStore({ databaseUrl: await createDatabase(inject('postgresUrl')), databasePath: '' }));
