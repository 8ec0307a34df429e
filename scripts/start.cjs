// `npm start`: runs the built server, dist/server.mjs, which `npm install` builds (the prepare
// script, scripts/build.ts). Nothing is compiled or bundled at a start, unless the build is
// missing or older than a source file that went into it (the code was edited, another branch
// checked out): then it is rebuilt first, and says so. Plain JavaScript, so that Node runs it
// without a TypeScript loader.

import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import process from 'node:process';
import { URL, fileURLToPath } from 'node:url';
import { mapStackTraces } from './mapped-stacks.mjs';

const root = new URL('..', import.meta.url);
const bundle = new URL('dist/server.mjs', root);

/** Why the build cannot be used as it is, or null when it can. */
function staleBecause() {
  let built;
  try {
    built = statSync(bundle).mtimeMs;
  } catch {
    return 'there is no build yet';
  }
  let sources;
  try {
    sources = JSON.parse(readFileSync(new URL('dist/server.inputs.json', root), 'utf8')).sources;
  } catch {
    return 'the build does not list its sources';
  }
  // The packages are bundled too: a changed lockfile means other packages.
  for (const file of ['package-lock.json', ...sources]) {
    try {
      if (statSync(new URL(file, root)).mtimeMs > built) return `${file} changed`;
    } catch {
      return `${file} is gone`;
    }
  }
  return null;
}

const stale = staleBecause();
if (stale) {
  process.stderr.write(`conserje: building the server first (${stale})\n`);
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: root, stdio: 'inherit' });
}
// Stack traces name the TypeScript sources, the map read only when one is written (mapped-stacks.mjs).
mapStackTraces(fileURLToPath(new URL('dist', root)));
await import(bundle.href);
