// `npm run build`, and `npm install` (the prepare script): bundles the server, with the packages
// it uses, into one file, dist/server.cjs, which `npm start` runs (scripts/start.cjs). Nothing
// is compiled at start: loading one bundled file instead of some 700 modules from node_modules,
// each resolved, read and compiled on its own, is most of a start on a small machine (measured:
// docs/performance.md, "Start").
//
// The server's bundle is CommonJS, with a V8 code cache beside it (dist/server.cjs.cache,
// scripts/code-cache.cjs): Node 20 caches no compiled ES module, and compiling the bundle was the
// largest part of a start left (issue 14). What the server loads on demand (`import()`: the staff
// console and the rest of the express app, the pg driver) is in the bundle but runs only when first
// asked for; express itself stays in node_modules, loaded then, so a start does not even read it.
//
// better-sqlite3's JavaScript is bundled too: loading its dozen files through Node's module loader,
// and its `bindings` search for the addon, took about 9 ms of a start (issue 14). Its native addon
// stays in node_modules, given to it by path (src/storage/database.ts). So does the twilio REST
// client, which only the SMS sender loads (with a require esbuild does not follow), and only when
// texting is configured. dist/server.inputs.json lists the source files that went
// in, so `npm start` can tell a build older than the sources and rebuild it first.

import { buildSync } from 'esbuild';
import type { BuildOptions } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asciiBundle } from './ascii-bundle.ts';
import type { SourceMapJson } from './ascii-bundle.ts';
import { writeBuildCache } from './code-cache.cjs';

export const SERVER_BUNDLE = fileURLToPath(new URL('../dist/server.cjs', import.meta.url));
const DIST = fileURLToPath(new URL('../dist', import.meta.url));
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
    // Less for V8 to parse at every start: whitespace and syntax minified. Identifiers are not, so
    // functions and classes keep their own names in logs (`err.constructor.name`) without esbuild's
    // keepNames, which wraps every named inner function in a call to Object.defineProperty each
    // time it is created: 11 µs of each webhook, most of it in XState's macrostep (issue 14).
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
  };
}

/**
 * `entry` bundled with its packages (all but `external`) into the CommonJS file `outfile`, as the
 * server is, with its code cache beside it (scripts/code-cache.cjs runs it).
 */
export function bundleCommonJs(entry: string, outfile: string, external: string[] = []) {
  const result = buildSync({
    ...options('bundle', external),
    entryPoints: [entry],
    outfile,
    format: 'cjs',
    // `import.meta.url` of the sources (the demo hotel's path, the twilio client's require) as a
    // CommonJS module has it; the ES module bundle's `require` is not needed in one.
    banner: { js: 'var conserjeImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
    define: { 'import.meta.url': 'conserjeImportMetaUrl' },
    write: false,
  });
  const code = result.outputFiles.find((file) => file.path === outfile)!.text;
  const map = result.outputFiles.find((file) => file.path === `${outfile}.map`)!.text;
  // Pure ASCII, so that a start decodes it at half the cost (ascii-bundle.ts).
  const ascii = asciiBundle(code, JSON.parse(map) as SourceMapJson);
  mkdirSync(dirname(outfile), { recursive: true });
  writeFileSync(outfile, ascii.code);
  writeFileSync(`${outfile}.map`, JSON.stringify(ascii.map));
  writeBuildCache(outfile);
  return result;
}

export function buildServer(): string {
  // Earlier builds' layout (an ES module split into chunks), so dist/ holds one server only.
  for (const old of ['server.mjs', 'server.mjs.map', 'chunks']) rmSync(`${DIST}/${old}`, { recursive: true, force: true });
  const result = bundleCommonJs('src/server.ts', SERVER_BUNDLE, ['express']);
  const sources = Object.keys(result.metafile!.inputs).filter((file) => !file.includes('node_modules/'));
  writeFileSync(SERVER_INPUTS, `${JSON.stringify({ sources }, null, 1)}\n`);
  return SERVER_BUNDLE;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildServer();
