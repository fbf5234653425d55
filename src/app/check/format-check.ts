import { partyName } from '../../core/render/party-name.js';
import type { CheckSummary } from './run-check.js';

function describeChange(c: CheckSummary['changes']['list'][number]): string {
  const date = c.to.date ? ` ${c.to.date}` : ' (date unknown)';
  const what = c.kind === 'new' ? 'new' : c.kind === 'status' ? `was ${c.from?.status}` : `date was ${c.from?.date ?? 'unknown'}`;
  return `${c.party} ${partyName(c.party)}: ${c.to.status}${date} — ${what}`;
}

/** The human summary of `check --once`: what ran, what failed and why, what changed, what was mailed. */
export function formatCheckSummary(s: CheckSummary): string {
  const lines: string[] = [];
  lines.push(`pactwatch check: ${s.sources.total} source${s.sources.total === 1 ? '' : 's'} in ${s.seconds} s`);
  const unchanged = s.sources.notModified ? ` (${s.sources.notModified} unchanged)` : '';
  lines.push(`  sources:  ${s.sources.ok} ok${unchanged}, ${s.sources.failed} failed`);
  for (const r of s.sources.results.filter((x) => !x.ok)) lines.push(`    FAILED ${r.sourceId}: ${r.error}`);
  for (const r of s.sources.results.filter((x) => x.ok && x.newItems > 0)) lines.push(`    ${r.sourceId}: ${r.newItems} new of ${r.items} items`);
  lines.push(`  articles: ${s.articles.read} read${s.articles.failed ? `, ${s.articles.failed} failed` : ''}`);
  lines.push(`  claims:   ${s.claims}`);
  lines.push(`  changes:  ${s.changes.confirmed} confirmed, ${s.changes.pending} pending confirmation`);
  for (const c of s.changes.list) lines.push(`    + ${describeChange(c)}`);
  lines.push(`  mails:    ${s.mails.sent} sent${s.mails.failed ? `, ${s.mails.failed} refused` : ''}${s.mails.queued ? `, ${s.mails.queued} alert job(s) still queued for retry` : ''}`);
  lines.push(`  registry: ${s.signatories} signatories`);
  if (s.sources.failed) lines.push(`note: ${s.sources.failed} source(s) failed; the cycle completed for the others.`);
  if (s.mailRetriesPending) lines.push(`error: ${s.mails.queued} alert job(s) could not be delivered yet (${s.mails.lastError ?? 'see the log'}); they stay queued and go out on the next run or with a worker.`);
  if (s.timedOut) lines.push(`error: gave up waiting after the check timeout; still queued: ${JSON.stringify(s.outstanding)}. The next run or a worker picks them up.`);
  return lines.join('\n');
}
