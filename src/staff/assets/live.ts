// The script of the pages whose figures update on their own (Overview, Callbacks), served as
// /staff/assets/live.js under the pages' CSP (script-src 'self'; connect-src 'self'). Every few
// seconds, while the tab is visible, it asks /staff/live (found beside its own URL) for what is
// happening now and writes it into the elements marked data-live="…". On the callback worklist,
// when the requests change, it fetches the page again and swaps the list in — unless someone is
// typing a note, who is told instead; on the overview, the calls that need a person likewise. Without JavaScript every page still works: it just does not
// change until reloaded.

import { BACKGROUND_HEADER } from '../auth.ts';

export const LIVE_JS = `(() => {
  'use strict';
  const EVERY_MS = 5000;
  // Next to this script's own URL (…/staff/assets/live.js → …/staff/live): right whatever path the
  // console is served under (PUBLIC_BASE_URL's, behind a proxy), with nothing written into it.
  const LIVE_URL = new URL('../live', document.currentScript.src).href;
  // Marked as the page's own background work (src/staff/auth.ts BACKGROUND_HEADER): polls keep no session alive.
  const BACKGROUND = (accept) => ({ accept, '${BACKGROUND_HEADER}': '1' });
  // The login page the poll was sent to (it says why: ended=idle), coming back to this page after
  // logging in. \`next\` is the app's own path: the console's base path (PUBLIC_BASE_URL's) left off.
  const BASE = new URL(LIVE_URL).pathname.slice(0, -'/staff/live'.length);
  const toLogin = (sentTo) => {
    const login = new URL(sentTo);
    if (!login.pathname.endsWith('/staff/login')) { location.reload(); return; }
    const here = location.pathname.startsWith(BASE) ? location.pathname.slice(BASE.length) : location.pathname;
    login.searchParams.set('next', here + location.search);
    location.assign(login.href);
  };
  let lastQueue = null;
  const set = (key, value) => {
    for (const el of document.querySelectorAll('[data-live="' + key + '"]')) {
      if (el.textContent !== String(value)) el.textContent = String(value);
    }
  };
  const navCounts = (open, overdue) => {
    for (const el of document.querySelectorAll('[data-live="nav-callbacks"]')) {
      el.textContent = '';
      if (open) { const s = document.createElement('span'); s.className = 'count'; s.title = 'waiting for a call back'; s.textContent = String(open); el.append(' ', s); }
      if (overdue) { const s = document.createElement('span'); s.className = 'count overdue'; s.title = 'past what the caller was promised'; s.textContent = overdue + ' late'; el.append(' ', s); }
    }
  };
  const typing = (root) => root && [...root.querySelectorAll('input[name=note]')].some((i) => i.value.trim() !== '' || i === document.activeElement);
  // The page fetched again, and the region of that id swapped in (when the page has it).
  // A keyboard user's place in a region swapped in is kept: the element focused there before (by its
  // id, else by its row and its place in the row), else its row, else the page's main part (the
  // focus otherwise fell to the page's start each time the list changed, every minute at least).
  const FOCUSABLE = 'a[href], button, input:not([type=hidden]), select, textarea, audio[controls], summary';
  const placeIn = (region) => {
    const active = document.activeElement;
    if (!active || active === document.body || !region.contains(active)) return null;
    const row = active.closest('tr[id], li[data-call]');
    const rowKey = !row ? null : row.id ? '#' + CSS.escape(row.id) : '[data-call="' + CSS.escape(row.dataset.call) + '"]';
    return { id: active.id || null, row: rowKey, index: row ? [...row.querySelectorAll(FOCUSABLE)].indexOf(active) : -1 };
  };
  const focusPlace = (place) => {
    if (!place) return;
    let target = place.id ? document.getElementById(place.id) : null;
    const row = !target && place.row ? document.querySelector(place.row) : null;
    if (row) target = row.querySelectorAll(FOCUSABLE)[place.index] || row;
    if (target) target.focus();
    if (document.activeElement === document.body || !document.activeElement) document.getElementById('main')?.focus();
  };
  const refreshRegion = async (id) => {
    const region = document.getElementById(id);
    if (!region) return;
    const res = await fetch(location.href, { credentials: 'same-origin', headers: BACKGROUND('text/html') });
    if (!res.ok) return;
    const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
    const fresh = doc.getElementById(id);
    if (!fresh) return;
    const place = placeIn(region);
    region.replaceWith(document.importNode(fresh, true));
    focusPlace(place);
  };
  const refreshQueue = async () => {
    const list = document.getElementById('callbacks-region');
    if (!list) return;
    if (typing(list)) {
      const note = document.getElementById('live-note');
      if (note) note.hidden = false;
      return;
    }
    await refreshRegion('callbacks-region');
  };
  let lastNeeds = null;
  let lastDesk = null;
  const tick = async () => {
    if (document.hidden) return;
    try {
      const res = await fetch(LIVE_URL, { credentials: 'same-origin', headers: BACKGROUND('application/json') });
      // The session ended (idle too long, logged out elsewhere): the page is loaded again, which
      // shows the login form saying why, rather than figures that have stopped changing.
      if (res.redirected) { toLogin(res.url); return; }
      if (!res.ok) return;
      const now = await res.json();
      set('calls-in-progress', now.callsInProgress);
      set('with-desk', now.withDesk);
      set('texts-open', now.textsOpen);
      set('callbacks-waiting', now.callbacksWaiting);
      set('callbacks-overdue', now.callbacksOverdue);
      set('live-updated', now.at);
      navCounts(now.callbacksWaiting, now.callbacksOverdue);
      if (lastQueue !== null && lastQueue !== now.queue) await refreshQueue();
      lastQueue = now.queue;
      if (lastNeeds !== null && lastNeeds !== now.needsPerson) await refreshRegion('needs-person');
      lastNeeds = now.needsPerson;
      if (lastDesk !== null && lastDesk !== now.withDeskCalls) await refreshRegion('with-desk-now');
      lastDesk = now.withDeskCalls;
    } catch (err) {
      // Offline for a moment: the next tick tries again.
    }
  };
  document.addEventListener('visibilitychange', () => { if (!document.hidden) tick(); });
  setInterval(tick, EVERY_MS);
  tick();
})();
`;
