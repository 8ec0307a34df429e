// `npm start`: runs the built server, dist/server.cjs, which `npm install` builds (the prepare
// script, scripts/build.ts), with its code cache (scripts/code-cache.cjs). Nothing is compiled or
// bundled at a start, unless the build is missing or older than a source file that went into it
// (the code was edited, another branch checked out): then it is rebuilt first, and says so.
//
// Plain JavaScript, so that Node runs it without a TypeScript loader; CommonJS, like the files it
// loads, so that a start never sets up Node's ES module loader (about 25 ms of a start measured
// with the few built-in modules this needs, issue 14).

'use strict';

const diagnostics = require('node:diagnostics_channel');
const { readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');
const process = require('node:process');
const { setImmediate } = require('node:timers');
const { runWithCodeCache } = require('./code-cache.cjs');
const { mapStackTraces } = require('./mapped-stacks.cjs');

const root = join(__dirname, '..');
const bundle = join(root, 'dist/server.cjs');

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
    sources = JSON.parse(readFileSync(join(root, 'dist/server.inputs.json'), 'utf8')).sources;
  } catch {
    return 'the build does not list its sources';
  }
  // The packages are bundled too: a changed lockfile means other packages. Some 180 files, each
  // path joined as plain text (the build wrote them relative to the root): path.join normalising
  // each was half of the check's time (issue 14).
  for (const file of ['package-lock.json', ...sources]) {
    try {
      if (statSync(`${root}/${file}`).mtimeMs > built) return `${file} changed`;
    } catch {
      return `${file} is gone`;
    }
  }
  return null;
}

/** Whether this user may write the build (dist/, or the folder that would hold it). */
function mayWriteBuild() {
  const { accessSync, constants } = require('node:fs');
  for (const place of [join(root, 'dist'), root]) {
    try {
      accessSync(place, constants.W_OK);
      return true;
    } catch (err) {
      if (err.code !== 'ENOENT') return false;
    }
  }
  return false;
}

const stale = staleBecause();
if (stale) {
  // After an upgrade (git pull) without `npm install`, under a service user who may not write the
  // folder: one line saying what to do, not a build's stack trace and then start.cjs's own.
  if (!mayWriteBuild()) {
    const user = require('node:os').userInfo().username;
    process.stderr.write(
      `conserje: the server must be built first (${stale}), and this user (${user}) may not write ${join(root, 'dist')}: ` +
        'run `npm install` (after an upgrade) or `npm run build` as the owner of the folder, then start again\n',
    );
    process.exit(1);
  }
  process.stderr.write(`conserje: building the server first (${stale})\n`);
  try {
    require('node:child_process').execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: root, stdio: 'inherit' });
  } catch {
    process.stderr.write('conserje: the build failed (its error is above); run `npm install`, then start again\n');
    process.exit(1);
  }
}
// Stack traces name the TypeScript sources, the map read only when one is written (mapped-stacks.cjs).
mapStackTraces(join(root, 'dist'));
const server = runWithCodeCache(bundle);
// Once the first request is answered, the code cache is rewritten with what the start compiled
// (once per build): later starts then compile next to nothing. After the answer has been sent.
const ANSWERED = 'http.server.response.finish';
const refresh = () => {
  diagnostics.unsubscribe(ANSWERED, refresh);
  setImmediate(() => server.refresh());
};
if (server.cache !== 'after-start') diagnostics.subscribe(ANSWERED, refresh);
