// embargo's page: a thin client of /api. The page's own URL holds the whole state, in the API's
// parameters (q, match, country, sanctioner, target-country, target-type, target, source, since,
// until, offset) plus `id` for the article view, so any view can be bookmarked or shared.
//
// Safety: every string from an article or a query reaches the DOM through textContent or a text node
// (never parsed as markup); links are only ever built to this page's own URLs, or to an article's http(s) url.
'use strict';

const PAGE_SIZE = 10;
// [key in the API's facets, heading, parameter it filters by, whether it repeats]. The lists work adds
// rows here (lists, programs, listed) once the API counts them.
const FACETS = [
  ['countries', 'Countries', 'country', true],
  ['sanctioners', 'Sanctioners', 'sanctioner', true],
  ['target_countries', 'Target countries', 'target-country', true],
  ['target_types', 'Target types', 'target-type', true],
  ['targets', 'Named targets', 'target', false],
  ['sources', 'Sources', 'source', false],
  ['lists', 'Sanctions lists', 'list', false],
  ['programs', 'Programs', 'program', false],
  ['listed', 'Listed parties', 'entry', false],
];
const REPEATED = new Set(FACETS.filter((f) => f[3]).map((f) => f[2]));
const FILTER_PARAMS = FACETS.map((f) => f[2]).concat(['listed', 'since', 'until']);
// Country and bloc names seen in facet answers, to label codes elsewhere.
const names = new Map();

const $ = (id) => document.getElementById(id);

function el(tag, props, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (k === 'text') e.textContent = v;
    else if (k === 'class') e.className = v;
    else if (k === 'data') Object.assign(e.dataset, v);
    else if (k === 'height') e.style.height = v; // CSSOM, which the page's CSP allows (not style="")
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const kid of kids) if (kid != null) e.append(kid);
  return e;
}

function state() {
  return new URLSearchParams(location.search);
}

function go(s, replace) {
  s.sort();
  const url = s.toString() ? '?' + s.toString() : location.pathname;
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  load();
}

function toggle(param, value) {
  const s = state();
  s.delete('offset');
  s.delete('id');
  const now = s.getAll(param);
  if (now.includes(value)) {
    const rest = now.filter((v) => v !== value);
    s.delete(param);
    rest.forEach((v) => s.append(param, v));
  } else if (REPEATED.has(param)) {
    s.append(param, value);
  } else {
    s.set(param, value);
  }
  go(s);
}

async function getJSON(url) {
  const res = await fetch(url);
  const body = await res.json().catch(() => ({ error: res.status + ' ' + res.statusText }));
  if (!res.ok) throw new Error(body.error || res.statusText);
  return body;
}

// Text with [start, end) UTF-8 byte ranges wrapped in <mark>, as text nodes only.
function marked(text, ranges) {
  const bytes = new TextEncoder().encode(text);
  const dec = new TextDecoder();
  const out = document.createDocumentFragment();
  let at = 0;
  for (const [a, b] of [...ranges].sort((x, y) => x[0] - y[0])) {
    if (a < at || b > bytes.length || b <= a) continue;
    out.append(dec.decode(bytes.subarray(at, a)));
    out.append(el('mark', { text: dec.decode(bytes.subarray(a, b)) }));
    at = b;
  }
  out.append(dec.decode(bytes.subarray(at)));
  return out;
}

function notice(text, isError) {
  const n = $('notice');
  n.hidden = !text;
  n.textContent = text || '';
  n.className = isError ? 'notice error' : 'notice';
}

function label(param, value) {
  const name = names.get(value);
  return name && /country|sanctioner/.test(param) ? name + ' (' + value + ')' : value;
}

function fillForm(s) {
  $('q').value = s.get('q') || '';
  $('match').value = s.get('match') === 'any' ? 'any' : 'all';
  $('since').value = s.get('since') || '';
  $('until').value = s.get('until') || '';
  document.title = s.get('q') ? s.get('q') + ' · embargo' : 'embargo';
}

// Each load has a number; the answer of a load overtaken by a newer one (quick clicks) is dropped.
// body[data-state] says whether the page shows the answer to its URL yet ("ready") or not ("loading").
let generation = 0;

async function load() {
  const mine = ++generation;
  const current = () => mine === generation;
  document.body.dataset.state = 'loading';
  const s = state();
  fillForm(s);
  const api = new URLSearchParams(s);
  api.delete('id');
  api.set('limit', PAGE_SIZE);
  api.set('facets', 'true');
  api.set('timeline', 'true');
  try {
    const r = await getJSON('/api/search?' + api);
    if (!current()) return;
    notice((r.warnings || []).join(' '), false);
    renderFacets(r.facets, s);
    renderTimeline(r.timeline, s);
    renderActive(s);
    if (s.get('id')) {
      await showArticle(s, current);
    } else {
      $('article').hidden = true;
      renderHits(r, s);
    }
  } catch (e) {
    if (!current()) return;
    notice(e.message, true);
    ['results', 'pager', 'summary', 'facets', 'timeline', 'timeline-axis'].forEach((id) => $(id).replaceChildren());
    $('article').hidden = true;
  } finally {
    if (current()) document.body.dataset.state = 'ready';
  }
}

