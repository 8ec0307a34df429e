// Stack traces of the built server name the TypeScript sources, as `--enable-source-maps` makes
// them, without its cost at every start: with source maps enabled, Node reads and parses the
// bundle's source map (megabytes) as it loads the bundle, 120–150 ms of a start on a small machine
// (measured, issue 14). This reads the map the first time a stack trace is formatted — an error
// logged — and never otherwise. Plain JavaScript (CommonJS): scripts/start.cjs runs it without a loader.

'use strict';

const { readFileSync } = require('node:fs');
const { SourceMap } = require('node:module');
const { dirname, resolve } = require('node:path');
const { URL, pathToFileURL } = require('node:url');

/** From now on, every stack trace shows frames of the bundles in `dir` (and below) at their place in the sources. */
function mapStackTraces(dir) {
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // An ES module's frames name its file URL; a script's (the CommonJS bundle, scripts/code-cache.cjs) its path.
  const prefixes = [pathToFileURL(dir).href, resolve(dir)].map((prefix) => escape(prefix.replace(/\/?$/, '/')));
  const places = new RegExp(`(?:${prefixes.join('|')})([^:()\\s]+\\.[cm]js):(\\d+):(\\d+)`, 'g');
  /** Per bundle file: its map, or null when it has none that reads (then its frames stay as they are). */
  const maps = new Map();
  const original = (file, line, column) => {
    const bundlePath = resolve(dir, file);
    if (!maps.has(bundlePath)) {
      try {
        maps.set(bundlePath, new SourceMap(JSON.parse(readFileSync(`${bundlePath}.map`, 'utf8'))));
      } catch {
        maps.set(bundlePath, null);
      }
    }
    const entry = maps.get(bundlePath)?.findEntry(line - 1, column - 1);
    if (!entry?.originalSource) return null;
    const source = entry.originalSource.startsWith('file:') ? new URL(entry.originalSource).pathname : resolve(dirname(bundlePath), entry.originalSource);
    return `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  };
  Error.prepareStackTrace = (error, callSites) => {
    let head;
    try {
      head = Error.prototype.toString.call(error);
    } catch {
      head = 'Error';
    }
    const frames = callSites.map((site) => `    at ${site}`.replace(places, (place, file, line, column) => original(file, Number(line), Number(column)) ?? place));
    return [head, ...frames].join('\n');
  };
}

module.exports = { mapStackTraces };
