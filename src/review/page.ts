import { createHash } from 'node:crypto';
import { jsonForScript } from '../lib/escape';

/**
 * The served review page: report.html as renderHtml makes it, plus the review UI (a script that fills each
 * flag's empty .flag-actions placeholder with buttons and a note field, and its stylesheet). The static
 * report.html stays as it is; only the served copy changes. Its Content-Security-Policy (a meta tag allowing
 * the report's own script by hash and no fetches) moves to an HTTP header that also allows the review
 * script by hash and fetches to this server only ('self'), and forbids framing (clickjacking).
 */

export const REVIEW_JS = `
(function () {
  'use strict';
  var cfg = JSON.parse(document.getElementById('claimdiff-review').textContent);
  // Every flag needs a decision: the folded notes and coverage are opened in review mode.
  Array.prototype.forEach.call(document.querySelectorAll('details.notes, details.coverage'), function (d) { d.open = true; });
  var LABEL = { confirmed: 'Confirmed', dismissed: 'Dismissed', 'needs-work': 'Needs work', none: 'Note only' };
  function readable(when) {
    var t = Date.parse(when);
    if (isNaN(t)) return when;
    var iso = new Date(t).toISOString();
    return iso.slice(0, 10) + ' ' + iso.slice(11, 16) + ' UTC';
  }
  function label(d) { return LABEL[d || 'none']; }
  var CHOICES = [['confirmed', 'Confirm'], ['dismissed', 'Dismiss'], ['needs-work', 'Needs work']];
  var boxes = {};
  var states = {};
  var banner = document.createElement('div');
  banner.className = 'review-banner';
  banner.setAttribute('role', 'status');
  var bannerText = document.createElement('span');
  banner.appendChild(bannerText);
  document.body.insertBefore(banner, document.body.firstChild);

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function api(method, body) {
    var init = { method: method, credentials: 'same-origin', cache: 'no-store', headers: { 'X-Claimdiff-Token': cfg.token } };
    if (body) { init.headers['Content-Type'] = 'application/json'; init.body = JSON.stringify(body); }
    return fetch('/api/decisions', init).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (j) {
        if (!r.ok) throw new Error(j.error || ('HTTP ' + r.status));
        return j;
      });
    });
  }

  function updateBanner() {
    var ids = Object.keys(boxes);
    var open = ids.filter(function (id) { var s = states[id]; return !(s && !s.stale && s.decision === 'dismissed'); }).length;
    var undecided = ids.filter(function (id) { var s = states[id]; return !s || s.stale || !s.decision; }).length;
    bannerText.textContent = 'Review mode \\u00b7 decisions are saved to ' + cfg.reviewsFile + ' as ' + cfg.who +
      ' \\u00b7 ' + undecided + ' of ' + ids.length + ' flags without a decision, ' + open + ' open ';
  }

  function show(id, review) {
    var box = boxes[id];
    if (!box) return;
    states[id] = review || null;
    var flag = box.flag;
    CHOICES.forEach(function (c) { flag.classList.remove('decided-' + c[0]); });
    flag.classList.remove('decision-stale');
    box.buttons.forEach(function (b) { b.setAttribute('aria-pressed', 'false'); });
    box.status.className = 'status';
    if (!review) {
      flag.setAttribute('data-review', 'none');
      box.status.textContent = 'Not reviewed yet';
    } else if (review.stale) {
      flag.setAttribute('data-review', 'stale');
      flag.classList.add('decision-stale');
      box.status.className = 'status stale';
      box.status.textContent = 'Was ' + label(review.decision).toLowerCase() + ' by ' + review.who + ' (' + readable(review.when) +
        '); the evidence has changed since, so it needs a new decision';
    } else if (!review.decision) {
      flag.setAttribute('data-review', 'noted');
      box.status.textContent = 'Note saved by ' + review.who + ' (' + readable(review.when) + '); no decision yet';
    } else {
      flag.setAttribute('data-review', review.decision);
      flag.classList.add('decided-' + review.decision);
      box.buttons.forEach(function (b) { if (b.value === review.decision) b.setAttribute('aria-pressed', 'true'); });
      box.status.textContent = LABEL[review.decision] + ' by ' + review.who + ' (' + readable(review.when) + ')';
    }
    applyFilter();
    if (review && review.note && document.activeElement !== box.note) box.note.value = review.note;
    updateBanner();
  }

  function decide(id, decision) {
    var box = boxes[id];
    box.buttons.forEach(function (b) { b.disabled = true; });
    box.status.className = 'status';
    box.status.textContent = 'Saving\\u2026';
    post(id, { flagId: id, decision: decision, note: box.note.value })
      .then(function (res) { show(id, res.review); })
      .catch(function (e) { box.status.className = 'status error'; box.status.textContent = 'Not saved: ' + e.message; })
      .then(function () { box.buttons.forEach(function (b) { b.disabled = false; }); });
  }

  // One flag's saves go in order (a note saved on blur, then the decision clicked right after).
  function post(id, body) {
    var box = boxes[id];
    var run = (box.chain || Promise.resolve()).then(function () { return api('POST', body); });
    box.chain = run.catch(function () {});
    return run;
  }

  // A note is saved as typed (when the field loses focus), with the decision already made or none.
  function saveNote(id) {
    var box = boxes[id];
    var current = states[id];
    var text = box.note.value.trim();
    if (text === ((current && current.note) || '')) return;
    if (!text && !current) return;
    box.status.className = 'status';
    box.status.textContent = 'Saving note\u2026';
    var decision = current && !current.stale ? current.decision : null;
    post(id, { flagId: id, decision: decision, note: box.note.value })
      .then(function (res) { show(id, res.review); })
      .catch(function (e) { box.status.className = 'status error'; box.status.textContent = 'Note not saved: ' + e.message; });
  }

  // Filter by review state: every flag carries data-review (none, noted, stale, confirmed, dismissed, needs-work).
  var filter = el('select', 'review-filter');
  filter.setAttribute('aria-label', 'Show flags by review state');
  [['all', 'all flags'], ['none', 'not reviewed'], ['noted', 'note only'], ['needs-work', 'needs work'], ['confirmed', 'confirmed'], ['dismissed', 'dismissed'], ['stale', 'stale']].forEach(function (o) {
    var opt = el('option', '', 'Show: ' + o[1]);
    opt.value = o[0];
    filter.appendChild(opt);
  });
  function applyFilter() {
    var v = filter.value;
    Object.keys(boxes).forEach(function (id) {
      var f = boxes[id].flag;
      f.hidden = v !== 'all' && f.getAttribute('data-review') !== v;
    });
  }
  filter.addEventListener('change', applyFilter);

  Array.prototype.forEach.call(document.querySelectorAll('.flag-actions[data-flag-id]'), function (holder) {
    var id = holder.getAttribute('data-flag-id');
    var box = { flag: holder.closest('.flag') || holder, buttons: [], note: el('input', 'note'), status: el('span', 'status') };
    holder.classList.add('review');
    CHOICES.forEach(function (c) {
      var b = el('button', 'decide decide-' + c[0], c[1]);
      b.type = 'button';
      b.value = c[0];
      b.setAttribute('aria-pressed', 'false');
      b.addEventListener('click', function () { decide(id, c[0]); });
      box.buttons.push(b);
      holder.appendChild(b);
    });
    box.note.type = 'text';
    box.note.placeholder = 'Note (saved as you leave the field)';
    box.note.addEventListener('change', function () { saveNote(id); });
    box.note.setAttribute('aria-label', 'Note for flag ' + id);
    box.note.maxLength = 2000;
    holder.appendChild(box.note);
    holder.appendChild(box.status);
    boxes[id] = box;
  });

  banner.appendChild(filter);
  updateBanner();
  api('GET').then(function (res) {
    Object.keys(boxes).forEach(function (id) { show(id, res.decisions[id]); });
    document.body.setAttribute('data-review-ready', 'true');
  }).catch(function (e) {
    banner.className = 'review-banner error';
    banner.textContent = 'Could not load the decisions: ' + e.message;
  });
})();
`;