function renderFacets(facets, s) {
  const box = $('facets');
  box.replaceChildren();
  if (!facets) return;
  for (const [key, heading, param] of FACETS) {
    const values = facets[key] || [];
    if (!values.length) continue;
    const on = s.getAll(param);
    const list = el('ul');
    for (const v of values) {
      if (v.name) names.set(v.value, v.name);
      const b = el('button', {
        type: 'button',
        class: on.includes(v.value) ? 'on' : '',
        data: { param, value: v.value },
        onclick: () => toggle(param, v.value),
      }, el('span', { text: v.name ? v.name + ' (' + v.value + ')' : v.value }), el('span', { class: 'count', text: String(v.count) }));
      list.append(el('li', {}, b));
    }
    box.append(el('section', { data: { facet: key } }, el('h2', { text: heading }), list));
  }
}

function renderActive(s) {
  const box = $('active');
  box.replaceChildren();
  for (const param of FILTER_PARAMS) {
    for (const value of s.getAll(param)) {
      box.append(el('button', {
        type: 'button', class: 'chip', title: 'Remove this filter',
        onclick: () => toggle(param, value),
      }, param + ': ' + label(param, value) + ' ✕'));
    }
  }
}

// Months between the first and the last dated match, as bars; years instead past 20 years of months.
function renderTimeline(tl, s) {
  const box = $('timeline');
  const axis = $('timeline-axis');
  box.replaceChildren();
  axis.replaceChildren();
  if (!tl || !tl.months.length) return;
  const counts = new Map(tl.months.map((m) => [m.month, m.count]));
  const first = tl.months[0].month;
  const last = tl.months[tl.months.length - 1].month;
  const [y0, m0] = first.split('-').map(Number);
  const [y1, m1] = last.split('-').map(Number);
  const byYear = (y1 - y0) * 12 + (m1 - m0) > 240;
  const buckets = [];
  if (byYear) {
    for (let y = y0; y <= y1; y++) {
      let n = 0;
      for (let m = 1; m <= 12; m++) n += counts.get(y + '-' + String(m).padStart(2, '0')) || 0;
      buckets.push([String(y), n]);
    }
  } else {
    for (let y = y0, m = m0; y < y1 || (y === y1 && m <= m1); m === 12 ? (y++, m = 1) : m++) {
      const key = y + '-' + String(m).padStart(2, '0');
      buckets.push([key, counts.get(key) || 0]);
    }
  }
  const max = Math.max(...buckets.map((b) => b[1]));
  const since = s.get('since') || '';
  const until = s.get('until') || '';
  const inRange = (k) => (since || until) && (!since || k >= since.slice(0, k.length)) && (!until || k <= until.slice(0, k.length));
  buckets.forEach(([key, n], i) => {
    const h = n ? Math.max(2, Math.round((n / max) * 100)) : 0;
    box.append(el('div', {
      class: 'bar' + (inRange(key) ? ' in' : ''),
      height: h + '%',
      title: key + ': ' + n + (n === 1 ? ' article' : ' articles'),
      data: { i: String(i), key },
    }));
  });
  axis.append(el('span', { text: buckets[0][0] }), el('span', { text: buckets[buckets.length - 1][0] }));
  dragToSelect(box, buckets);
}

// Press on a bar and release on the same or another one: that span becomes the date range.
function dragToSelect(box, buckets) {
  let start = null;
  const index = (e) => {
    const bar = e.target.closest('.bar');
    return bar ? Number(bar.dataset.i) : null;
  };
  const paint = (a, b) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    box.querySelectorAll('.bar').forEach((bar, i) => bar.classList.toggle('sel', i >= lo && i <= hi));
  };
  box.onpointerdown = (e) => {
    start = index(e);
    if (start !== null) paint(start, start);
    e.preventDefault();
  };
  box.onpointermove = (e) => {
    const i = index(e);
    if (start !== null && i !== null) paint(start, i);
  };
  box.onpointerup = (e) => {
    const end = index(e);
    if (start === null) return;
    const [lo, hi] = end === null ? [start, start] : start <= end ? [start, end] : [end, start];
    start = null;
    const s = state();
    s.delete('offset');
    s.delete('id');
    s.set('since', buckets[lo][0]);
    s.set('until', buckets[hi][0]);
    go(s);
  };
  box.onpointerleave = () => {
    start = null;
    box.querySelectorAll('.bar.sel').forEach((b) => b.classList.remove('sel'));
  };
}

function articleHref(id, s) {
  const p = new URLSearchParams(s);
  p.set('id', id);
  p.sort();
  return '?' + p.toString();
}

function tags(item, s) {
  const box = el('div', { class: 'tags' });
  for (const code of item.countries || []) {
    box.append(el('button', {
      type: 'button', title: 'Only articles mentioning ' + label('country', code),
      onclick: () => toggle('country', code),
    }, label('country', code)));
  }
  return box;
}

