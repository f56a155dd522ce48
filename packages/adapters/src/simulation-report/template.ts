// The page of simulation.html: one Handlebars template (every {{value}} HTML-escaped; only the SVG
// of the charts, which vega wrote and render-svg checked, goes in with {{{ }}}) with the monthly
// report's stylesheet and a few rules of its own — A4, no script, nothing loaded from elsewhere.
import { REPORT_CSS } from '../report/report-template';

/** The monthly report's stylesheet, plus row headers, captions and lists. */
export const SIMULATION_CSS = `${REPORT_CSS}
th[scope="row"] { background: none; font-size: 8.5pt; vertical-align: top; }
caption { text-align: left; font-size: 8.5pt; color: #444; padding: 0 0 1mm; caption-side: top; }
ul.limits { margin: 1mm 0; padding-left: 5mm; }
ul.limits li { margin: 0.8mm 0; }
.measure { break-inside: auto; }
`;

/** The page: a header, then each section with its intro, measures (charts and a table), tables and notes. */
export const SIMULATION_TEMPLATE = `<!doctype html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="signaalreis">
<title>{{title}}</title>
<style>{{{css}}}</style>
</head>
<body>
<header>
<h1>{{title}}</h1>
<p><strong>{{facts}}</strong></p>
{{#if municipalities}}<p>{{municipalities}}</p>{{/if}}
<p class="privacy">{{synthetic}}</p>
</header>
{{#each sections}}
<section id="{{id}}">
<h2>{{title}}</h2>
{{#each intro}}<p class="note">{{this}}</p>
{{/each}}
{{#each measures}}<div class="measure" id="measure-{{id}}" data-measure="{{id}}">
<h3>{{label}}</h3>
{{#each notes}}<p class="note">{{this}}</p>
{{/each}}
{{#each charts}}<figure class="chart" data-chart="{{id}}">{{{svg}}}<figcaption>{{caption}}</figcaption></figure>
{{/each}}
{{#with table}}{{> table}}{{/with}}
</div>
{{/each}}
{{#each tables}}{{> table}}{{/each}}
{{#if list}}<ul class="limits">
{{#each list}}<li>{{this}}</li>
{{/each}}</ul>{{/if}}
</section>
{{/each}}
<footer>{{footer}}</footer>
</body>
</html>
`;

/** A table with its caption, column headers and a header cell per row. */
export const TABLE_PARTIAL = `<table data-table="{{id}}">
<caption>{{caption}}</caption>
<thead><tr>{{#each columns}}<th scope="col"{{#if numeric}} class="num"{{/if}}>{{text}}</th>{{/each}}</tr></thead>
<tbody>
{{#each rows}}<tr><th scope="row">{{header}}</th>{{#each cells}}<td{{#if numeric}} class="num"{{/if}}>{{text}}</td>{{/each}}</tr>
{{/each}}
</tbody>
</table>
`;
