// The one stylesheet of the staff pages: readable on a phone and on a desk screen, visible focus
// for keyboard users, tables that scroll sideways instead of squashing.

export const STAFF_CSS = `
:root { --fg:#1d2330; --muted:#5b6474; --bg:#fff; --panel:#f5f7fa; --line:#d8dde6; --accent:#1f5fbf;
  --ok:#1d7a3a; --warn:#a15c00; --bad:#b3261e; --focus:#ffbf47; font-size:100%; }
* { box-sizing:border-box; }
body { margin:0; font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif; color:var(--fg); background:var(--bg); }
a { color:var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, summary:focus-visible {
  outline:3px solid var(--focus); outline-offset:2px; }
/* A date or time field's focus is on its day, month, year, hour or minute inside: the field itself is marked (it matched no :focus-visible). */
input[type="date"]:focus-within, input[type="time"]:focus-within { outline:3px solid var(--focus); outline-offset:2px; }
/* A row an action came back to (#callback-3, #reservation-7) is focused, for the keyboard to go on from. */
tr[tabindex="-1"]:focus { outline:3px solid var(--focus); outline-offset:-3px; }
.skip { position:absolute; left:-999px; top:0; background:#fff; padding:.5rem; z-index:10; }
.skip:focus { left:.5rem; }
header.top { background:#16223a; color:#fff; padding:.5rem 1rem; display:flex; flex-wrap:wrap; gap:.5rem 1rem; align-items:center; justify-content:space-between; }
header.top .brand { font-weight:700; color:#fff; text-decoration:none; }
header.top nav ul { list-style:none; margin:0; padding:0; display:flex; flex-wrap:wrap; gap:.25rem; }
header.top nav a { color:#fff; text-decoration:none; padding:.35rem .5rem; border-radius:.3rem; display:inline-block; }
header.top nav a[aria-current="page"] { background:#33507f; }
header.top nav a:hover { background:#2a3d60; }
header.top form { display:flex; gap:.5rem; align-items:center; margin:0; }
header.top .who { font-size:.9rem; opacity:.9; }
/* Two rows on a desk monitor (1024 to 1280 px), in English and in Spanish's longer words: the hotel, the
   switcher and who is logged in above; the menu and Find below, the menu never split across rows. */
header.top form.logout { order:1; margin-left:auto; }
header.top nav { order:2; }
header.top form.find { order:3; }
/* It takes the room the header has left (a group's switcher and Accounts leave little), never a line of its own. */
header.top form.find { flex:1 1 5rem; max-width:12rem; }
header.top form.find input { width:100%; min-width:0; font-size:.85rem; padding:.3rem .45rem; }
header.top .switcher label { font-size:.85rem; }
header.top .switcher select { max-width:12rem; }
header.top .language-switch { display:inline-flex; align-items:center; margin:0; font-size:.85rem; }
header.top .language-switch button.link, header.top a.language-switch { color:#fff; }
main { max-width:80rem; margin:0 auto; padding:1rem; }
h1 { font-size:1.5rem; margin:.5rem 0 1rem; }
h2 { font-size:1.2rem; margin:1.5rem 0 .5rem; }
.muted { color:var(--muted); }
.small { font-size:.875rem; }
.notice { padding:.6rem .8rem; border-radius:.3rem; background:#e8f3ea; border:1px solid #b7dbbf; margin:0 0 1rem; }
.notice.error { background:#fbeaea; border-color:#eab5b1; }
.notice.warn { background:#fff4e0; border-color:#f0c987; }
.filters { display:grid; grid-template-columns:repeat(auto-fit,minmax(10rem,1fr)); gap:.75rem; align-items:end;
  background:var(--panel); padding:.75rem; border-radius:.4rem; margin-bottom:1rem; }
label { display:block; font-weight:600; font-size:.9rem; }
input, select, textarea { font:inherit; width:100%; padding:.4rem .5rem; border:1px solid #9aa3b2; border-radius:.3rem; background:#fff; }
input[type=checkbox] { width:auto; }
button, .button { font:inherit; padding:.45rem .9rem; border-radius:.3rem; border:1px solid var(--accent); background:var(--accent);
  color:#fff; cursor:pointer; text-decoration:none; display:inline-block; }
button.secondary, .button.secondary { background:#fff; color:var(--accent); }
button.danger { background:var(--bad); border-color:var(--bad); }
button.link { background:none; border:0; padding:0; color:var(--accent); text-decoration:underline; cursor:pointer; text-align:left; }
form.inline { display:inline; margin:0; }
/* position: a visually-hidden header (position:absolute) inside a wide table scrolls with it, rather than
   widening the page past a phone's screen (the API tokens table's "Revoke" did). */
.scroll { overflow-x:auto; -webkit-overflow-scrolling:touch; position:relative; }
table { border-collapse:collapse; width:100%; font-size:.95rem; }
th, td { text-align:left; padding:.45rem .5rem; border-bottom:1px solid var(--line); vertical-align:top; }
th { background:var(--panel); font-weight:600; white-space:nowrap; }
td.num, th.num { text-align:right; font-variant-numeric:tabular-nums; }
.badge { display:inline-block; padding:.05rem .45rem; border-radius:1rem; font-size:.8rem; background:#e6e9ef; white-space:nowrap; }
.badge.booked, .badge.arrived, .badge.done { background:#dcefe1; color:#14532d; }
.badge.transferred, .badge.callback, .badge.open { background:#fff0d6; color:#6b3d00; }
.badge.abandoned, .badge.failed, .badge.cancelled, .badge.released { background:#f8dedc; color:#7a1b14; }
.badge.denial, .badge.regret { background:#ece3f7; color:#46206e; }
.badge.sent, .badge.delivered { background:#dcefe1; color:#14532d; }
.badge.unsent, .badge.queued, .badge.sending { background:#fff0d6; color:#6b3d00; }
.badge.undelivered { background:#f8dedc; color:#7a1b14; }
.badge.sms { background:#dde9fb; color:#163d73; }
td.msg { min-width:16rem; max-width:32rem; white-space:pre-wrap; overflow-wrap:anywhere; font-size:.9rem; }
/* What a guest said, texted or gave as a name may be one long run without a space (a text of 1,500
   x's): it wraps where it must instead of widening the page past a phone's screen. */
h1, dl.facts dd, .heard, blockquote.transcript { overflow-wrap:anywhere; }
.pager { display:flex; gap:1rem; align-items:center; flex-wrap:wrap; margin:1rem 0; }
.kpis { display:grid; grid-template-columns:repeat(auto-fit,minmax(10rem,1fr)); gap:.75rem; margin:0 0 1rem; padding:0; }
.kpis div { background:var(--panel); border-radius:.4rem; padding:.75rem; }
.kpis dt { font-size:.85rem; color:var(--muted); }
.kpis dd { margin:0; font-size:1.5rem; font-weight:700; font-variant-numeric:tabular-nums; }
.kpis dd.hint { font-size:.8rem; font-weight:400; color:var(--muted); }
.charts { display:grid; grid-template-columns:repeat(auto-fit,minmax(min(100%,36rem),1fr)); gap:1rem; }
figure { margin:0; background:var(--panel); border-radius:.4rem; padding:.75rem; }
figcaption { font-weight:600; margin-bottom:.25rem; }
svg.chart { width:100%; height:auto; display:block; }
svg.chart text { font:12px system-ui,sans-serif; fill:#3b4252; }
svg.chart .bar { fill:#3f78c9; }
svg.chart .bar.alt { fill:#e08a1e; }
svg.chart .grid { stroke:#d8dde6; }
dl.facts { display:grid; grid-template-columns:max-content 1fr; gap:.25rem 1rem; margin:0 0 1rem; }
dl.facts dt { font-weight:600; }
dl.facts dd { margin:0; }
ol.timeline { list-style:none; padding:0; margin:0; border-left:3px solid var(--line); }
ol.timeline > li { position:relative; margin:0 0 1rem; padding:.25rem 0 .25rem 1rem; }
ol.timeline > li::before { content:""; position:absolute; left:-.5rem; top:.6rem; width:.7rem; height:.7rem; border-radius:50%; background:var(--accent); }
ol.timeline > li.error::before { background:var(--bad); }
ol.timeline > li.reprompt::before { background:var(--warn); }
.step-head { font-weight:600; }
.said { margin:.25rem 0; padding-left:1rem; }
.said li { margin:.15rem 0; }
.heard { background:#fffbe6; padding:.1rem .35rem; border-radius:.2rem; }
.card { border:1px solid var(--line); border-radius:.4rem; padding:.75rem; margin:0 0 1rem; }
.actions { display:flex; flex-wrap:wrap; gap:.5rem; align-items:center; }
.actions form { display:flex; gap:.4rem; align-items:center; flex-wrap:wrap; margin:0; }
.actions label { display:inline-flex; gap:.25rem; align-items:center; font-weight:400; }
pre.mermaid { background:var(--panel); padding:.75rem; border-radius:.4rem; overflow-x:auto; font-size:.85rem; }
td.free0 { background:#f8dedc; }
td.freelow { background:#fff0d6; }
.login { max-width:24rem; margin:3rem auto; }
main.home { max-width:44rem; }
main.home code { overflow-wrap:anywhere; }
.login form > * + * { margin-top:.75rem; }
.token { font-family:ui-monospace,monospace; word-break:break-all; background:var(--panel); padding:.5rem; border-radius:.3rem; }
.booking { display:grid; grid-template-columns:repeat(auto-fit,minmax(min(100%,14rem),1fr)); gap:.75rem 1rem; align-items:start;
  background:var(--panel); padding:.75rem; border-radius:.4rem; max-width:48rem; }
.booking .wide { grid-column:1 / -1; margin:0; }
.booking fieldset { border:1px solid var(--line); border-radius:.3rem; padding:.4rem .6rem; display:flex; flex-wrap:wrap; gap:.25rem 1rem; }
.booking fieldset[aria-invalid="true"] { border-color:var(--bad); }
.booking legend { font-weight:600; font-size:.9rem; padding:0 .25rem; }
.booking input[type=radio] { width:auto; margin:0; }
.booking label.choice { display:inline-flex; gap:.35rem; align-items:center; font-weight:400; font-size:1rem; min-height:2.25rem; }
.visually-hidden { position:absolute; width:1px; height:1px; overflow:hidden; clip:rect(0 0 0 0); white-space:nowrap; }
header.top nav .count { display:inline-block; min-width:1.4em; padding:0 .35em; border-radius:1em; background:#e6e9ef; color:#16223a; font-size:.8rem; font-weight:700; text-align:center; }
header.top nav .count.overdue { background:#ffb3ad; color:#5c0f09; }
.badge.overdue { background:#b3261e; color:#fff; }
.badge.tried { background:#ece3f7; color:#46206e; }
.badge.informed, .badge.inprogress { background:#dde9fb; color:#163d73; }
.overdue-text { color:var(--bad); }
tr.overdue > td:first-child { box-shadow:inset 4px 0 0 var(--bad); }
.field-error { color:var(--bad); font-size:.875rem; margin:.25rem 0 0; flex-basis:100%; }
input[aria-invalid="true"] { border-color:var(--bad); outline:2px solid var(--bad); }
.voicemail audio { width:100%; min-width:14rem; max-width:22rem; height:2.25rem; display:block; }
blockquote.transcript { margin:.35rem 0 0; padding:.25rem .5rem; border-left:3px solid var(--line); font-size:.9rem; color:#2c3340; max-width:28rem; }
.done-form { flex-wrap:nowrap; }
.done-form input[name=note] { min-width:9rem; }
a.dial { margin-left:.25rem; }
.summary { font-size:1.1rem; margin:0 0 1rem; padding:.6rem .8rem; background:var(--panel); border-radius:.4rem; }
.presets { display:flex; flex-wrap:wrap; gap:.4rem; margin:0 0 .75rem; padding:0; list-style:none; }
.presets a { display:inline-block; padding:.3rem .7rem; border:1px solid var(--accent); border-radius:1rem; text-decoration:none; }
.presets a[aria-current] { background:var(--accent); color:#fff; }
.live-dot { display:inline-block; width:.55rem; height:.55rem; border-radius:50%; background:var(--ok); margin-right:.3rem; vertical-align:middle; }
.handover { border:2px solid var(--line); border-radius:.4rem; padding:.6rem .75rem; margin:0 0 1rem; }
.handover h2 { margin-top:0; font-size:1.05rem; }
.handover-text { white-space:pre-wrap; overflow-wrap:anywhere; margin:.25rem 0 .5rem; }
.handover-form button { margin-top:.4rem; }
.now-panel { display:grid; grid-template-columns:repeat(auto-fit,minmax(9rem,1fr)); gap:.75rem; margin:0 0 1rem; padding:0; }
.now-panel div { border:2px solid var(--line); border-radius:.4rem; padding:.6rem .75rem; }
.now-panel dt { font-size:.85rem; color:var(--muted); }
.now-panel dd { margin:0; font-size:1.6rem; font-weight:700; font-variant-numeric:tabular-nums; }
.now-panel dd.hint { font-size:.85rem; font-weight:400; color:var(--muted); }
ul.needs-person { list-style:none; margin:0 0 .5rem; padding:0; }
ul.needs-person li { border-left:4px solid var(--warn); padding:.3rem .6rem; margin:0 0 .4rem; background:var(--panel); border-radius:0 .3rem .3rem 0; }
ul.needs-person .why { display:block; font-size:.9rem; color:#2c3340; }
ul.needs-person .guest { font-weight:600; }
/* A waiting request's actions beside its call: one line where the width allows, two on a phone. */
ul.needs-person .callback-actions { margin-top:.25rem; gap:.35rem .5rem; font-size:.9rem; }
ul.needs-person .callback-actions form { flex-wrap:nowrap; gap:.3rem; }
ul.needs-person .callback-actions button { padding:.2rem .6rem; font-size:.9rem; min-height:2rem; }
ul.needs-person .callback-actions input[name=note] { padding:.2rem .4rem; min-width:0; width:11rem; font-size:.9rem; min-height:2rem; }
ul.needs-person li:focus, #needs-person:focus { outline:3px solid var(--focus); outline-offset:2px; }
@media (min-width:60rem) {
  .today { display:grid; grid-template-columns:minmax(18rem,1fr) 2fr; gap:1rem; align-items:start; }
  .today .now-panel { grid-template-columns:1fr 1fr; }
  #needs-person h2 { margin-top:0; }
  ul.needs-person .why { display:inline; margin-left:.5rem; }
}
details.period-form > summary, #outcomes-details > summary, #charts-details > summary { cursor:pointer; margin:.25rem 0 .5rem; }
input.tech-toggle { width:auto; margin-right:.4rem; }
.tech-toggle-label { display:inline; font-weight:400; color:var(--muted); font-size:.9rem; }
.tech { display:none; }
#show-tech:checked ~ .tech, #show-tech:checked ~ ol .tech { display:block; }
#show-tech:checked ~ ol span.tech { display:inline; }
details.tech > summary { cursor:pointer; color:var(--muted); font-size:.9rem; }
svg.flowmap { display:block; max-width:none; height:auto; margin:0 auto; }
svg.flowmap .node.transient rect { fill:#f4f4f4; stroke:#999; stroke-dasharray:4 3; }
svg.flowmap .node.waiting rect { fill:#fff; stroke:#3366aa; }
details.source > summary { cursor:pointer; color:var(--muted); font-size:.9rem; }
svg.flowmap text { font:12px system-ui,sans-serif; fill:#1d2330; }
svg.flowmap .node rect { fill:#eef5ff; stroke:#3366aa; }
svg.flowmap .node.handoff rect { fill:#fff4e0; stroke:#b36b00; }
svg.flowmap .node.end rect { fill:#dcefe1; stroke:#1d7a3a; }
svg.flowmap .edge { fill:none; stroke:#8a94a6; stroke-width:1.2; }
svg.flowmap .count { font-weight:700; fill:#1f5fbf; }
.flowmap-wrap { overflow-x:auto; background:#fff; border:1px solid var(--line); border-radius:.4rem; padding:.5rem; }
svg.chart.narrow { display:none; }
@media (max-width:40rem) {
  svg.chart.wide { display:none; }
  svg.chart.narrow { display:block; }
  table.stack, table.stack tbody, table.stack tr, table.stack td { display:block; width:100%; }
  table.stack thead { position:absolute; width:1px; height:1px; overflow:hidden; clip:rect(0 0 0 0); }
  table.stack tr { border:1px solid var(--line); border-radius:.4rem; margin:0 0 .75rem; padding:.35rem .6rem; }
  /* The label in a column of its own, the cell's content flowing as one block beside it (a grid made
     each link and line of a cell a grid item, so every other one fell into the label's column). */
  table.stack td { border:0; padding:.25rem 0 .25rem 7rem; position:relative; min-height:1.6rem; }
  table.stack td::before { content:attr(data-label); position:absolute; left:0; top:.3rem; width:6.5rem; font-weight:600; color:var(--muted); font-size:.85rem; }
  table.stack td.num { text-align:left; }
  /* A row's own heading (the morning's property) above its cells, its words wrapping. */
  table.stack tfoot, table.stack th[scope=row] { display:block; width:100%; white-space:normal; text-align:left; }
  table.stack td.msg { min-width:0; max-width:none; }
  table.stack tr.overdue { border-left:4px solid var(--bad); }
  tr.overdue > td:first-child { box-shadow:none; }
  .done-form { flex-wrap:wrap; }
  header.top .who { display:none; }
  /* On a phone the header stays short: Reservations has the same search. */
  header.top form.find { display:none; }
}
@media (max-width:40rem) {
  main { padding:.75rem; }
  .now-panel, .kpis { grid-template-columns:repeat(2,minmax(0,1fr)); gap:.5rem; }
  .now-panel div, .kpis div { padding:.4rem .6rem; }
  .now-panel dd, .kpis dd { font-size:1.3rem; }
  .now-panel dt, .kpis dt { font-size:.8rem; }
  h2 { margin:1rem 0 .4rem; }
  h1 { font-size:1.3rem; }
  dl.facts { grid-template-columns:1fr; }
  dl.facts dd { margin-bottom:.4rem; }
  table.stack tr.property-group th, table.stack tr.list-part th { display:block; white-space:normal; }
}
tr.property-group th { background:#e6ecf5; }
/* In house's parts: the arrived guests, and apart those booked for the night not in yet (in-house.ts). */
tr.list-part th { background:#f3f5f8; font-weight:600; }
.print-only { display:none; }
/* On paper (today's arrivals, departures, in house): the list and what it is, without the header,
   the forms, the buttons and the links' colours; rows kept whole. */
@media print {
  header.top, .skip, .filters, .presets, .actions, form, button, .button, .dial, audio, #live-note, details.source { display:none !important; }
  .print-only { display:block; }
  main { max-width:none; padding:0; }
  h1 { font-size:14pt; margin:0 0 .3rem; }
  a { color:inherit; text-decoration:none; }
  table { font-size:10pt; }
  tr { break-inside:avoid; }
  #reservations thead th:last-child, #reservations td[data-label="Actions"] { display:none; }
  tr.property-group th { background:none; border-bottom:2px solid #000; font-size:11pt; }
  tr.list-part th { background:none; border-bottom:1px solid #000; }
}
`;