export const REVIEW_CSS = `
html { scroll-padding-top: 44px; }
.review-banner { position: sticky; top: 0; z-index: 10; background: #263238; color: #fff; padding: 7px 28px; font-size: 13px; }
.review-banner.error { background: var(--error); }
.review-banner select { font: inherit; font-size: 12px; margin-left: 8px; }
.flag-actions.review { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin-top: 8px; padding-top: 8px; border-top: 1px dashed var(--line); }
.flag-actions button { font: inherit; font-size: 13px; padding: 3px 11px; border: 1px solid #aab4be; border-radius: 4px; background: var(--paper); color: var(--ink); cursor: pointer; }
.flag-actions button:hover { background: var(--wash); }
.flag-actions button[aria-pressed="true"] { background: var(--ink); border-color: var(--ink); color: #fff; }
.flag-actions button:disabled { cursor: progress; }
.flag-actions input.note { flex: 1 1 16em; min-width: 10em; font: inherit; font-size: 13px; padding: 3px 7px; border: 1px solid var(--line); border-radius: 4px; }
.flag-actions .status { font-size: 12.5px; color: var(--muted); }
.flag-actions .status.stale { color: var(--warning); font-weight: 600; }
.flag-actions .status.error { color: var(--error); font-weight: 600; }
.flag.decided-confirmed, .flag.decided-dismissed, .flag.decided-needs-work { background: var(--wash); }
.flag.decided-confirmed > :not(.flag-actions), .flag.decided-dismissed > :not(.flag-actions), .flag.decided-needs-work > :not(.flag-actions) { opacity: 0.55; }
.flag.decided-dismissed p.reason { text-decoration: line-through; }
.flag.decision-stale { outline: 2px dashed var(--warning); }
`;

