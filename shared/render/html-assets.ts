/**
 * The HTML page's inline style and script. Kept as fixed strings: the page carries a
 * Content-Security-Policy that allows exactly these two by hash, so nothing else can run.
 */

export const STYLE = `
:root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #ffffff; --panel: #f6f8fa;
  --ok: #1a7f37; --ok-bg: #dafbe1; --bad: #cf222e; --bad-bg: #ffebe9; --mixed: #9a6700; --mixed-bg: #fff8c5; --none: #59636e; --none-bg: #eff2f5; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: var(--bg); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
.fc-page { max-width: 76rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .75rem; }
h3 { font-size: 1.05rem; margin: 0 0 .5rem; }
h4 { font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: .9rem 0 .3rem; }
.fc-meta { color: var(--muted); margin: 0 0 1rem; font-size: .92rem; }
.fc-meta span + span::before { content: " · "; }
.fc-summary { border: 1px solid var(--line); border-radius: 8px; padding: .75rem 1rem; background: var(--panel); }
.fc-total { margin: 0 0 .5rem; }
.fc-counts { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; }
.fc-count { display: flex; align-items: baseline; gap: .4rem; }
.fc-swatch { display: inline-block; width: .9rem; height: .9rem; border-radius: 3px; border: 2px solid; align-self: center; }
.fc-legend { color: var(--muted); font-size: .85rem; }
.fc-note { margin: .6rem 0 0; font-size: .92rem; }
.fc-layout { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1.5rem; margin-top: 1.5rem; }
@media (min-width: 60rem) { .fc-js .fc-layout { grid-template-columns: minmax(0, 1fr) 24rem; } .fc-panel { position: sticky; top: 1rem; align-self: start; max-height: calc(100vh - 2rem); overflow: auto; } }
.fc-article { font-family: Georgia, "Times New Roman", serif; font-size: 1.08rem; line-height: 1.7; }
.fc-article p { margin: 0 0 1em; }
.fc-article .fc-only-sentences { font-family: system-ui, sans-serif; color: var(--muted); font-size: .9rem; }
.fc-panel { display: none; }
.fc-js .fc-panel { display: block; }
.fc-panel { border: 1px solid var(--line); border-radius: 8px; background: var(--panel); padding: 1rem; }
.fc-panel-bar { display: flex; gap: .4rem; justify-content: flex-end; margin-bottom: .5rem; }
.fc-panel-bar button, .fc-open { font: inherit; cursor: pointer; }
.fc-panel-bar button { border: 1px solid var(--line); background: var(--bg); border-radius: 6px; padding: .15rem .6rem; font-size: .85rem; }
.fc-hint { color: var(--muted); margin: 0; }
.fc-key { color: var(--muted); }
/* The heading takes focus only so screen readers read the new details. */
#fc-panel-body h3:focus { outline: none; }
.fc-hl { color: inherit; cursor: pointer; border-radius: 3px; padding: 0 .1em; border-bottom: 2px solid; }
.fc-hl:focus-visible, .fc-open:focus-visible, .fc-panel-bar button:focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }
.fc-hl.fc-current { outline: 2px solid var(--ink); outline-offset: 1px; }
.fc-check { font-family: system-ui, sans-serif; font-size: .8em; vertical-align: super; margin-left: .15em; padding: 0 .3em; border: 1px solid; border-radius: 999px; }
.v-supported.fc-hl, .v-supported .fc-swatch, .fc-badge.v-supported { background: var(--ok-bg); border-color: var(--ok); }
.v-contradicted.fc-hl, .v-contradicted .fc-swatch, .fc-badge.v-contradicted { background: var(--bad-bg); border-color: var(--bad); border-bottom-style: double; border-bottom-width: 3px; }
.v-disputed.fc-hl, .v-disputed .fc-swatch, .fc-badge.v-disputed { background: var(--mixed-bg); border-color: var(--mixed); border-bottom-style: dashed; }
.v-unverifiable.fc-hl, .v-unverifiable .fc-swatch, .fc-badge.v-unverifiable { background: var(--none-bg); border-color: var(--none); border-bottom-style: dotted; }
.fc-badge { display: inline-block; border: 1px solid; border-radius: 999px; padding: 0 .55rem; font-size: .8rem; font-weight: 600; white-space: nowrap; }
.fc-swatch.v-contradicted, .fc-badge.v-contradicted { border-bottom-width: 1px; border-bottom-style: solid; }
.fc-claims { list-style: none; margin: 0; padding: 0; }
.fc-item { border-top: 1px solid var(--line); padding: .75rem 0; }
.fc-item-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: .5rem; }
.fc-open { border: none; background: none; padding: 0; color: #0969da; text-decoration: underline; text-align: left; }
.fc-kind { color: var(--muted); font-size: .85rem; }
.fc-compare { margin: .3rem 0; }
.fc-compare b { font-weight: 600; }
.fc-expl { margin: .3rem 0; }
/* Without the script every detail stays visible in the list. */
.fc-js .fc-more { display: none; }
.fc-detail blockquote { margin: .5rem 0; padding: .2rem .8rem; border-left: 3px solid var(--line); color: var(--muted); }
.fc-detail ul { margin: .2rem 0; padding-left: 1.2rem; }
.fc-detail li { margin: .15rem 0; overflow-wrap: anywhere; }
.fc-url { display: block; color: var(--muted); font-size: .8rem; overflow-wrap: anywhere; }
.fc-conf { color: var(--muted); font-size: .85rem; }
.fc-engine { color: var(--muted); font-size: .8rem; margin-top: 2rem; }
@media print {
  body { font-size: 11pt; }
  .fc-page { max-width: none; padding: 0; }
  .fc-panel, .fc-no-print { display: none !important; }
  .fc-layout { display: block; }
  .fc-more { display: block !important; }
  .fc-open { color: inherit; text-decoration: none; }
  .fc-hl, .fc-swatch, .fc-badge { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .fc-hl.fc-current { outline: none; }
  .fc-item { break-inside: avoid; }
  a { color: inherit; }
}
`;

