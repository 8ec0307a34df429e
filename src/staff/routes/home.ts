// `/`: what this server is, for whoever opens it in a browser (a newcomer after `npm start`, an
// operator checking a deployment), with the way to the staff console. Says nothing private.

import { Router } from 'express';
import type { StaffContext } from '../context.ts';
import { onBasePath } from '../base-path.ts';
import { html } from '../html/html.ts';

export function homeRoute(ctx: Pick<StaffContext, 'hotel' | 'config' | 'basePath'>): Router {
  const router = Router();
  router.get('/', (_req, res) => {
    const name = ctx.hotel.info.name;
    const base = ctx.config.publicBaseUrl;
    res.type('html').send(
      onBasePath(
        ctx.basePath,
        html`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Conserje · ${name}</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/staff/assets/staff.css"></head>
<body><main class="home">
<h1>Conserje answers the phone for ${name}</h1>
<p>This server takes the hotel's calls and texts from Twilio: it greets callers, takes room reservations by keypad or voice in English or Spanish, and hands callers to the front desk when a person is needed.</p>
<p><a class="button" href="/staff">Open the staff console</a></p>
<h2>Setting it up</h2>
<ul>
  <li>Twilio: set the number's voice webhook to <code>POST ${base}/voice</code>, its status callback to <code>POST ${base}/voice/status</code>, and its messaging webhook to <code>POST ${base}/sms</code>.</li>
  <li>A first staff account: <code>npm run staff -- add NAME --role admin</code> in the server's folder.</li>
  <li>Try a call without Twilio: <code>npm run call</code>.</li>
  <li>Is it up? <a href="/healthz">/healthz</a></li>
</ul>
</main></body></html>
`.value,
      ),
    );
  });
  return router;
}
