// A long answer passed on to a client at its pace, whose right to it is asked about again as it
// goes: a staff recording (a voicemail, a recorded name) fetched from Twilio. Checked only at its
// start, a recording already streaming went on after its account was disabled, its session logged
// out or its API token revoked — for as long as the client cared to read. The calls' CSV export
// does the same by rows (src/staff/routes/api.ts, EXPORT_RECHECK_ROWS).

import type { ServerResponse } from 'node:http';

/** Bytes passed on between two checks that the request's access still holds. */
export const STREAM_RECHECK_BYTES = 256 * 1024;

export interface StreamWhileAllowed {
  /** Whether the request's credentials still hold; false ends the answer, cut off. */
  stillAllowed: () => Promise<boolean>;
  /** Bytes between two checks (default STREAM_RECHECK_BYTES). */
  recheckBytes?: number;
}

/**
 * Writes `source` to `res` and ends it; `stillAllowed` is asked every `recheckBytes` bytes and after
 * each wait for the client. When it says no, or the client goes, the source is cancelled (nothing
 * more is fetched) and the response destroyed (left incomplete, so the browser says it failed).
 * Resolves true when the whole source was sent.
 */
export async function streamWhileAllowed(source: ReadableStream<Uint8Array>, res: ServerResponse, options: StreamWhileAllowed): Promise<boolean> {
  const recheck = options.recheckBytes ?? STREAM_RECHECK_BYTES;
  const reader = source.getReader();
  let sinceCheck = 0;
  const stop = async (): Promise<false> => {
    await reader.cancel().catch(() => {});
    if (!res.destroyed) res.destroy();
    return false;
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (res.destroyed) return await stop();
      sinceCheck += value.byteLength;
      if (sinceCheck > recheck) {
        sinceCheck = 0;
        if (!(await options.stillAllowed())) return await stop();
      }
      if (!res.write(value) && !res.destroyed) {
        await drainedOrClosed(res);
        if (res.destroyed) return await stop();
        sinceCheck = 0;
        if (!(await options.stillAllowed())) return await stop();
      }
    }
  } catch {
    // The source failed mid-way (Twilio went away, its timeout): what was sent stays incomplete.
    return await stop();
  }
  res.end();
  return true;
}

/** Resolves when `res` can take more, or when its client has gone (the calls' CSV export waits on it too). */
export function drainedOrClosed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
