// vitest globalSetup for the PostgreSQL suite (npm run test:pg): one real server for the run.
import type { TestProject } from 'vitest/node';
import { startPostgres } from '../helpers/postgres-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startPostgres();
  project.provide('postgresUrl', server.url);
  return () => server.stop();
}
