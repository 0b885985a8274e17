/** The report's style sheet: calm tints for what backs a sentence, a dark variant, and a print layout. */
export const reportStyle = `
:root {
  color-scheme: light dark;
  --bg: #fbfaf7; --fg: #24211d; --muted: #6b655c; --rule: #ddd8cf; --panel: #ffffff;
  --cited-bg: #e2f0e4; --cited-line: #4f8a5d;
  --attributed-bg: #e2ebf6; --attributed-line: #4a77a8;
  --anonymous-bg: #f6ecd4; --anonymous-line: #a57c23;
  --unsourced-bg: #f7dfdc; --unsourced-line: #b5483d;
  --analysis-bg: #ebe4f4; --analysis-line: #7d5fab;
  --duplicate-bg: #e9e7e3; --duplicate-line: #7a746b;
  --error: #b5483d; --warning: #a57c23; --info: #4a77a8;
  --focus: #2f6fb3;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #1b1a18; --fg: #e6e1d8; --muted: #a29b90; --rule: #3a3732; --panel: #25231f;
    --cited-bg: #23382a; --cited-line: #7dbb8b;
    --attributed-bg: #1f3047; --attributed-line: #86aedb;
    --anonymous-bg: #3d3320; --anonymous-line: #d7b266;
    --unsourced-bg: #48262299; --unsourced-line: #e4887d;
    --analysis-bg: #33284a; --analysis-line: #b49be0;
    --duplicate-bg: #34322e; --duplicate-line: #aaa399;
    --error: #e4887d; --warning: #d7b266; --info: #86aedb;
    --focus: #86aedb;
  }
}
* { box-sizing: border-box; }
body {
  margin: 0; background: var(--bg); color: var(--fg);
  font: 17px/1.65 Georgia, "Iowan Old Style", "Liberation Serif", serif;
}
header.report, main { max-width: 52rem; margin: 0 auto; padding: 1.25rem 1.5rem; }
h1, h2, h3, .summary, .legend, .coverage, .findings, .map, .panel, .meta {
  font-family: system-ui, -apple-system, "Segoe UI", "Liberation Sans", sans-serif;
}
h1 { font-size: 1.4rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 2.5rem 0 .5rem; padding-top: 1rem; border-top: 1px solid var(--rule); word-break: break-all; }
h3 { font-size: .95rem; margin: 1.75rem 0 .5rem; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
.summary, .meta { color: var(--muted); font-size: .9rem; margin: 0; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; padding: 0; margin: 1rem 0 0; list-style: none; font-size: .85rem; }
.legend .s { padding: 0 .35rem; cursor: default; }
.coverage { display: flex; align-items: center; gap: .6rem; font-size: .9rem; }
.coverage meter { width: 10rem; height: .8rem; }
main > section.file:first-child > h2 { margin-top: .5rem; }
article { margin-top: 1rem; }
.para { position: relative; margin: 0 0 1rem; }
.para::before {
  content: attr(data-line); position: absolute; left: -3.2rem; width: 2.6rem; text-align: right;
  color: var(--muted); font: .75rem/2.2 system-ui, sans-serif;
}
.para.heading { font-weight: bold; font-size: 1.1em; }
.para.listItem { padding-left: 1.2rem; }
.para.listItem::after { content: "•"; position: absolute; left: .2rem; top: 0; }
.para.blockquote { padding-left: 1rem; border-left: 3px solid var(--rule); }
.para.source-list { font-size: .9rem; color: var(--muted); }
.para.duplicate { padding: .1rem .5rem; margin-left: -.5rem; border-left: 3px double var(--duplicate-line);
  background: repeating-linear-gradient(135deg, transparent 0 8px, var(--duplicate-bg) 8px 10px); }
.s { border-radius: 3px; padding: .05rem 0; cursor: pointer; -webkit-box-decoration-break: clone; box-decoration-break: clone;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.s:focus-visible, .s.selected { outline: 2px solid var(--focus); outline-offset: 1px; }
.s.cited { background: var(--cited-bg); border-bottom: 2px solid var(--cited-line); }
.s.attributed { background: var(--attributed-bg); border-bottom: 2px solid var(--attributed-line); }
.s.anonymous { background: var(--anonymous-bg); border-bottom: 2px dotted var(--anonymous-line); }
.s.unsourced { background: var(--unsourced-bg); text-decoration: underline wavy var(--unsourced-line) 1px; text-underline-offset: 3px; }
.s.analysis { background: var(--analysis-bg); border-bottom: 2px dashed var(--analysis-line); font-style: italic; }
.s.duplicate { background: var(--duplicate-bg); color: var(--muted); text-decoration: line-through var(--duplicate-line) 1px; }
.s.other { cursor: pointer; }
.s.flagged::after { content: attr(data-flag); font: bold .65rem/1 system-ui, sans-serif; vertical-align: super; margin-left: .1rem; }
.s.flagged.sev-error::after { color: var(--error); }
.s.flagged.sev-warning::after { color: var(--warning); }
.s.flagged.sev-info::after { color: var(--info); }
.gap { color: var(--muted); }
.map, .findings { font-size: .9rem; }
.map dl { margin: 0; }
.map dt { font-weight: 600; margin-top: .6rem; }
.map dt .detail { font-weight: normal; color: var(--muted); margin-left: .4rem; word-break: break-all; }
.map dd { margin: 0 0 0 1.2rem; }
.map dd a, .findings a { color: inherit; }
.tag { display: inline-block; font-size: .7rem; text-transform: uppercase; letter-spacing: .04em; padding: 0 .3rem;
  border: 1px solid var(--rule); border-radius: 3px; margin-right: .35rem; color: var(--muted); font-weight: normal; }
.findings table { border-collapse: collapse; width: 100%; }
.findings td, .findings th { text-align: left; vertical-align: top; padding: .25rem .5rem .25rem 0; border-bottom: 1px solid var(--rule); }
.sev { font-weight: 600; }
.sev.error { color: var(--error); } .sev.warning { color: var(--warning); } .sev.info { color: var(--info); }
.panel {
  position: fixed; right: 1rem; bottom: 1rem; width: min(26rem, calc(100vw - 2rem)); max-height: 60vh; overflow: auto;
  background: var(--panel); color: var(--fg); border: 1px solid var(--rule); border-radius: 6px;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: .9rem 1rem; font-size: .9rem;
}
.panel[hidden] { display: none; }
.panel .close { float: right; border: 0; background: none; color: var(--muted); font-size: 1.2rem; cursor: pointer; }
.panel blockquote { margin: .5rem 0; padding-left: .7rem; border-left: 3px solid var(--rule); font-family: Georgia, serif; }
.panel ul { padding-left: 1.1rem; margin: .3rem 0; }
.panel h4 { margin: .7rem 0 .2rem; font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
@media (max-width: 60rem) { .para::before { position: static; display: block; text-align: left; width: auto; line-height: 1.2; } }
@media print {
  body { background: #fff; color: #000; font-size: 11pt; }
  .panel, .s.flagged::after { display: none !important; }
  .s { cursor: auto; }
  .s.selected { outline: none; }
  section.file + section.file { break-before: page; }
  .para, .map dt, .findings tr { break-inside: avoid; }
  a { text-decoration: none; }
}
`;