const CSP_META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">\n?/;

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/** Directive name → its values, in the order given. */
function parsePolicy(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), values);
  }
  return out;
}

function unescapeAttribute(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);
}

export interface ServedPage {
  html: string;
  /** To send as the Content-Security-Policy header. */
  csp: string;
}

/**
 * Turns the rendered report into the review page. Throws if the report page has no CSP meta tag (the
 * report's layout changed and this must follow: better a failing test than a page without a policy).
 */
export function reviewPage(reportHtml: string, config: { token: string; who: string; reviewsFile: string }): ServedPage {
  const meta = CSP_META.exec(reportHtml);
  if (!meta) throw new Error('review page: the report page has no Content-Security-Policy meta tag');
  const policy = parsePolicy(unescapeAttribute(meta[1]!));
  policy.set('script-src', [...(policy.get('script-src') ?? []), sha256(REVIEW_JS)]);
  policy.set('connect-src', ["'self'"]);
  policy.set('frame-ancestors', ["'none'"]);
  const csp = [...policy].map(([name, values]) => [name, ...values].join(' ')).join('; ');

  const island = `<script type="application/json" id="claimdiff-review">${jsonForScript(config)}</script>`;
  const head = reportHtml
    .replace(CSP_META, '')
    .replace('<title>', () => '<title>Review · ')
    .replace('</head>', () => `<style>${REVIEW_CSS}</style>\n</head>`);
  // User text is escaped, so the last literal </body> is the page's own.
  const end = head.lastIndexOf('</body>');
  if (end < 0) throw new Error('review page: the report page has no </body>');
  const html = `${head.slice(0, end)}${island}\n<script>${REVIEW_JS}</script>\n${head.slice(end)}`;
  return { html, csp: csp + ';' };
}

