import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerEvalCommand } from '../../src/app/cli/commands/eval.js';
import { registerExtractCommand } from '../../src/app/cli/commands/extract.js';
import { UserError } from '../../src/app/cli/user-error.js';
import { CorpusLineError, parseCorpus, scoreCorpus, type Predict } from '../../src/core/eval/index.js';
import { extractClaims } from '../../src/core/extract/index.js';

const FILE = 'test/fixtures/eval/mini-corpus.jsonl';
const lines = parseCorpus(readFileSync(FILE, 'utf8'));
const predict: Predict = (a) => extractClaims(a, { hub: 'UA' });

describe('scoreCorpus (DESIGN §7)', () => {
  // Hand-computed: labelled lines m1-m4 (m5 has no events).
  // gold = 1 (m1) + 2 (m2) + 0 (m3) + 1 (m4) = 4
  // predicted: m1 BE signed (the headline and the body merge); m2 PT planned; m3 GR signed (spurious:
  // the line is labelled empty) — the memorandum gives nothing; m4 FR signed → 4 predictions, 3 true.
  // dates: BE 2024-05-28 (Tuesday before Wed 29) ok, PT 2024-05-28 vs gold 05-29 wrong, FR ok → 2/3.
  const r = scoreCorpus(lines, predict);

  it('has exactly the required keys (plus byLang)', () => {
    expect(Object.keys(r).sort()).toEqual(
      ['articles', 'gold', 'predicted', 'truePositives', 'precision', 'recall', 'f1', 'dateAccuracy', 'byStatus', 'mistakes', 'byLang'].sort(),
    );
  });

  it('counts', () => {
    expect([r.articles, r.gold, r.predicted, r.truePositives]).toEqual([4, 4, 4, 3]);
    expect(r.precision).toBe(0.75);
    expect(r.recall).toBe(0.75);
    expect(r.f1).toBe(0.75);
    expect(r.dateAccuracy).toBe(0.6667);
  });

  it('per status', () => {
    expect(r.byStatus.signed).toEqual({ precision: 0.6667, recall: 0.6667, f1: 0.6667 });
    expect(r.byStatus.planned).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('lists mistakes by kind', () => {
    const kinds = r.mistakes.map((m) => `${m.id} ${m.kind} ${m.party} ${m.status}`);
    expect(kinds).toEqual(['m2 date PT planned', 'm2 missed ES signed', 'm3 spurious GR signed']);
    expect(r.mistakes[0]).toMatchObject({ goldDate: '2024-05-29', predictedDate: '2024-05-28' });
  });

  it('filters by language and reports per language', () => {
    const en = scoreCorpus(lines, predict, { lang: 'en' });
    expect(en.articles).toBe(3);
    expect(Object.keys(r.byLang).sort()).toEqual(['en', 'fr']);
    expect(r.byLang['fr']).toMatchObject({ articles: 1, truePositives: 1, precision: 1, recall: 1 });
  });

  it('dedupes predictions per article on (party, status)', () => {
    const twice: Predict = () => [
      { party: 'BE', status: 'signed', date: '2024-05-28' },
      { party: 'BE', status: 'signed', date: null },
    ];
    const one = scoreCorpus(lines.slice(0, 1), twice);
    expect([one.predicted, one.truePositives, one.dateAccuracy]).toEqual([1, 1, 1]);
  });

  it('rejects a bad line with its number', () => {
    expect(() => parseCorpus('{"id":"x","title":null,"text":"t","published":null,"url":"u"}\n{oops')).toThrow(CorpusLineError);
    expect(() => parseCorpus('\n{"id":"x"}')).toThrow(/line 2/);
  });
});

describe('CLI commands', () => {
  afterEach(() => vi.restoreAllMocks());

  function run(register: (p: Command, hub: () => Promise<string>) => void, args: string[]): Promise<string> {
    const program = new Command('pactwatch').exitOverride();
    register(program, async () => 'UA');
    const out: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out.push(String(chunk));
      return true;
    });
    return program.parseAsync(['node', 'pactwatch', ...args]).then(() => out.join(''));
  }

  it('eval --json prints the report alone', async () => {
    const out = await run(registerEvalCommand, ['eval', FILE, '--json', '--lang', 'en']);
    const report = JSON.parse(out) as { articles: number; truePositives: number };
    expect(report.articles).toBe(3);
    expect(report.truePositives).toBe(2);
  });

  it('eval prints a table by default', async () => {
    const out = await run(registerEvalCommand, ['eval', FILE]);
    expect(out).toMatch(/overall/);
    expect(out).toMatch(/m3 spurious/);
  });

  it('extract --jsonl prints {id, claims} per line, in order', async () => {
    const out = await run(registerExtractCommand, ['extract', '--jsonl', FILE]);
    const rows = out.trim().split('\n').map((l) => JSON.parse(l) as { id: string; claims: { party: string }[] });
    expect(rows.map((r) => r.id)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
    expect(rows[4]!.claims.map((c) => c.party)).toEqual(['NO']);
  });

  it('extract of a text file', async () => {
    const out = await run(registerExtractCommand, ['extract', 'test/fixtures/eval/mini-corpus.jsonl', '--published', '2024-05-29']);
    expect(Array.isArray(JSON.parse(out))).toBe(true);
  });

  it('bad input is a user error with exit code 2 naming the file or line', async () => {
    await expect(run(registerExtractCommand, ['extract', 'no/such/file.txt'])).rejects.toThrow(/no\/such\/file\.txt/);
    const err = await run(registerEvalCommand, ['eval', 'package.json']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).exitCode).toBe(2);
    expect((err as UserError).message).toMatch(/package\.json: line 1/);
  });
});