function duplicates(paths, s) {
  if (!paths || !paths.length) return null;
  const list = el('ul');
  for (const p of paths) list.append(el('li', {}, el('a', { href: articleHref(p, s), text: p })));
  return el('details', { class: 'dups' }, el('summary', { text: 'same text: ' + paths.length + (paths.length === 1 ? ' copy' : ' copies') }), list);
}

function headline(hit) {
  if (hit.title) return hit.title;
  const words = (hit.snippet && hit.snippet.text) || hit.body || '';
  return words ? words.split(/\s+/).slice(0, 12).join(' ') + '…' : hit.id;
}

function metaLine(a) {
  return [a.date, a.source, (a.authors || []).join(', '), a.id].filter(Boolean).join(' · ');
}

function renderHits(r, s) {
  const list = $('results');
  list.replaceChildren();
  const shown = r.hits.length;
  const from = r.offset + (shown ? 1 : 0);
  const what = r.total === 1 ? 'hit' : 'hits';
  const grouped = r.articles !== r.total ? ' (' + r.articles + ' articles)' : '';
  $('summary').textContent = shown
    ? from + '–' + (r.offset + shown) + ' of ' + r.total + ' ' + what + grouped
    : 'No matching articles.';
  for (const hit of r.hits) {
    const a = el('a', { href: articleHref(hit.id, s), text: headline(hit) });
    a.addEventListener('click', (e) => {
      e.preventDefault();
      const p = state();
      p.set('id', hit.id);
      go(p);
    });
    list.append(el('li', { data: { id: hit.id } },
      el('h3', {}, a),
      el('div', { class: 'meta', text: metaLine(hit) }),
      el('div', { class: 'snippet' }, marked(hit.snippet.text, hit.snippet.highlights)),
      tags(hit, s),
      duplicates(hit.duplicates, s)));
  }
  renderPager(r, s);
}

function renderPager(r, s) {
  const nav = $('pager');
  nav.replaceChildren();
  const page = (offset) => () => {
    const p = state();
    if (offset > 0) p.set('offset', offset);
    else p.delete('offset');
    go(p);
    window.scrollTo(0, 0);
  };
  if (r.offset > 0) nav.append(el('button', { type: 'button', id: 'prev', onclick: page(Math.max(0, r.offset - PAGE_SIZE)) }, '← Previous'));
  if (r.offset + r.hits.length < r.total) nav.append(el('button', { type: 'button', id: 'next', onclick: page(r.offset + PAGE_SIZE) }, 'Next →'));
}

async function showArticle(s, current) {
  const id = s.get('id');
  const q = new URLSearchParams();
  if (s.get('q')) q.set('q', s.get('q'));
  if (s.get('match')) q.set('match', s.get('match'));
  const a = await getJSON('/api/articles/' + encodeURIComponent(id) + '?' + q);
  if (!current()) return;
  ['results', 'pager'].forEach((x) => $(x).replaceChildren());
  $('summary').textContent = '';
  const back = s;
  back.delete('id');
  const view = $('article');
  const facetRows = el('dl');
  const row = (heading, param, values) => {
    if (!values.length) return;
    const dd = el('dd', { class: 'tags' });
    for (const v of values) dd.append(el('button', { type: 'button', onclick: () => toggle(param, v) }, label(param, v)));
    facetRows.append(el('dt', { text: heading }), dd);
  };
  row('Countries', 'country', a.countries);
  row('Sanctioners', 'sanctioner', a.sanctioners);
  row('Target countries', 'target-country', a.target_countries);
  row('Target types', 'target-type', a.target_types);
  row('Named targets', 'target', a.targets.map((t) => t.name));
  const link = a.url && /^https?:\/\//i.test(a.url)
    ? el('a', { href: a.url, rel: 'noopener noreferrer', target: '_blank', text: a.url })
    : a.url;
  // append() would print a null as the text "null": leave the missing parts out.
  view.replaceChildren(...[
    el('a', { class: 'back', href: back.toString() ? '?' + back : '/', text: '← back to the results' }),
    el('h1', { text: a.title || a.id }),
    el('div', { class: 'meta', text: metaLine(a) }),
    link ? el('div', { class: 'meta' }, link) : null,
    facetRows,
    el('div', { class: 'body snippet' }, marked(a.body, a.highlights)),
    duplicates(a.duplicates, back),
  ].filter(Boolean));
  view.hidden = false;
  window.scrollTo(0, 0);
}

function bind() {
  $('search').addEventListener('submit', (e) => {
    e.preventDefault();
    const s = state();
    for (const k of ['q', 'offset', 'id', 'match']) s.delete(k);
    const q = $('q').value.trim();
    if (q) s.set('q', q);
    if ($('match').value === 'any') s.set('match', 'any');
    go(s);
  });
  for (const k of ['since', 'until']) {
    $(k).addEventListener('change', () => {
      const s = state();
      s.delete('offset');
      const v = $(k).value.trim();
      if (v) s.set(k, v);
      else s.delete(k);
      go(s);
    });
  }
  document.addEventListener('keydown', (e) => {
    const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName);
    if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      $('q').focus();
      $('q').select();
    }
  });
  window.addEventListener('popstate', load);
}

bind();
load();
