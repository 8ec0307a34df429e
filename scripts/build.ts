// `npm run build`, and `npm install` (the prepare script): bundles the server, with the packages
// it uses, into one file, dist/server.mjs, which `npm start` runs (scripts/start.mjs). Nothing
// is compiled at start: loading one bundled file instead of some 700 modules from node_modules,
// each resolved, read and compiled on its own, is most of a start on a small machine (measured:
// docs/performance.md, "Start").
//
// better-sqlite3 stays in node_modules (a native addon, found by path at run time); so does the
// twilio REST client, which only the SMS sender loads (with a require esbuild does not follow),
// and only when texting is configured. dist/server.inputs.json lists the source files that went
// in, so `npm start` can tell a build older than the sources and rebuild it first.

import { buildSync } from 'esbuild';
import type { BuildOptions } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SERVER_BUNDLE = fileURLToPath(new URL('../dist/server.mjs', import.meta.url));
const CHUNKS = fileURLToPath(new URL('../dist/chunks', import.meta.url));
const SERVER_INPUTS = fileURLToPath(new URL('../dist/server.inputs.json', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * One entry point (a path from the repository's root) bundled into `outfile`. With
 * `packages: 'bundle'` the packages go in too (all but `external`); a CommonJS package in an ES
 * module bundle still needs `require` for Node's own modules, which the banner provides.
 */
export function bundle(entry: string, outfile: string, packages: 'external' | 'bundle' = 'external', external: string[] = []) {
  return buildSync({
    ...options(packages, external),
    entryPoints: [entry],
    outfile,
  });
}

function options(packages: 'external' | 'bundle', external: string[]): BuildOptions {
  return {
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    ...(packages === 'external' ? { packages: 'external' as const } : { external }),
    banner: packages === 'bundle' ? { js: "import { createRequire as conserjeRequire } from 'node:module'; const require = conserjeRequire(import.meta.url);" } : {},
    sourcemap: true,
    metafile: true,
    // Less for V8 to parse at every start; names kept, so stack traces and logs read as in the sources.
    minify: true,
    keepNames: true,
    logLevel: 'warning',
  };
}

export function buildServer(): string {
  // What the server loads on demand (`import()`: the express app and staff console, the pg
  // driver) goes into chunks of its own, so a start neither reads nor compiles it (issue 14).
  rmSync(CHUNKS, { recursive: true, force: true });
  const result = buildSync({
    ...options('bundle', ['better-sqlite3']),
    entryPoints: { server: 'src/server.ts' },
    outdir: dirname(SERVER_BUNDLE),
    outExtension: { '.js': '.mjs' },
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
  });
  const sources = Object.keys(result.metafile!.inputs).filter((file) => !file.includes('node_modules/'));
  writeFileSync(SERVER_INPUTS, `${JSON.stringify({ sources }, null, 1)}\n`);
  return SERVER_BUNDLE;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildServer();
