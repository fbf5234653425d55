import { esc, safeHref } from '../html-escape.js';

/** A link only for http(s) URLs; anything else (javascript:, data:) shows as text. */
export function link(url: string, text: string): string {
  const href = safeHref(url);
  return href ? `<a href="${esc(href)}" rel="noopener noreferrer nofollow">${esc(text)}</a>` : esc(text);
}

/** "2024-06-13 09:41 UTC", or "—". */
export function utc(iso: string | null | undefined): string {
  if (!iso) return '—';
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return esc(iso);
  return `${new Date(t).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** "3 min ago" / "in 40 s", relative to `now`; the exact time goes in the title attribute. */
export function relative(iso: string | number | null | undefined, now: Date): string {
  if (iso === null || iso === undefined || iso === '') return '<span class="muted">—</span>';
  const t = typeof iso === 'number' ? iso : Date.parse(iso);
  if (Number.isNaN(t)) return esc(String(iso));
  const s = Math.round((t - now.getTime()) / 1000);
  const abs = Math.abs(s);
  const span = abs < 60 ? `${abs} s` : abs < 3600 ? `${Math.round(abs / 60)} min` : abs < 86_400 ? `${Math.round(abs / 3600)} h` : `${Math.round(abs / 86_400)} d`;
  const text = abs < 2 ? 'now' : s < 0 ? `${span} ago` : `in ${span}`;
  return `<time datetime="${esc(new Date(t).toISOString())}" title="${esc(utc(new Date(t).toISOString()))}">${text}</time>`;
}

export function statusBadge(status: string): string {
  return `<span class="badge s-${esc(status)}">${esc(status)}</span>`;
}

/** A titled section; `id` becomes the anchor used by the page's navigation. */
export function section(id: string, title: string, body: string, note = ''): string {
  return `<section id="${esc(id)}"><h2>${esc(title)}${note ? ` <span class="note">${note}</span>` : ''}</h2>${body}</section>`;
}
