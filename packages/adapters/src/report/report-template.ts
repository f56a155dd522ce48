// The page of report.html: one Handlebars template (every {{value}} HTML-escaped; only the SVG of
// the charts, which vega wrote and render-svg checked, goes in with {{{ }}}) and its stylesheet —
// printable on A4, no script, nothing loaded from elsewhere (the Content-Security-Policy says so
// to the browser too).

/** The stylesheet: A4 pages with 15 mm margins; on screen the same 180 mm column. */
export const REPORT_CSS = `
@page { size: A4; margin: 15mm; }
* { box-sizing: border-box; }
html { background: #fff; }
body { font: 10pt/1.4 Arial, Helvetica, sans-serif; color: #1b1b1b; margin: 0 auto; max-width: 180mm; padding: 10mm 0; }
header h1 { font-size: 18pt; margin: 0 0 1mm; color: #154273; }
header p { margin: 0.5mm 0; }
.privacy { color: #444; font-size: 9pt; }
h2 { font-size: 13pt; color: #154273; border-bottom: 1px solid #154273; margin: 8mm 0 2mm; padding-bottom: 1mm; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 4mm 0 1mm; break-after: avoid; }
section { max-width: 100%; }
figure { margin: 2mm 0 4mm; break-inside: avoid; max-width: 100%; }
figure svg { display: block; max-width: 100%; height: auto; }
figcaption { font-size: 8.5pt; color: #555; }
table { width: 100%; border-collapse: collapse; font-size: 8.5pt; margin: 1mm 0 3mm; }
th, td { padding: 0.8mm 1.2mm; border-bottom: 1px solid #d8d8d8; text-align: left; vertical-align: top; }
td { overflow-wrap: anywhere; }
th { background: #eef2f7; font-weight: bold; font-size: 8pt; vertical-align: bottom; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr { break-inside: avoid; }
.kpis { display: grid; grid-template-columns: repeat(5, minmax(0, 1fr)); gap: 2mm; margin: 2mm 0; }
.kpi { border: 1px solid #c9d4e2; border-radius: 1.5mm; padding: 2mm; break-inside: avoid; }
.kpi .value { font-size: 13pt; font-weight: bold; color: #154273; display: block; overflow-wrap: anywhere; }
.kpi .label { font-size: 8pt; color: #333; display: block; }
.note { font-size: 8.5pt; color: #444; margin: 1mm 0; }
footer { margin-top: 8mm; font-size: 8pt; color: #555; border-top: 1px solid #ccc; padding-top: 2mm; }
@media print { body { max-width: none; padding: 0; } }
`;

/** The page: a header, the key figures, then each section with its charts, tables and notes. */
export const REPORT_TEMPLATE = `<!doctype html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="signaalreis">
<title>{{title}} – {{monthLabel}}</title>
<style>{{{css}}}</style>
</head>
<body>
<header>
<h1>{{title}}</h1>
<p><strong>{{subtitle}}</strong></p>
<p>{{dates}}</p>
<p class="privacy">{{privacy}}</p>
</header>
<section id="key-figures">
<h2>{{keyFigures.title}}</h2>
<div class="kpis">
{{#each keyFigures.items}}<div class="kpi"><span class="value">{{value}}</span><span class="label">{{label}}</span></div>
{{/each}}
</div>
</section>
{{#each sections}}
<section id="{{id}}">
<h2>{{title}}</h2>
{{#each intro}}<p class="note">{{this}}</p>
{{/each}}
{{#each charts}}<figure class="chart" data-chart="{{id}}">{{{svg}}}<figcaption>{{caption}}</figcaption></figure>
{{/each}}
{{#each tables}}{{#if subtitle}}<h3>{{subtitle}}</h3>{{/if}}
<table data-table="{{id}}">
<thead><tr>{{#each columns}}<th{{#if numeric}} class="num"{{/if}}>{{title}}</th>{{/each}}</tr></thead>
<tbody>
{{#each rows}}<tr>{{#each this}}<td{{#if numeric}} class="num"{{/if}}>{{text}}</td>{{/each}}</tr>
{{/each}}
</tbody>
</table>
{{/each}}
{{#each notes}}<p class="note">{{this}}</p>
{{/each}}
</section>
{{/each}}
<footer>{{footer}}</footer>
</body>
</html>
`;
