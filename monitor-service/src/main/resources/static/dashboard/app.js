// The regional monitor's dashboard. Served by monitor-service under /dashboard/ through the gateway, which holds
// the login (BFF): this page never sees a token; its calls go to /dashboard/api/monitor/** with the session
// cookie and the gateway relays the session's token. Vanilla JS, hand-made SVG, nothing fetched from elsewhere.
(function () {
  'use strict';

  var API = '/dashboard/api/monitor';
  var SVG_NS = 'http://www.w3.org/2000/svg';
  var lastReportText = null;

  function $(id) { return document.getElementById(id); }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function svg(tag, attrs, text) {
    var node = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function cookie(name) {
    var match = document.cookie.split('; ').filter(function (c) { return c.indexOf(name + '=') === 0; })[0];
    return match ? decodeURIComponent(match.substring(name.length + 1)) : '';
  }

  /** A call answered 401: the session ended; reload once so the gateway sends us to the login. */
  function get(path, accept) {
    return fetch(path, { credentials: 'same-origin', headers: { Accept: accept || 'application/json' } })
      .then(function (response) {
        if (response.status === 401) {
          if (!sessionStorage.getItem('monitor-relogin')) {
            sessionStorage.setItem('monitor-relogin', '1');
            window.location.reload();
          }
          throw new Error('Niet (meer) ingelogd.');
        }
        sessionStorage.removeItem('monitor-relogin');
        if (!response.ok) {
          return response.json().catch(function () { return {}; }).then(function (problem) {
            throw new Error(problem.detail || problem.title || ('Fout ' + response.status));
          });
        }
        return response.text();
      });
  }

  function filterQuery() {
    var params = new URLSearchParams();
    ['audience', 'fromYear', 'toYear', 'quarter', 'area', 'form'].forEach(function (name) {
      var value = $(name).value;
      if (value !== '' && value !== null) { params.set(name, value); }
    });
    return params.toString();
  }

  // --- cells ----------------------------------------------------------------------------------------

  function cellExplanation(cell, threshold) {
    switch (cell.status) {
      case 'ONDERDRUKT':
        return 'Onderdrukt: minder dan ' + threshold + '. Kleine aantallen kunnen personen herkenbaar maken.';
      case 'AANVULLEND_ONDERDRUKT':
        return 'Aanvullend onderdrukt: anders zou een onderdrukte cel uit totalen of verschillen af te leiden zijn.';
      case 'ONBEKEND':
        return 'Onbekend: niet aangeleverd door de bron. Onbekend is niet nul.';
      case 'SCHATTING':
        return 'Schatting, geen waargenomen aantal.';
      default:
        return null;
    }
  }

  function isSuppressed(cell) { return cell.status === 'ONDERDRUKT' || cell.status === 'AANVULLEND_ONDERDRUKT'; }

  function cellText(cell) { return cell.status === 'ONBEKEND' ? 'onbekend' : cell.display; }

  // --- tables ---------------------------------------------------------------------------------------

  function renderTable(table, threshold) {
    var wrapper = el('div', { 'class': 'table-wrapper' });
    var t = el('table', { 'class': 'figures', id: 'table-' + table.id, 'data-table': table.id });
    var caption = el('caption', {}, table.title);
    caption.appendChild(el('span', { 'class': 'counts' }, table.counts + ' (bron: ' + table.source + ')'));
    t.appendChild(caption);
    if (!table.available) {
      wrapper.appendChild(t);
      wrapper.appendChild(el('p', { 'class': 'unavailable' },
        'Niet beschikbaar: de bron ' + table.source + ' antwoordde niet. Deze cijfers ontbreken, ze zijn niet nul.'));
      return wrapper;
    }
    var lastRow = table.rows.length - 1;
    var lastColumn = table.columns.length - 1;
    var head = el('thead');
    var headRow = el('tr');
    headRow.appendChild(el('th', { scope: 'col' }, table.rowLabel + ' \\ ' + table.columnLabel));
    table.columns.forEach(function (column, c) {
      headRow.appendChild(el('th', { scope: 'col', 'class': table.totals && c === lastColumn ? 'total' : '' },
        column.label));
    });
    head.appendChild(headRow);
    t.appendChild(head);
    var body = el('tbody');
    table.rows.forEach(function (row, r) {
      var tr = el('tr', { 'class': table.totals && r === lastRow ? 'total' : '' });
      tr.appendChild(el('th', { scope: 'row' }, row.label));
      (table.cells[r] || []).forEach(function (cell, c) {
        var classes = ['cell', 'status-' + cell.status.toLowerCase()];
        if (isSuppressed(cell)) { classes.push('cell-suppressed'); }
        if (cell.status === 'ONBEKEND') { classes.push('cell-unknown'); }
        if (cell.status === 'SCHATTING') { classes.push('cell-estimate'); }
        if (table.totals && c === lastColumn) { classes.push('total'); }
        var attrs = { 'class': classes.join(' '), 'data-status': cell.status };
        var explanation = cellExplanation(cell, threshold);
        if (explanation) { attrs.title = explanation; attrs['aria-description'] = explanation; }
        tr.appendChild(el('td', attrs, cellText(cell)));
      });
      body.appendChild(tr);
    });
    t.appendChild(body);
    wrapper.appendChild(t);
    return wrapper;
  }

  // --- charts ---------------------------------------------------------------------------------------

  /** The tables drawn as charts: the trend per year and the municipalities, one chart per form (column). */
  function chartTables(tables) {
    var available = tables.filter(function (t) { return t.available && t.rows.length > 0; });
    var pick = function (test) { return available.filter(function (t) { return test(t.id); })[0]; };
    var chosen = [
      pick(function (id) { return id.indexOf('trend') >= 0; }),
      pick(function (id) { return id.indexOf('municipality') >= 0 && id.indexOf('unique') >= 0; })
        || pick(function (id) { return id.indexOf('municipality') >= 0; })
    ].filter(Boolean);
    return chosen.length ? chosen : available.slice(0, 1);
  }

  function zeroEverywhere(table, c) {
    return table.cells.every(function (row) {
      var cell = row[c];
      return !cell || (cell.status === 'GETOOND' && cell.value === 0);
    });
  }

  function barChart(table, c, threshold) {
    var rows = table.rows.map(function (row, r) { return { label: row.label, cell: (table.cells[r] || [])[c] }; })
      .filter(function (entry, r) { return entry.cell && !(table.totals && r === table.rows.length - 1); });
    var max = rows.reduce(function (m, e) { return typeof e.cell.value === 'number' ? Math.max(m, e.cell.value) : m; }, 0);
    var longest = rows.reduce(function (m, e) { return Math.max(m, Math.min(e.label.length, 14)); }, 0);
    var barWidth = 24, top = 16, height = 90, bottom = 24, left = 10 + String(max).length * 7;
    var gap = Math.max(14, longest * 6.5 + 6 - barWidth);
    var width = left + rows.length * (barWidth + gap) + gap;
    var title = table.columns[c].label + ' — ' + table.title;
    var chartId = 'chart-' + table.id + '-' + table.columns[c].key;
    var figure = el('figure', { 'class': 'chart', 'data-table': table.id, 'data-column': table.columns[c].key });
    var root = svg('svg', { width: width, height: top + height + bottom, viewBox: '0 0 ' + width + ' ' + (top + height + bottom),
      role: 'img', 'aria-labelledby': chartId + '-title', id: chartId });
    root.appendChild(svg('title', { id: chartId + '-title' }, title));
    root.appendChild(svg('line', { 'class': 'axis', x1: left - 4, y1: top + height, x2: width, y2: top + height }));
    if (max > 0) { root.appendChild(svg('text', { x: 2, y: top + 4 }, max)); }
    root.appendChild(svg('text', { x: 2, y: top + height }, 0));
    rows.forEach(function (entry, i) {
      var x = left + gap + i * (barWidth + gap);
      var cell = entry.cell;
      var labelY = top + height + 14;
      if (typeof cell.value === 'number' && !isSuppressed(cell) && cell.status !== 'ONBEKEND') {
        var h = max > 0 ? Math.max(1, Math.round(cell.value / max * height)) : 0;
        var bar = svg('rect', { 'class': 'bar', x: x, y: top + height - h, width: barWidth, height: h,
          'data-value': cell.value, 'data-status': cell.status });
        bar.appendChild(svg('title', {}, entry.label + ': ' + cell.display));
        root.appendChild(bar);
        root.appendChild(svg('text', { x: x + barWidth / 2, y: top + height - h - 3, 'text-anchor': 'middle' }, cell.display));
      } else {
        // suppressed or unknown: no bar that would give the value away, a marked outline instead
        var suppressed = isSuppressed(cell);
        var marker = svg('rect', { 'class': suppressed ? 'bar-suppressed' : 'bar-unknown', x: x, y: top + height - 20,
          width: barWidth, height: 20, 'data-status': cell.status });
        marker.appendChild(svg('title', {}, entry.label + ': ' + cellText(cell) + ' — ' + cellExplanation(cell, threshold)));
        root.appendChild(marker);
        root.appendChild(svg('text', { 'class': suppressed ? 'value-suppressed' : 'value-unknown',
          x: x + barWidth / 2, y: top + height - 24, 'text-anchor': 'middle' }, suppressed ? cell.display : '?'));
      }
      var label = entry.label.length > 14 ? entry.label.substring(0, 13) + '…' : entry.label;
      root.appendChild(svg('text', { x: x + barWidth / 2, y: labelY, 'text-anchor': 'middle' }, label));
    });
    figure.appendChild(el('figcaption', {}, table.columns[c].label));
    figure.appendChild(root);
    return figure;
  }

  function renderCharts(report) {
    var charts = $('charts');
    charts.replaceChildren();
    // per table: one chart per form, and one of all forms together (the total column), each bar a row (a year or a
    // municipality); a form that is zero everywhere is named below the charts instead of drawn
    chartTables(report.tables).forEach(function (table) {
      var group = el('div', { 'class': 'chart-group', 'data-table': table.id });
      group.appendChild(el('h3', {}, table.title));
      var row = el('div', { 'class': 'charts' });
      var zero = [];
      table.columns.forEach(function (column, c) {
        if (zeroEverywhere(table, c)) { zero.push(column.label); return; }
        row.appendChild(barChart(table, c, report.threshold));
      });
      group.appendChild(row);
      if (zero.length) {
        group.appendChild(el('p', { 'class': 'note' }, 'Nul in elk(e) ' + table.rowLabel.toLowerCase() + ': '
          + zero.join(', ') + '.'));
      }
      charts.appendChild(group);
    });
    if (!charts.children.length) { charts.appendChild(el('p', { 'class': 'note' }, 'Geen cijfers om te tekenen.')); }
  }

  // --- the report -----------------------------------------------------------------------------------

  function renderWarnings(report) {
    var warnings = $('warnings');
    warnings.replaceChildren();
    report.sources.filter(function (s) { return !s.available; }).forEach(function (source) {
      warnings.appendChild(el('div', { 'class': 'warning', role: 'alert', 'data-source': source.source },
        'Bron niet beschikbaar: ' + source.source + (source.detail ? ' — ' + source.detail : '')
        + '. De cijfers van deze bron ontbreken (niet nul).'));
    });
  }

  function render(report) {
    renderWarnings(report);
    if ($('region-name').textContent === '…') { $('region-name').textContent = report.region; }
    var audience = report.audience === 'PUBLIEK' ? 'Publiek' : 'Regio';
    $('disclosure-note').textContent = audience + ': ' + (report.threshold > 1
      ? 'aantallen van 1 tot ' + report.threshold + ' tonen als "<' + report.threshold + '"'
      : 'geen aantallen onderdrukt (drempel ' + report.threshold + ')')
      + '. Gemaakt ' + new Date(report.generatedAt).toLocaleString('nl-NL') + '.';
    renderCharts(report);
    var tables = $('tables');
    tables.replaceChildren();
    report.tables.forEach(function (table) { tables.appendChild(renderTable(table, report.threshold)); });
  }

  function load() {
    var query = filterQuery();
    $('status').textContent = 'Cijfers laden…';
    $('export-csv').setAttribute('href', API + '/figures/csv' + (query ? '?' + query : ''));
    window.history.replaceState(null, '', window.location.pathname + (query ? '?' + query : ''));
    return get(API + '/figures' + (query ? '?' + query : '')).then(function (text) {
      lastReportText = text;
      var report = JSON.parse(text);
      render(report);
      $('export-json').disabled = false;
      document.body.setAttribute('data-loaded', report.audience);
      $('status').textContent = report.tables.length + ' tabellen geladen.';
    }).catch(function (error) {
      $('status').textContent = 'De cijfers konden niet geladen worden: ' + error.message;
    });
  }

  function loadAreas() {
    return get(API + '/areas').then(function (text) {
      var areas = JSON.parse(text);
      var select = $('area');
      areas.forEach(function (area) {
        if (area.kind === 'REGIO') {
          $('region-name').textContent = area.name;
          return;
        }
        select.appendChild(el('option', { value: area.id }, area.name + (area.kind === 'EXTERN' ? ' (extern)' : '')));
      });
    }).catch(function (error) {
      // the figures still name the region (render); only the area filter stays at "the whole region"
      $('status').textContent = 'De gebieden konden niet geladen worden: ' + error.message;
    });
  }

  function exportJson() {
    if (!lastReportText) { return; }
    var link = el('a', { href: URL.createObjectURL(new Blob([lastReportText], { type: 'application/json' })),
      download: 'monitor.json' });
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
  }

  document.addEventListener('DOMContentLoaded', function () {
    var year = new Date().getFullYear();
    $('fromYear').value = year - 5;
    $('toYear').value = year;
    // filters in the address, so a view can be bookmarked or shared (figures only, never anything personal)
    var initial = new URLSearchParams(window.location.search);
    ['audience', 'fromYear', 'toYear', 'quarter', 'form'].forEach(function (name) {
      if (initial.get(name)) { $(name).value = initial.get(name); }
    });
    $('filters').addEventListener('submit', function (event) { event.preventDefault(); load(); });
    ['audience', 'quarter', 'area', 'form'].forEach(function (id) { $(id).addEventListener('change', load); });
    $('export-json').addEventListener('click', exportJson);
    $('logout-form').addEventListener('submit', function () { $('logout-csrf').value = cookie('XSRF-TOKEN'); });
    loadAreas().then(function () {
      var area = new URLSearchParams(window.location.search).get('area');
      if (area) { $('area').value = area; }
      load();
    });
  });
}());
