import { esc } from '../html-escape.js';

export interface Signing {
  party: string;
  name: string;
  /** YYYY-MM-DD */
  date: string;
}

export interface TimelineOptions {
  width?: number;
  height?: number;
  /** Accessible name of the chart. */
  title?: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function day(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

function monthStart(t: number, add = 0): number {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + add, 1);
}

function niceStep(max: number, ticks: number): number {
  const raw = Math.max(1, max / ticks);
  const pow = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? raw;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Cumulative signatories over time as a step line, one dot per signing, labelled with party codes.
 * Pure and deterministic: the same signings give the same SVG (no clock, no randomness), so the page
 * can be server-rendered and compared in tests. Every text is escaped. Width scales with CSS.
 */
export function timelineSvg(signings: readonly Signing[], options: TimelineOptions = {}): string {
  const W = options.width ?? 720;
  const H = options.height ?? 260;
  const title = options.title ?? 'Signatories over time';
  const dated = signings.filter((s) => /^\d{4}-\d{2}-\d{2}$/.test(s.date) && !Number.isNaN(day(s.date)));
  const sorted = [...dated].sort((a, b) => a.date.localeCompare(b.date) || a.party.localeCompare(b.party));
  if (!sorted.length)
    return `<svg class="timeline" viewBox="0 0 ${W} 60" role="img" aria-label="${esc(title)}: no dated signings yet"><text x="${W / 2}" y="34" text-anchor="middle" class="t-empty">No dated signings yet</text></svg>`;

  const pad = { left: 36, right: 16, top: 22, bottom: 34 };
  const plotW = W - pad.left - pad.right;
  const plotH = H - pad.top - pad.bottom;
  const first = day(sorted[0]!.date);
  const last = day(sorted.at(-1)!.date);
  const t0 = monthStart(first);
  const t1 = Math.max(monthStart(last, 1), monthStart(first, 2));
  const x = (t: number) => r1(pad.left + ((t - t0) / (t1 - t0)) * plotW);
  const total = sorted.length;
  const yStep = niceStep(total, 5);
  const yMax = Math.ceil(total / yStep) * yStep;
  const y = (n: number) => r1(pad.top + plotH - (n / yMax) * plotH);

  const parts: string[] = [];
  parts.push(`<title>${esc(title)}</title>`);
  parts.push(`<desc>${esc(`${total} dated signings from ${sorted[0]!.date} to ${sorted.at(-1)!.date}`)}</desc>`);

  // Horizontal grid and y labels.
  for (let n = 0; n <= yMax; n += yStep)
    parts.push(`<line class="t-grid" x1="${pad.left}" x2="${W - pad.right}" y1="${y(n)}" y2="${y(n)}"/><text class="t-axis" x="${pad.left - 6}" y="${r1(y(n) + 4)}" text-anchor="end">${n}</text>`);

  // Month ticks, thinned to at most ~8 labels.
  const months: number[] = [];
  for (let t = t0; t <= t1; t = monthStart(t, 1)) months.push(t);
  const every = Math.max(1, Math.ceil(months.length / 8));
  let yearShown = -1;
  months.forEach((t, i) => {
    const d = new Date(t);
    parts.push(`<line class="t-tick" x1="${x(t)}" x2="${x(t)}" y1="${pad.top + plotH}" y2="${pad.top + plotH + 4}"/>`);
    if (i % every === 0) {
      // The year is written on the first label of each year shown.
      const label = d.getUTCFullYear() !== yearShown ? `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` : MONTHS[d.getUTCMonth()]!;
      yearShown = d.getUTCFullYear();
      // Keep the end labels inside the frame.
      const anchor = x(t) > W - pad.right - 24 ? 'end' : x(t) < pad.left + 20 ? 'start' : 'middle';
      parts.push(`<text class="t-axis" x="${x(t)}" y="${pad.top + plotH + 18}" text-anchor="${anchor}">${label}</text>`);
    }
  });

  // Step line of the cumulative count, extended to the right edge.
  let path = `M${x(t0)},${y(0)}`;
  sorted.forEach((s, i) => {
    path += ` H${x(day(s.date))} V${y(i + 1)}`;
  });
  path += ` H${x(t1)}`;
  parts.push(`<path class="t-area" d="${path} V${y(0)} Z"/>`);
  parts.push(`<path class="t-line" d="${path}"/>`);

  // Dots: one per signing, on the riser of its date, with a tooltip.
  sorted.forEach((s, i) => {
    parts.push(`<circle class="t-dot" cx="${x(day(s.date))}" cy="${y(i + 1)}" r="3.5"><title>${esc(`${s.name} — ${s.date}`)}</title></circle>`);
  });

  // One label per date (the codes signed that day), up and left of the top of its riser: the line is
  // a rising staircase, so that corner is always empty. A label that would overlap one already drawn
  // is left out (the dot's tooltip still names it).
  const groups = new Map<string, Signing[]>();
  for (const s of sorted) groups.set(s.date, [...(groups.get(s.date) ?? []), s]);
  const drawn: Array<{ l: number; r: number; t: number; b: number }> = [];
  let count = 0;
  for (const [date, list] of groups) {
    count += list.length;
    const text = list.map((s) => s.party).join(' ');
    const width = text.length * 6.4;
    const cx = x(day(date));
    let left = cx - 7 - width;
    let base = y(count) + 4;
    if (left < pad.left + 2) {
      left = cx + 7;
      base = y(count) - 7;
    }
    const box = { l: left - 2, r: left + width + 2, t: base - 10, b: base + 3 };
    if (base - 10 < 0 || drawn.some((d) => box.l < d.r && d.l < box.r && box.t < d.b && d.t < box.b)) continue;
    drawn.push(box);
    parts.push(`<text class="t-label" x="${r1(left)}" y="${r1(base)}">${esc(text)}</text>`);
  }

  return `<svg class="timeline" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(title)}" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}

