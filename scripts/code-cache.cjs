// Runs a CommonJS bundle with a V8 code cache beside it (issue 14). Node 20 compiles every module
// it loads from its source text, and has no cache for ES modules (module.enableCompileCache is
// Node 22); for the server's bundle that is V8 pre-parsing a megabyte of JavaScript at every start.
// A script compiled through `vm.Script` can instead be given the bytecode V8 made last time
// (`cachedData`), which is what the v8-compile-cache package does for CommonJS: the bundle is
// CommonJS for that reason (scripts/build.ts).
//
// The cache file is <bundle>.cache: a SHA-1 of the bundle it was made from, one byte saying when it
// was made, then V8's data. V8 checks its own version, its flags and the source's length, not the
// source itself, hence the hash. A cache that is missing, made from another bundle, or that V8
// rejects (another Node, other flags) is only slower: the bundle is compiled from source as usual.
// The build writes the first cache (what V8 compiles eagerly); `refresh()` replaces it with one that
// also holds every function compiled since — what a start runs — once, when the server has answered
// its first request (scripts/start.cjs). Writing is best effort: a read-only dist/ keeps what it has.
// Plain JavaScript (CommonJS): scripts/start.cjs runs it without a loader.

'use strict';

const { Buffer, isAscii } = require('node:buffer');
const { createHash } = require('node:crypto');
const { readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');
const process = require('node:process');
const vm = require('node:vm');

const HASH_BYTES = 20;
/** When the cache was made: by the build (eager functions only), or after a start (all it ran). */
const MADE_BY_BUILD = 0;
const MADE_AFTER_START = 1;

// The bundle as a function of a CommonJS module's five variables, as Node's loader wraps it. The
// wrapper has a line of its own and `lineOffset` takes it back off, so stack traces and source maps
// see the bundle's own lines and columns.
const WRAPPER_HEAD = '(function (exports, require, module, __filename, __dirname) {\n';
const WRAPPER_TAIL = '\n})';

function compile(file, source, cachedData) {
  return new vm.Script(WRAPPER_HEAD + source + WRAPPER_TAIL, {
    filename: file,
    lineOffset: -1,
    cachedData,
    // An import() inside the bundle (of a package left outside it) loads as it would in a module.
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
}

const hashOf = (bytes) => createHash('sha1').update(bytes).digest();

// The build writes the bundle in ASCII (scripts/ascii-bundle.ts): decoded as Latin-1 it becomes a
// one-byte string, half the work of decoding UTF-8 into a two-byte one. Either way, the same text.
const sourceOf = (bytes) => bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');

/** Writes the cache `data()` makes for the bundle whose hash is `hash`; false when it cannot be written. */
function writeCache(file, hash, madeBy, data) {
  const cacheFile = `${file}.cache`;
  // Renamed into place, so another process starting now reads the old cache or the new one, whole.
  const partial = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(partial, Buffer.concat([hash, Buffer.from([madeBy]), data()]));
    renameSync(partial, cacheFile);
    return true;
  } catch {
    // Never an error of the server's: it runs as well without (a read-only dist/, a full disk).
    try {
      rmSync(partial, { force: true });
    } catch {
      // Left for the next build to replace.
    }
    return false;
  }
}

/** The build's cache for the bundle at `file`: what V8 compiles before running any of it. */
function writeBuildCache(file) {
  const bytes = readFileSync(file);
  if (!writeCache(file, hashOf(bytes), MADE_BY_BUILD, () => compile(file, sourceOf(bytes)).createCachedData())) {
    throw new Error(`could not write ${file}.cache`);
  }
}

/**
 * Runs the CommonJS bundle at `file` as Node would run it, with its code cache when there is a
 * usable one. `cache` says what was found: 'after-start', 'build', 'none', 'other-bundle' or
 * 'rejected' (by V8). `refresh()` writes the functions compiled so far into the cache, unless the
 * cache used was already one made after a start; it says whether it wrote one.
 */
function runWithCodeCache(file) {
  const bytes = readFileSync(file);
  const hash = hashOf(bytes);
  let cached = null;
  try {
    cached = readFileSync(`${file}.cache`);
  } catch {
    // None yet (a build of an older version, or one that could not write it).
  }
  const matches = cached !== null && cached.length > HASH_BYTES + 1 && cached.subarray(0, HASH_BYTES).equals(hash);
  const script = compile(file, sourceOf(bytes), matches ? cached.subarray(HASH_BYTES + 1) : undefined);
  const cache =
    cached === null ? 'none' : !matches ? 'other-bundle' : script.cachedDataRejected ? 'rejected' : cached[HASH_BYTES] === MADE_AFTER_START ? 'after-start' : 'build';

  const module = { exports: {}, filename: file, id: '.' };
  script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, dirname(file));

  let refreshed = cache === 'after-start';
  return {
    cache,
    exports: module.exports,
    refresh() {
      if (refreshed) return false;
      refreshed = true;
      return writeCache(file, hash, MADE_AFTER_START, () => script.createCachedData());
    },
  };
}

module.exports = { runWithCodeCache, writeBuildCache };
