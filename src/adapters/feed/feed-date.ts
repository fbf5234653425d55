/**
 * Feed dates → `YYYY-MM-DD` in UTC, or null. Parsed by hand rather than with Date.parse, whose results
 * for anything but ISO 8601 depend on the engine and on the machine's time zone.
 *
 * - ISO 8601 / RFC 3339 (Atom, JSON Feed, dc:date): `2024-06-11`, `2024-06-11T23:30:00-02:00`,
 *   `2024-06-11 23:30Z`. A date without a time is that calendar day; a time without a zone is UTC.
 * - RFC 822 / 2822 (RSS pubDate): `Tue, 11 Jun 2024 23:30:00 -0200`, `11 June 24 23:30 GMT`, named US
 *   and common European zones. An unknown zone name counts as UTC (at most a day off, never dropped).
 */
export function toIsoDay(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const text = raw.trim();
  return fromIso(text) ?? fromRfc822(text);
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

const RFC822 =
  /^(?:[a-z]+,?\s+)?(\d{1,2})[\s-]+([a-z]+)\.?[\s-]+(\d{4}|\d{2})(?!\d)(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?:\s*([+-]\d{4}|[a-z]{1,5}))?/i;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// Hours east of UTC.
const ZONES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, WET: 0,
  EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7,
  BST: 1, CET: 1, CEST: 2, MET: 1, MEST: 2, WEST: 1, EET: 2, EEST: 3, MSK: 3,
};

function fromIso(text: string): string | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, zone] = m;
  if (h === undefined) return day(Number(y), Number(mo), Number(d), 0, 0, 0, 0);
  return day(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s ?? 0), offsetMinutes(zone));
}

function fromRfc822(text: string): string | null {
  const m = RFC822.exec(text);
  if (!m) return null;
  const [, d, monthName, y, h, mi, s, zone] = m;
  const month = MONTHS.indexOf((monthName ?? '').slice(0, 3).toLowerCase()) + 1;
  if (month === 0) return null;
  let year = Number(y);
  // RFC 822 two-digit years: the 2000s for anything a news feed can carry.
  if ((y ?? '').length === 2) year += year < 70 ? 2000 : 1900;
  return day(year, month, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0), offsetMinutes(zone));
}

function offsetMinutes(zone: string | undefined): number {
  if (zone === undefined) return 0;
  const numeric = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (numeric) return (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3] ?? 0));
  return (ZONES[zone.toUpperCase()] ?? 0) * 60;
}

function day(y: number, mo: number, d: number, h: number, mi: number, s: number, offsetMin: number): string | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60) return null;
  const check = new Date(Date.UTC(y, mo - 1, d));
  // Rejects 31 June and 29 February of common years instead of rolling them into the next month.
  if (check.getUTCMonth() !== mo - 1) return null;
  const utc = new Date(Date.UTC(y, mo - 1, d, h, mi, s) - offsetMin * 60_000);
  return utc.toISOString().slice(0, 10);
}
