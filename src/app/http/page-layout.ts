import { esc } from './html-escape.js';

export interface PageOptions {
  /** Reload the page every so many seconds (a meta refresh: the pages load no script). */
  refreshSeconds?: number;
  /** Extra trusted markup for <head> (e.g. a feed link); never fetched text. */
  head?: string;
}

/** One stylesheet for every page, inline: the CSP allows no style, script or font from anywhere else. */
const STYLE = `
:root{--fg:#1b1f24;--muted:#5f6b7a;--line:#e3e6ea;--bg:#fff;--soft:#f5f7f9;--accent:#1f5fbf;--ok:#137333;--warn:#a15c00;--bad:#b3261e}
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:72rem;padding:0 1rem 2rem;color:var(--fg);background:var(--bg)}
a{color:var(--accent)}h1{font-size:1.35rem;margin:0}h2{font-size:1.1rem;margin:1.8rem 0 .6rem;padding-bottom:.3rem;border-bottom:2px solid var(--line)}h3{font-size:.95rem;margin:.4rem 0}
.top{display:flex;flex-wrap:wrap;align-items:baseline;gap:.4rem 1.2rem;padding:.9rem 0 .6rem;border-bottom:1px solid var(--line)}
.top nav{display:flex;flex-wrap:wrap;gap:.2rem .9rem}.top nav a{text-decoration:none;font-size:.92rem}
.lead{font-size:1.05rem;margin:.9rem 0 .6rem}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(8.5rem,1fr));gap:.6rem;margin:.4rem 0 .6rem}
.card{background:var(--soft);border:1px solid var(--line);border-radius:8px;padding:.55rem .8rem}.card .value{font-size:1.5rem;font-weight:600;font-variant-numeric:tabular-nums}.card .label{color:var(--muted);font-size:.85rem}
.card.warn .value{color:var(--warn)}.card.alert .value{color:var(--bad)}
.note{font-weight:normal;color:var(--muted);font-size:.85rem}
table{border-collapse:collapse;width:100%;margin:.3rem 0 .8rem;font-size:.93rem}th,td{text-align:left;padding:.35rem .55rem;border-bottom:1px solid var(--line);vertical-align:top}
th{background:var(--soft);font-weight:600;white-space:nowrap}tbody tr:hover{background:#fafbfc}
.num{text-align:right;font-variant-numeric:tabular-nums}.nowrap{white-space:nowrap}.err{color:var(--bad);font-size:.85rem;max-width:22rem;overflow-wrap:anywhere}
.wrap{overflow-x:auto;-webkit-overflow-scrolling:touch}
.code{color:var(--muted);font-size:.8rem;font-family:ui-monospace,monospace}
.tag{font-size:.72rem;background:#e8f0fe;color:var(--accent);border-radius:4px;padding:0 .3rem;margin-left:.2rem}
.badge{display:inline-block;font-size:.78rem;border-radius:999px;padding:.05rem .55rem;background:#eceff3;color:#333;white-space:nowrap}
.s-signed,.s-ratified,.h-ok{background:#e6f4ea;color:var(--ok)}.s-planned,.s-negotiating,.h-degraded,.h-paused{background:#fff4e0;color:var(--warn)}
.s-refused,.s-terminated,.h-failing{background:#fce8e6;color:var(--bad)}.h-unknown,.h-off{background:#eceff3;color:var(--muted)}
.ok{color:var(--ok)}.bad{color:var(--bad)}.muted{color:var(--muted)}.small{font-size:.84rem}
figure.chart{margin:.2rem 0 1rem;padding:.6rem;border:1px solid var(--line);border-radius:8px}
svg.timeline{display:block;width:100%;height:auto}
.t-grid{stroke:#eceff3;stroke-width:1}.t-tick{stroke:#9aa4b1}.t-axis{fill:var(--muted);font-size:11px}
.t-line{fill:none;stroke:var(--accent);stroke-width:2}.t-area{fill:#1f5fbf14;stroke:none}.t-dot{fill:#fff;stroke:var(--accent);stroke-width:2}
.t-label{fill:#333;font-size:10.5px;font-family:ui-monospace,monospace}.t-empty{fill:var(--muted);font-size:13px}
ol.changes{list-style:none;padding:0;margin:0}.change{padding:.6rem 0;border-bottom:1px solid var(--line)}.change .fact{font-weight:600}
.change.pending .fact{font-weight:500;color:var(--warn)}
blockquote{margin:.35rem 0 0;padding:.1rem .7rem;border-left:3px solid var(--line);color:#333;font-size:.92rem;overflow-wrap:anywhere}cite{font-style:normal;color:var(--muted)}
code{font-family:ui-monospace,monospace;font-size:.85em;background:var(--soft);padding:0 .2rem;border-radius:3px;overflow-wrap:anywhere}
.split{display:grid;grid-template-columns:2fr 1fr;gap:1.2rem}.split>div,section{min-width:0}
dl.counts{display:flex;gap:1.2rem;margin:.3rem 0}dl.counts dt{color:var(--muted);font-size:.85rem}dl.counts dd{margin:0;font-size:1.3rem;font-weight:600}
footer{margin-top:2rem;padding-top:.8rem;border-top:1px solid var(--line)}
form{margin:.8rem 0}label{display:block;margin:.5rem 0 .2rem}input,select{font:inherit;padding:.35rem .5rem;max-width:100%}button{font:inherit;padding:.4rem .9rem;cursor:pointer}
@media (max-width:40rem){body{font-size:14px;padding:0 .6rem 1.5rem}.split{grid-template-columns:1fr}th,td{padding:.3rem .4rem}.card .value{font-size:1.25rem}h2{margin-top:1.4rem}.t-axis{font-size:19px}.t-label{display:none}.t-dot{stroke-width:3}}
`;

/** Self-contained page: no script, font or style from outside the server. */
export function page(title: string, body: string, options: PageOptions = {}): string {
  const refresh = options.refreshSeconds ? `<meta http-equiv="refresh" content="${Math.max(5, Math.round(options.refreshSeconds))}">` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${refresh}
<title>${esc(title)}</title>${options.head ?? ''}
<style>${STYLE}</style></head><body>${body}</body></html>`;
}
