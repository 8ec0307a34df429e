// Preloaded into a bench server (`node --require bench/lib/alloc-sampler.cjs …`, mode compare's
// --alloc-prof): V8's sampling heap profiler, told to keep the objects the garbage collector has
// already freed, so the profile says where a server *allocates* — what the young generation's
// scavenges have to sweep after — not only what it still holds. SIGUSR2 starts sampling; the next
// SIGUSR2 stops it and writes the profile (the .heapprofile format) to $ALLOC_PROFILE_FILE, so
// the bench can cover one phase and leave start-up and warm-up out.
//
// Plain CommonJS, so it preloads into the bundle and the bare app alike. Main thread only: a
// worker thread (the WAL checkpointer) inherits --require, and would write a profile of its own.

'use strict';

const process = require('node:process');
const { isMainThread } = require('node:worker_threads');

if (isMainThread && process.env.ALLOC_PROFILE_FILE) {
  const inspector = require('node:inspector');
  const { renameSync, writeFileSync } = require('node:fs');
  const file = process.env.ALLOC_PROFILE_FILE;
  // Bytes between samples, on average: about 50 samples per webhook of a server that allocates
  // 100 kB for one, and little enough overhead that the phase's load stays as it was.
  const SAMPLING_INTERVAL = 2048;
  const session = new inspector.Session();
  session.connect();
  let sampling = false;
  process.on('SIGUSR2', () => {
    if (!sampling) {
      sampling = true;
      session.post('HeapProfiler.startSampling', {
        samplingInterval: SAMPLING_INTERVAL,
        includeObjectsCollectedByMajorGC: true,
        includeObjectsCollectedByMinorGC: true,
      });
      return;
    }
    sampling = false;
    // An in-process session answers synchronously; written whole, then renamed into place, so the
    // bench never reads half a file.
    session.post('HeapProfiler.stopSampling', (error, result) => {
      if (error) return;
      writeFileSync(`${file}.tmp`, JSON.stringify(result.profile));
      renameSync(`${file}.tmp`, file);
    });
  });
}
