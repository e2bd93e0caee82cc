/** The stylesheet of DEPLOYMENT-REPORT.html: screen and print, no fonts, images or imports (the page's policy allows none). */
export const REPORT_CSS = `
:root {
  --fg: #1f2328; --muted: #59636e; --border: #d1d9e0; --head: #f6f8fa; --stripe: #fafbfc; --link: #0550ae;
  --code-bg: #eff1f3; --good: #1a7f37; --good-bg: #e9f8ee; --bad: #b42318; --bad-bg: #fdecea;
  --warn: #8a5300; --warn-bg: #fff4dc; --neutral: #59636e; --neutral-bg: #f3f4f6;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; color: var(--fg); background: #fff;
  font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "DejaVu Sans", sans-serif;
}
main, footer { max-width: 1180px; margin: 0 auto; padding: 32px 40px 8px; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; font-weight: 650; }
h1 { font-size: 1.85em; margin: 0 0 .7em; padding-bottom: .3em; border-bottom: 2px solid var(--border); }
h2 { font-size: 1.35em; margin: 1.9em 0 .7em; padding-bottom: .25em; border-bottom: 1px solid var(--border); }
h3 { font-size: 1.12em; margin: 1.5em 0 .6em; }
h4, h5, h6 { font-size: 1em; margin: 1.3em 0 .5em; }
p, ul, ol, blockquote, pre, .table-wrap { margin: 0 0 1em; }
ul, ol { padding-left: 1.6em; }
li + li { margin-top: .25em; }
hr { border: 0; border-top: 1px solid var(--border); margin: 1.5em 0; }
a { color: var(--link); text-decoration: underline; text-underline-offset: 2px; overflow-wrap: break-word; }
code, pre {
  font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace;
  font-size: .86em;
}
code { background: var(--code-bg); padding: .1em .35em; border-radius: 4px; overflow-wrap: break-word; }
code.digest { word-break: break-all; font-size: .8em; }
pre { background: var(--head); border: 1px solid var(--border); border-radius: 6px; padding: 12px 14px; overflow-x: auto; line-height: 1.45; }
pre code { background: none; padding: 0; font-size: 1em; }
pre.chart::before {
  content: "Chart (Mermaid source; GitHub draws it)"; display: block; margin-bottom: 6px;
  font: 600 11px/1.4 system-ui, sans-serif; letter-spacing: .04em; text-transform: uppercase; color: var(--muted);
}
figure.chart { margin: 0 0 16px; overflow-x: auto; }
figure.chart svg { display: block; max-width: 100%; height: auto; }
blockquote { margin-left: 0; padding: .3em 1em; border-left: 4px solid var(--border); color: var(--muted); }
blockquote > :last-child { margin-bottom: 0; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .9em; }
th, td { border: 1px solid var(--border); padding: 6px 10px; text-align: left; vertical-align: top; }
th { background: var(--head); font-weight: 600; white-space: nowrap; }
tbody tr:nth-child(even) { background: var(--stripe); }
th.align-right, td.align-right { text-align: right; }
th.align-center, td.align-center { text-align: center; }
.verdict { font-weight: 650; border-radius: 3px; padding: 0 .12em; }
time { white-space: nowrap; }
.verdict.tone-bad { color: var(--bad); background: var(--bad-bg); }
.verdict.tone-warn { color: var(--warn); background: var(--warn-bg); }
td.status { font-weight: 600; white-space: nowrap; }
td.align-right { font-variant-numeric: tabular-nums; }
td.status.tone-good { color: var(--good); }
td.status.tone-bad { color: var(--bad); background: var(--bad-bg); }
td.status.tone-warn { color: var(--warn); background: var(--warn-bg); }
td.status.tone-neutral { color: var(--neutral); font-weight: 400; }
td.status .verdict, .headline .verdict { background: none; padding: 0; color: inherit; }
.headline { padding: 12px 16px; border: 1px solid var(--border); border-left-width: 6px; border-radius: 6px; font-size: 1.08em; }
.headline.tone-good { border-left-color: var(--good); background: var(--good-bg); color: var(--good); }
.headline.tone-bad { border-left-color: var(--bad); background: var(--bad-bg); color: var(--bad); }
.headline.tone-warn { border-left-color: var(--warn); background: var(--warn-bg); color: var(--warn); }
.headline.tone-neutral { border-left-color: var(--neutral); background: var(--neutral-bg); }
footer { padding-top: 12px; padding-bottom: 32px; color: var(--muted); font-size: .85em; }
footer p { border-top: 1px solid var(--border); padding-top: 12px; margin: 0; }
@media (max-width: 640px) {
  main, footer { padding-left: 16px; padding-right: 16px; }
  th, td { padding: 5px 6px; }
}
@media print {
  @page { margin: 14mm 12mm; }
  body { font-size: 10pt; }
  main, footer { max-width: none; padding: 0; }
  footer { margin-top: 1.5em; }
  .table-wrap { overflow: visible; }
  pre { white-space: pre-wrap; }
  pre, code, a { overflow-wrap: anywhere; }
  h1, h2, h3, h4 { break-after: avoid; }
  tr, pre, blockquote, .headline { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`
