// A request listener loaded on its first request: the server answers Twilio's webhooks from the
// start (lean-webhooks.ts) and loads the express app — the staff console, the API, /healthz,
// /metrics, with their packages — only when something else is first asked for (issue 14: that
// code is a third of a start). Requests that arrive while it loads wait for it; their bodies stay
// unread until then, as with any paused stream.

import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Logger } from '../logger.ts';

export function loadedOnFirstRequest(load: () => Promise<RequestListener>, logger: Logger): RequestListener {
  let listener: RequestListener | null = null;
  let loading: Promise<RequestListener> | null = null;
  return (req: IncomingMessage, res: ServerResponse) => {
    if (listener) return listener(req, res);
    loading ??= load();
    loading.then(
      (loaded) => {
        listener = loaded;
        loaded(req, res);
      },
      (err: unknown) => {
        // Not expected (the code is on disk); said once per request, and tried again next time.
        loading = null;
        logger.error({ err }, 'could not load the staff console and the rest of the app');
        res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Service unavailable: the server is still starting, try again\n');
      },
    );
  };
}
