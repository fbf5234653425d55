import { esc } from './html-escape.js';

/** Self-contained page: no script, font or style from outside the server. */
export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:70rem;padding:1rem;color:#1b1f24}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #ddd;vertical-align:top}
th{background:#f4f5f7}.ok{color:#137333}.bad{color:#b3261e}.muted{color:#666}blockquote{margin:.2rem 0 .2rem 1rem;color:#333}
.wrap{overflow-x:auto}button{font:inherit;padding:.4rem .9rem}
</style></head><body>${body}</body></html>`;
}
