import type { RegistryView } from './registry-view.js';

const COLUMNS = ['party', 'name', 'status', 'date', 'place', 'sources', 'firstSeen', 'lastSeen'] as const;

function cell(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v);
  // A cell starting with = + - @ runs as a formula in spreadsheets: neutralise it (CSV injection).
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV of the registry, one row per party. */
export function registryCsv(view: RegistryView): string {
  const rows = view.entries.map((e) => COLUMNS.map((c) => cell(e[c])).join(','));
  return [COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
