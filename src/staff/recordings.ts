// Voicemails and recorded names, played in the staff's own pages: Twilio keeps the audio behind
// the account's credentials, so the server fetches it (HTTP basic auth with the account SID and
// auth token) and passes it on to a signed-in browser, under the pages' own CSP (media-src 'self').
// Only URLs of Twilio's Recordings resource are ever fetched: a stored URL cannot send the server
// anywhere else.

export type RecordingResult =
  | { ok: true; body: ReadableStream<Uint8Array>; type: string; length: string | null }
  | { ok: false; status: 404 | 502 | 503; message: string };

const RECORDING_URL = /^https:\/\/api\.twilio\.com\/2010-04-01\/Accounts\/(AC[0-9a-fA-F]{32})\/Recordings\/(RE[0-9a-fA-F]{32})(\.(mp3|wav))?$/;
const TIMEOUT_MS = 10_000;

export interface RecordingSource {
  accountSid: string | null;
  authToken: string | null;
  /** The HTTP client (the tests point it at a local stand-in for Twilio's API). */
  fetch?: typeof fetch;
}

export class Recordings {
  readonly #fetch: typeof fetch;

  constructor(private readonly source: RecordingSource) {
    this.#fetch = source.fetch ?? fetch;
  }

  /** Whether recordings can be played here at all (the account's SID and token are set). */
  get playable(): boolean {
    return Boolean(this.source.accountSid && this.source.authToken);
  }

  static isTwilioRecording(url: string | null | undefined): boolean {
    return typeof url === 'string' && RECORDING_URL.test(url);
  }

  async fetch(url: string): Promise<RecordingResult> {
    const match = RECORDING_URL.exec(url);
    if (!match) return { ok: false, status: 404, message: 'This recording is not one of the account’s Twilio recordings.' };
    if (!this.playable) {
      return { ok: false, status: 503, message: 'Recordings are kept at Twilio: the server needs the hotel’s Twilio account settings to play them (docs/operations.md).' };
    }
    // Only this account's own recordings: the credentials sent are its, and a parent account's open
    // its subaccounts' too, so a URL naming another account (stored from a webhook the server could
    // not check, or an account moved from) would play what this deployment never took.
    if (match[1]!.toLowerCase() !== this.source.accountSid!.toLowerCase()) {
      return { ok: false, status: 404, message: 'This recording belongs to another Twilio account than the one this server uses (TWILIO_ACCOUNT_SID).' };
    }
    const auth = Buffer.from(`${this.source.accountSid}:${this.source.authToken}`).toString('base64');
    let res: Response;
    try {
      res = await this.#fetch(`https://api.twilio.com/2010-04-01/Accounts/${match[1]}/Recordings/${match[2]}.mp3`, {
        headers: { Authorization: `Basic ${auth}` },
        signal: AbortSignal.timeout(TIMEOUT_MS),
        redirect: 'follow',
      });
    } catch {
      return { ok: false, status: 502, message: 'Twilio could not be reached to fetch the recording. Try again in a moment.' };
    }
    if (res.status === 404) return { ok: false, status: 404, message: 'Twilio no longer has this recording (it may have been deleted).' };
    if (!res.ok || !res.body) {
      return { ok: false, status: 502, message: `Twilio answered ${res.status} for the recording${res.status === 401 ? ': the account settings are not accepted' : ''}.` };
    }
    return { ok: true, body: res.body, type: res.headers.get('content-type') ?? 'audio/mpeg', length: res.headers.get('content-length') };
  }
}
