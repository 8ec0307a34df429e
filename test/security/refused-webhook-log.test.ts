// Writing the disk full with forged webhooks: anyone can post to the webhook paths, and every
// refused one wrote a warning of about 350 bytes; a thousand a second filled a gigabyte an hour of
// the disk the database books on. Now the first refusal on a route is logged at once (a wrong
// PUBLIC_BASE_URL still shows on the first real call), then at most one line per route every
// REFUSED_LOG_EVERY_MS saying how many went unlogged; /metrics counts every one. Both HTTP paths.

import { afterEach, describe, expect, it } from 'vitest';
import { REFUSED_LOG_EVERY_MS } from '../../src/http/twilio-signature.ts';
import { startTestApp } from '../helpers/app.ts';
import type { HttpPath, TestApp } from '../helpers/app.ts';
import { captureLog } from '../helpers/log-capture.ts';
import { baseCallParams, signedPost } from '../helpers/signed-post.ts';

const FORGED = 200;

describe.each<HttpPath>(['lean', 'express'])('forged webhooks by the hundred (%s path)', (http) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('are all refused and counted, and logged once per route until a while has passed', async () => {
    const { lines, logger } = captureLog();
    t = await startTestApp({ logger, http });
    const forge = (path: string, i: number) => signedPost(t!.baseUrl, path, baseCallParams(`CA${String(i).padStart(32, '0')}`), { signature: 'Zm9yZ2Vk' });
    for (let i = 0; i < FORGED; i++) {
      expect((await forge('/voice', i)).status).toBe(403);
      expect((await forge(`/voice/gather?step=${i}`, i)).status).toBe(403);
      // Any path at all (the express path sees them): one entry for all but the first few.
      expect((await forge(`/made-up-${i}`, i)).status).toBeGreaterThanOrEqual(400);
    }
    const refused = () => lines.filter((l) => l.includes('webhook refused')).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(refused().filter((r) => r.route === '/voice')).toHaveLength(1);
    expect(refused().filter((r) => r.route === '/voice/gather')).toHaveLength(1);
    expect(refused().length).toBeLessThanOrEqual(2 + 32);
    const metrics = await (await fetch(`${t.baseUrl}/metrics`)).text();
    expect(metrics).toMatch(new RegExp(`conserje_webhook_signature_failures_total\\{route="/voice"\\} ${FORGED}\\b`));

    // A while later, the next one is logged, with how many were not.
    t.clock.advance(REFUSED_LOG_EVERY_MS);
    expect((await forge('/voice', FORGED)).status).toBe(403);
    expect(refused().filter((r) => r.route === '/voice').at(-1)).toMatchObject({ unloggedSince: FORGED - 1 });
    // A real webhook is answered as ever.
    expect((await signedPost(t.baseUrl, '/voice', baseCallParams(`CA${'c'.repeat(32)}`))).status).toBe(200);
  });
});