/**
 * Builds the detail panel from the JSON block with createElement/textContent only: the data
 * holds article and reference text, which must never be parsed as markup.
 */
export const SCRIPT = `
(function () {
  'use strict';
  var node = document.getElementById('fc-data');
  var panel = document.getElementById('fc-panel');
  var body = document.getElementById('fc-panel-body');
  if (!node || !panel || !body) return;
  var data;
  try { data = JSON.parse(node.textContent || '{}'); } catch (e) { return; }
  var claims = Array.isArray(data.claims) ? data.claims : [];
  var byId = new Map();
  claims.forEach(function (c, i) { byId.set(String(c.id), i); });
  document.documentElement.classList.add('fc-js');
  var current = -1;
  var opener = null;
  var hint = body.firstElementChild ? body.firstElementChild.cloneNode(true) : null;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function safeHref(u) {
    if (typeof u !== 'string') return null;
    try {
      var p = new URL(u);
      return p.protocol === 'http:' || p.protocol === 'https:' ? p.href : null;
    } catch (e) { return null; }
  }
  function para(parent, cls, label, value) {
    if (value === undefined || value === null || value === '') return;
    var p = el('p', cls);
    if (label) p.appendChild(el('span', 'fc-key', label));
    p.appendChild(document.createTextNode(String(value)));
    parent.appendChild(p);
  }
  function sources(parent, title, list) {
    if (!Array.isArray(list) || !list.length) return;
    parent.appendChild(el('h4', null, title));
    var ul = el('ul');
    list.forEach(function (s) {
      var li = el('li');
      var name = String(s.organisation) + (s.date ? ', ' + s.date : '');
      var href = safeHref(s.url);
      if (href) {
        var a = el('a', null, name);
        a.setAttribute('href', href);
        a.setAttribute('rel', 'noopener noreferrer');
        a.setAttribute('target', '_blank');
        li.appendChild(a);
      } else {
        li.appendChild(el('span', null, name));
      }
      li.appendChild(document.createTextNode(': ' + s.amount + (s.fits ? ' (fits)' : ' (does not fit)')));
      if (s.title) li.appendChild(el('span', 'fc-url', s.title));
      ul.appendChild(li);
    });
    parent.appendChild(ul);
  }
  function textList(parent, title, list) {
    if (!Array.isArray(list) || !list.length) return;
    parent.appendChild(el('h4', null, title));
    var ul = el('ul');
    list.forEach(function (t) { ul.appendChild(el('li', null, t)); });
    parent.appendChild(ul);
  }
  function marks() { return document.querySelectorAll('[data-claim]'); }
  function setCurrent(id) {
    Array.prototype.forEach.call(marks(), function (m) {
      var on = m.getAttribute('data-claim') === id;
      m.classList.toggle('fc-current', on);
      m.setAttribute('aria-expanded', on ? 'true' : 'false');
    });
  }
  function show(i, from) {
    var c = claims[i];
    if (!c) return;
    current = i;
    if (from) opener = from;
    while (body.firstChild) body.removeChild(body.firstChild);
    var head = el('h3', null, null);
    head.setAttribute('tabindex', '-1');
    head.appendChild(el('span', 'fc-badge v-' + c.verdict, c.mark + ' ' + c.label));
    head.appendChild(document.createTextNode(' \\u201c' + c.quote + '\\u201d'));
    body.appendChild(head);
    if (c.consistency) para(body, 'fc-kind', null, c.kind);
    if (c.sentence) body.appendChild(el('blockquote', null, c.sentence));
    if (!c.consistency) {
      para(body, 'fc-compare', 'Claimed: ', c.claimed);
      para(body, 'fc-compare', 'Reference: ', c.reference || 'no reference figure');
    }
    para(body, 'fc-expl', null, c.explanation);
    textList(body, 'Sides', (c.sides || []).map(function (s) { return s.side + ': ' + s.value + (s.fits ? ' (fits)' : ' (does not fit)'); }));
    textList(body, 'Computation', c.computation);
    sources(body, 'Sources', c.sources);
    sources(body, 'Later revisions', c.revisions);
    sources(body, 'Other sources', c.others);
    textList(body, 'Close candidates that lost', (c.rejected || []).map(function (r) { return r.factId + ': ' + r.reason; }));
    para(body, 'fc-conf', 'Confidence: ', c.confidence);
    setCurrent(String(c.id));
    head.focus();
  }
  function close() {
    if (current < 0) return;
    current = -1;
    while (body.firstChild) body.removeChild(body.firstChild);
    if (hint) body.appendChild(hint.cloneNode(true));
    setCurrent(null);
    if (opener && document.contains(opener)) opener.focus();
  }
  function idOf(t) {
    var e = t && t.closest ? t.closest('[data-claim],[data-open]') : null;
    if (!e) return null;
    return { el: e, id: e.getAttribute('data-claim') || e.getAttribute('data-open') };
  }
  document.addEventListener('click', function (ev) {
    var hit = idOf(ev.target);
    if (hit && byId.has(hit.id)) { ev.preventDefault(); show(byId.get(hit.id), hit.el); }
  });
  document.addEventListener('keydown', function (ev) {
    if (ev.key === 'Escape') { close(); return; }
    if (ev.key !== 'Enter' && ev.key !== ' ') return;
    var t = ev.target;
    if (!t || !t.hasAttribute || !t.hasAttribute('data-claim') || t.tagName === 'BUTTON') return;
    var id = t.getAttribute('data-claim');
    if (byId.has(id)) { ev.preventDefault(); show(byId.get(id), t); }
  });
  var prev = document.getElementById('fc-prev');
  var next = document.getElementById('fc-next');
  var shut = document.getElementById('fc-close');
  if (prev) prev.addEventListener('click', function () { show(current <= 0 ? claims.length - 1 : current - 1, null); });
  if (next) next.addEventListener('click', function () { show(current < 0 || current >= claims.length - 1 ? 0 : current + 1, null); });
  if (shut) shut.addEventListener('click', close);
})();
`;
