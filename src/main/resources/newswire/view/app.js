'use strict';

/*
 * The Newswire web view. It polls /view/state and draws it with the DOM API only: article text (titles, sentences,
 * attributions, dead-letter contents) is scraped and untrusted, so it only ever becomes textContent, never markup.
 */
(function () {
  const POLL_MILLIS = 2000;
  const SVG = 'http://www.w3.org/2000/svg';
  const COLOURS = ['#1f6fb4', '#d95f02', '#7570b3', '#1b9e77', '#e7298a', '#66a61e', '#a6761d', '#555555'];
  const NUMBER = new Intl.NumberFormat('en-US');
  const COMPACT = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
  const KINDS = {
    troops: 'Troops', killed: 'Killed', wounded: 'Wounded', captured: 'Captured', displaced: 'Displaced',
    weapons: 'Weapons'
  };
  /** What each section last drew, so that a section is redrawn only when its own data changed. */
  const shown = new Map();

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text != null) {
      node.textContent = String(text);
    }
    return node;
  }

  function svg(tag, attributes) {
    const node = document.createElementNS(SVG, tag);
    Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, String(value)));
    return node;
  }

  function tooltip(node, text) {
    node.append(svg('title'));
    node.lastChild.textContent = text;
    return node;
  }

  function figure(quantity) {
    return quantity.value ?? quantity.low ?? quantity.high;
  }

  function highest(quantity) {
    return quantity.value ?? quantity.high ?? quantity.low;
  }

  function amount(quantity) {
    if (quantity.value != null) {
      return (quantity.approximate ? 'about ' : '') + NUMBER.format(quantity.value);
    }
    if (quantity.low != null && quantity.high != null) {
      return NUMBER.format(quantity.low) + '–' + NUMBER.format(quantity.high);
    }
    return quantity.low != null ? 'at least ' + NUMBER.format(quantity.low) : 'up to ' + NUMBER.format(quantity.high);
  }

  function statusChip(status) {
    return el('span', 'status ' + status, status);
  }

  /** "2024-10-21 18:59 +09:00" from an ISO time, in the time's own offset, as the article gave it. */
  function when(iso) {
    if (!iso) {
      return 'time unknown';
    }
    const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.exec(iso);
    return match ? match[1] + ' ' + match[2] + (match[3] && match[3] !== 'Z' ? ' ' + match[3] : ' UTC') : iso;
  }

  function clock(date) {
    return String(date.getHours()).padStart(2, '0') + ':' + String(date.getMinutes()).padStart(2, '0');
  }

  function party(p) {
    return p ? (p.name || p.code || 'unknown') : 'unknown';
  }

  function subjectWords(subject) {
    const kind = KINDS[subject.kind] || subject.kind;
    if (subject.destination) {
      return kind + ': ' + party(subject.actor) + ' → ' + party(subject.destination);
    }
    return kind + ': ' + party(subject.actor) + (subject.location ? ' in ' + party(subject.location) : '');
  }

  function subjectCodes(subject) {
    const code = (p) => (p && p.code) || '?';
    const route = subject.destination ? code(subject.actor) + ' → ' + code(subject.destination)
      : code(subject.actor) + (subject.location ? ' @ ' + code(subject.location) : '');
    return route + ' · ' + subject.key;
  }

  // ---- Estimates ------------------------------------------------------------------------------------------------

  function renderEstimates(state) {
    const note = document.getElementById('estimates-note');
    note.hidden = !state.estimatesNote;
    note.textContent = state.estimatesNote || '';
    const rows = state.estimates.map(estimateCard);
    document.getElementById('estimate-list').replaceChildren(
      ...(rows.length ? rows : [el('p', 'empty', 'No estimates yet: they appear once an article with a figure is read.')]));
  }

  function sourceColours(row) {
    const colours = new Map();
    row.history.concat(row.current).forEach((report) => {
      if (!colours.has(report.source)) {
        colours.set(report.source, COLOURS[colours.size % COLOURS.length]);
      }
    });
    return colours;
  }

  function figureBox(label, value) {
    const box = el('div', 'figure');
    box.append(el('span', 'label', label),
      value == null ? el('span', 'value none', 'none reported') : el('span', 'value', value));
    return box;
  }

  function estimateCard(row) {
    const card = el('article', 'estimate');
    card.dataset.subject = row.subject.key;
    const colours = sourceColours(row);
    const figures = el('div', 'figures');
    const range = row.reportedMin == null ? null
      : row.reportedMin === row.reportedMax ? NUMBER.format(row.reportedMin)
        : NUMBER.format(row.reportedMin) + ' – ' + NUMBER.format(row.reportedMax);
    figures.append(
      figureBox('latest reported', row.latestReported == null ? null : NUMBER.format(row.latestReported)),
      figureBox('reported min – max', range),
      figureBox('independent sources', row.sources));
    card.append(el('h3', null, subjectWords(row.subject)), el('div', 'codes', subjectCodes(row.subject)), figures,
      chart(row, colours), reportList(row, colours));
    return card;
  }

  function reportList(row, colours) {
    const list = el('ul', 'reports');
    list.setAttribute('aria-label', 'Current report of each source');
    row.current.forEach((report) => {
      const item = el('li', 'report');
      item.dataset.status = report.status;
      const swatch = el('span', 'swatch');
      swatch.style.background = colours.get(report.source);
      const line = el('div');
      line.append(el('span', 'who', report.source || 'unknown source'), document.createTextNode(': '),
        el('span', 'amount', amount(report.quantity)), statusChip(report.status));
      const said = el('div', 'said');
      said.textContent = (report.attribution && report.attribution.text ? '“' + report.attribution.text + '” · ' : '')
        + when(report.time);
      item.append(swatch, line, said);
      list.append(item);
    });
    return list;
  }

  /** Each source's figure over time: filled dots are reported, hollow ones planned or possible, crosses denied. */
  function chart(row, colours) {
    const width = 420;
    const height = 120;
    const left = 40;
    const right = 16;
    const top = 12;
    const bottom = 24;
    const points = row.history.filter((report) => report.quantity);
    const times = points.map((report) => Date.parse(report.time)).filter((t) => !Number.isNaN(t));
    const first = Math.min(...times);
    const last = Math.max(...times);
    const ceiling = Math.max(1, ...points.map((report) => highest(report.quantity))) * 1.1;
    const x = (report) => {
      const t = Date.parse(report.time);
      return last === first || Number.isNaN(t) ? left + (width - left - right) / 2
        : left + (t - first) / (last - first) * (width - left - right);
    };
    const y = (value) => top + (1 - value / ceiling) * (height - top - bottom);
    const drawing = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, class: 'chart', role: 'img' });
    drawing.setAttribute('aria-label', 'Each source\'s figure over time');
    drawing.append(svg('line', { x1: left, y1: y(0), x2: width - right, y2: y(0), class: 'axis' }));
    [0, ceiling / 1.1 / 2, ceiling / 1.1].forEach((value) => {
      drawing.append(svg('line', { x1: left, y1: y(value), x2: width - right, y2: y(value), class: 'axis' }));
      const label = svg('text', { x: left - 6, y: y(value) + 4, 'text-anchor': 'end', class: 'tick' });
      label.textContent = COMPACT.format(Math.round(value));
      drawing.append(label);
    });
    if (times.length) {
      const start = svg('text', { x: left, y: height - 6, class: 'tick' });
      start.textContent = when(points[0].time).slice(0, 10);
      drawing.append(start);
      if (last !== first) {
        const end = svg('text', { x: width - right, y: height - 6, 'text-anchor': 'end', class: 'tick' });
        end.textContent = when(points[points.length - 1].time).slice(0, 10);
        drawing.append(end);
      }
    }
    const bySource = new Map();
    points.forEach((report) => bySource.set(report.source, (bySource.get(report.source) || []).concat([report])));
    bySource.forEach((reports, source) => {
      const colour = colours.get(source);
      for (let i = 1; i < reports.length; i++) {
        const unreported = reports[i - 1].status !== 'reported' || reports[i].status !== 'reported';
        drawing.append(svg('line', {
          x1: x(reports[i - 1]), y1: y(figure(reports[i - 1].quantity)), x2: x(reports[i]),
          y2: y(figure(reports[i].quantity)), stroke: colour, class: 'series' + (unreported ? ' unreported' : '')
        }));
      }
      reports.forEach((report) => drawing.append(marker(report, x(report), y, colour)));
    });
    return drawing;
  }

  function marker(report, cx, y, colour) {
    const group = svg('g');
    const q = report.quantity;
    if (figure(q) !== highest(q)) {
      group.append(svg('line', { x1: cx, y1: y(figure(q)), x2: cx, y2: y(highest(q)), stroke: colour, 'stroke-width': 3 }));
    }
    const cy = y(figure(q));
    if (report.status === 'denied') {
      group.append(svg('path', { d: `M${cx - 5} ${cy - 5}L${cx + 5} ${cy + 5}M${cx - 5} ${cy + 5}L${cx + 5} ${cy - 5}`,
        stroke: colour, 'stroke-width': 2.5 }));
    } else if (report.status === 'possible') {
      group.append(svg('path', { d: `M${cx} ${cy - 6}L${cx + 6} ${cy}L${cx} ${cy + 6}L${cx - 6} ${cy}Z`,
        fill: '#fff', stroke: colour, 'stroke-width': 2 }));
    } else {
      group.append(svg('circle', { cx: cx, cy: cy, r: 5.5, fill: report.status === 'reported' ? colour : '#fff',
        stroke: colour, 'stroke-width': 2 }));
    }
    return tooltip(group, (report.source || 'unknown source') + ': ' + amount(q) + ' (' + report.status + ') · '
      + when(report.time));
  }

  // ---- Events ---------------------------------------------------------------------------------------------------

  function renderEvents(state) {
    const items = state.events.map(eventItem);
    document.getElementById('event-list').replaceChildren(
      ...(items.length ? items : [el('p', 'empty', 'No events yet.')]));
  }

  function eventItem(event) {
    const item = el('article', 'event');
    item.id = 'event-' + event.id;
    const meta = el('div', 'meta');
    meta.append(el('span', 'publisher', event.publisher || event.source || 'unknown publisher'),
      el('time', null, when(event.time)), el('span', 'lang', event.language || '–'));
    if (event.url && /^https?:\/\//i.test(event.url)) {
      const link = el('a', null, 'original page');
      link.href = event.url;
      link.rel = 'noopener noreferrer';
      meta.append(link);
    }
    item.append(el('h3', 'title', event.title || '(no title)'), meta);
    if (event.duplicateOf) {
      const badge = el('a', 'badge duplicate',
        'near-duplicate of ' + (event.duplicateOfTitle ? '“' + event.duplicateOfTitle + '”' : event.duplicateOf));
      badge.href = '#event-' + encodeURIComponent(event.duplicateOf);
      item.append(badge);
    }
    if (event.claims.length) {
      const claims = el('ul', 'claims');
      event.claims.forEach((claim) => claims.append(claimItem(claim)));
      item.append(claims);
    }
    return item;
  }

  function claimItem(claim) {
    const item = el('li', 'claim');
    const what = el('div', 'what', (KINDS[claim.kind] || claim.kind) + (claim.subject ? ' · ' + claim.subject : ''));
    what.append(statusChip(claim.status));
    const evidence = el('blockquote', 'evidence');
    const sentence = claim.sentence || '';
    let at = 0;
    claim.highlights.forEach((highlight) => {
      evidence.append(document.createTextNode(sentence.slice(at, highlight.start)),
        el('mark', highlight.role, sentence.slice(highlight.start, highlight.end)));
      at = highlight.end;
    });
    evidence.append(document.createTextNode(sentence.slice(at)));
    item.append(what, evidence);
    return item;
  }

  // ---- Dead letters ---------------------------------------------------------------------------------------------

  function renderDeadLetters(state) {
    const summary = state.deadLetters;
    const view = el('div');
    view.append(el('div', 'big', NUMBER.format(summary.total)),
      el('div', 'explain', summary.total === 1 ? 'dead letter' : 'dead letters'));
    if (summary.counts.length) {
      const table = el('table');
      const head = el('tr');
      head.append(el('th', null, 'stage'), el('th', null, 'reason'), el('th', null, 'count'));
      table.append(head);
      summary.counts.forEach((count) => {
        const tableRow = el('tr');
        tableRow.append(el('td', null, count.stage), el('td', null, count.reason),
          el('td', 'count', NUMBER.format(count.count)));
        table.append(tableRow);
      });
      view.append(table);
      const latest = el('ul', 'letters');
      summary.latest.forEach((letter) => latest.append(letterItem(letter)));
      view.append(el('h3', null, 'Latest'), latest);
    }
    document.getElementById('dead-letter-view').replaceChildren(view);
  }

  function letterItem(letter) {
    const item = el('li', 'letter');
    const where = letter.topic == null ? 'origin unknown'
      : 'from ' + letter.topic + ', partition ' + letter.partition + ', offset ' + letter.offset;
    item.append(el('div', 'why', letter.stage + ': ' + letter.reason),
      el('div', 'from', where + ' · ' + when(letter.at) + (letter.exception ? ' · ' + letter.exception : '')
        + (letter.key ? ' · key ' + letter.key : '')));
    if (letter.preview) {
      item.append(el('code', null, letter.preview));
    }
    return item;
  }

  // ---- Flow -----------------------------------------------------------------------------------------------------

  function renderFlow(state) {
    const minutes = state.flow;
    const sum = (field) => minutes.reduce((total, minute) => total + minute[field], 0);
    const totals = el('div', 'totals');
    [['articles in', sum('articlesIn')], ['events out', sum('eventsOut')], ['dead letters', sum('deadLetters')]]
      .forEach(([label, value]) => {
        const box = el('div', 'total');
        box.append(el('div', 'big', NUMBER.format(value)), el('div', 'label', label));
        totals.append(box);
      });
    const duplicates = sum('duplicates');
    const width = 360;
    const height = 120;
    const bottom = 18;
    const peak = Math.max(1, ...minutes.map((m) => Math.max(m.articlesIn, m.eventsOut, m.deadLetters)));
    const slot = width / Math.max(1, minutes.length);
    const drawing = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, class: 'chart', role: 'img' });
    drawing.setAttribute('aria-label', 'Articles in, events out and dead letters per minute');
    drawing.append(svg('line', { x1: 0, y1: height - bottom, x2: width, y2: height - bottom, class: 'axis' }));
    minutes.forEach((minute, i) => {
      [['articlesIn', 'in'], ['eventsOut', 'out'], ['deadLetters', 'dead']].forEach(([field, kind], j) => {
        const barHeight = minute[field] / peak * (height - bottom - 8);
        if (barHeight > 0) {
          drawing.append(tooltip(svg('rect', {
            x: i * slot + 1 + j * (slot - 2) / 3, y: height - bottom - barHeight, width: Math.max(1, (slot - 2) / 3),
            height: barHeight, class: 'bar ' + kind
          }), clock(new Date(minute.minute)) + ': ' + minute[field] + ' ' + field.replace(/([A-Z])/g, ' $1').toLowerCase()));
        }
      });
    });
    if (minutes.length) {
      const start = svg('text', { x: 0, y: height - 4, class: 'tick' });
      start.textContent = clock(new Date(minutes[0].minute));
      const end = svg('text', { x: width, y: height - 4, 'text-anchor': 'end', class: 'tick' });
      end.textContent = clock(new Date(minutes[minutes.length - 1].minute));
      drawing.append(start, end);
    }
    const legend = el('div', 'flow-legend');
    [['in', 'articles in'], ['out', 'events out (' + duplicates + ' near-duplicates)'], ['dead', 'dead letters']]
      .forEach(([kind, label]) => {
        const entry = el('span');
        entry.append(el('span', 'key ' + kind), document.createTextNode(label));
        legend.append(entry);
      });
    document.getElementById('flow-view').replaceChildren(totals, drawing, legend);
  }

  // ---- Polling --------------------------------------------------------------------------------------------------

  function live(ok, text) {
    const badge = document.getElementById('live');
    badge.className = 'live ' + (ok ? 'ok' : 'down');
    badge.textContent = text;
  }

  function redraw(section, data, render) {
    const key = JSON.stringify(data);
    if (shown.get(section) !== key) {
      render();
      shown.set(section, key);
    }
  }

  async function refresh() {
    try {
      const response = await fetch('/view/state', { cache: 'no-store' });
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      const state = await response.json();
      redraw('estimates', [state.estimates, state.estimatesNote], () => renderEstimates(state));
      redraw('events', state.events, () => renderEvents(state));
      redraw('deadLetters', state.deadLetters, () => renderDeadLetters(state));
      redraw('flow', state.flow, () => renderFlow(state));
      live(true, 'live · ' + new Date().toLocaleTimeString());
    } catch (error) {
      live(false, 'offline, retrying · ' + error.message);
    } finally {
      setTimeout(refresh, POLL_MILLIS);
    }
  }

  refresh();
}());
