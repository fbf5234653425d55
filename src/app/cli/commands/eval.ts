import type { Command } from 'commander';
import type { Counts, EvalReport } from '../../../core/eval/score.js';

interface EvalOptions {
  json?: boolean;
  lang?: string;
}

/** `eval <corpus.jsonl> [--json] [--lang en]`: scores exactly the pipeline's extraction (DESIGN §7). */
export function registerEvalCommand(program: Command, loadHub: () => Promise<string>): void {
  program
    .command('eval')
    .description('score extraction on a labelled corpus (JSON Lines)')
    .argument('<corpus>', 'corpus file (corpus/README.md format)')
    .option('--json', 'print the DESIGN §7 report object alone on stdout')
    .option('--lang <code>', 'only lines of this language (ISO 639-1, e.g. en)')
    .action(async (corpus: string, opts: EvalOptions) => {
      const hub = await loadHub();
      // Loaded here, not at the top: other commands start without the extractor.
      const [{ readCorpusFile }, { scoreCorpus }, { extractClaims }] = await Promise.all([
        import('./read-input.js'),
        import('../../../core/eval/score.js'),
        import('../../../core/extract/index.js'),
      ]);
      const lines = await readCorpusFile(corpus);
      const report = scoreCorpus(lines, (a) => extractClaims({ ...a, sourceId: 'eval' }, { hub }), opts.lang !== undefined ? { lang: opts.lang } : {});
      process.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : renderTable(report, opts.lang));
    });
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);

function row(label: string, c: Counts): string {
  return `${label.padEnd(12)} ${String(c.articles).padStart(8)} ${String(c.gold).padStart(5)} ${String(c.predicted).padStart(5)} ${String(c.truePositives).padStart(5)} ${pct(c.precision)} ${pct(c.recall)} ${pct(c.f1)} ${pct(c.dateAccuracy)}`;
}

export function renderTable(r: EvalReport, lang?: string): string {
  const lines: string[] = [];
  lines.push(`extraction scores${lang ? ` (lang ${lang})` : ''}`);
  lines.push('');
  lines.push(`${''.padEnd(12)} ${'articles'.padStart(8)} ${'gold'.padStart(5)} ${'pred'.padStart(5)} ${'tp'.padStart(5)} ${'prec'.padStart(7)} ${'recall'.padStart(7)} ${'f1'.padStart(7)} ${'dates'.padStart(7)}`);
  lines.push(row('overall', r));
  for (const [l, c] of Object.entries(r.byLang)) lines.push(row(`lang ${l}`, c));
  lines.push('');
  lines.push(`${'status'.padEnd(12)} ${'prec'.padStart(7)} ${'recall'.padStart(7)} ${'f1'.padStart(7)}`);
  for (const [s, v] of Object.entries(r.byStatus)) lines.push(`${s.padEnd(12)} ${pct(v.precision)} ${pct(v.recall)} ${pct(v.f1)}`);
  lines.push('');
  lines.push(r.mistakes.length === 0 ? 'no mistakes' : `mistakes (first ${r.mistakes.length}):`);
  for (const m of r.mistakes) {
    const dates = m.kind === 'date' ? ` gold ${m.goldDate} predicted ${m.predictedDate ?? 'null'}` : m.kind === 'missed' ? ` gold date ${m.goldDate ?? 'null'}` : ` date ${m.predictedDate ?? 'null'}`;
    const ev = (m.evidence ?? '').replace(/\s+/g, ' ');
    lines.push(`  ${m.id} ${m.kind.padEnd(8)} ${m.party} ${m.status}${dates} | ${ev.length > 140 ? `${ev.slice(0, 137)}...` : ev}`);
  }
  return `${lines.join('\n')}\n`;
}
