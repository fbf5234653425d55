import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchExtraction } from './extraction.js';
import { benchCycle, benchScaleOut } from './cycle.js';
import { benchUrlwatch, urlwatchVersion } from './peer.js';
import { startBenchFarm } from './lib/news-farm.js';
import { runProcess } from './lib/processes.js';

/**
 * `npm run bench`: one JSON object on stdout, a readable table on stderr (protocol: bench/README.md).
 * Sections can be chosen with `--only cycle,extraction,fanout,scaleOut,peer`; `--tiny` runs every section
 * at a size that only proves it works (10 feeds, 20 subscribers, no peer).
 */
const args = process.argv.slice(2);
const tiny = args.includes('--tiny');
const onlyArg = args.find((a) => a.startsWith('--only='))?.slice('--only='.length) ?? (args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined);
const only = onlyArg ? new Set(onlyArg.split(',')) : null;
const want = (section: string) => !only || only.has(section);
const say = (line: string) => process.stderr.write(line + '\n');

const FEEDS = tiny ? 10 : 1_000;
const ITEMS_PER_FEED = 20;
const SUBSCRIBERS = tiny ? 20 : 10_000;
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

async function main(): Promise<void> {
  const result: Record<string, unknown> = {};
  const meta: Record<string, unknown> = { node: process.version, cpus: cpus().length, feeds: FEEDS, itemsPerFeed: ITEMS_PER_FEED, tiny, at: new Date().toISOString() };
  const needsFarm = want('cycle') || want('scaleOut') || (want('peer') && !tiny);
  const farm = needsFarm ? await startBenchFarm({ feeds: FEEDS, itemsPerFeed: ITEMS_PER_FEED }) : null;
  try {
    if (want('cycle') && farm) {
      say(`cycle: pactwatch check --once over ${FEEDS} feeds × ${ITEMS_PER_FEED} items (1 new article each), then again (all 304)…`);
      const r = await benchCycle(farm, FEEDS, REDIS_URL);
      result.cycle = { first: r.first, second: r.second };
      meta.cycle = r.detail;
      say(`  first:  ${r.first.seconds} s  ${r.first.sourcesPerSec} sources/s  ${r.first.articles} articles  peak RSS ${r.first.peakRssMB} MB  Redis ${r.first.redisUsedMB} MB (cli ${r.detail.first.cliSeconds} s, cpu ${r.detail.first.cpuSeconds} s)`);
      say(`  second: ${r.second.seconds} s  ${r.second.sourcesPerSec} sources/s  ${r.detail.second.notModified}/${r.detail.second.polled} not modified  peak RSS ${r.second.peakRssMB} MB (cli ${r.detail.second.cliSeconds} s, cpu ${r.detail.second.cpuSeconds} s)`);
    }

    if (want('extraction')) {
      say('extraction: parsing and extracting synthetic 60 KB article pages…');
      const r = benchExtraction(tiny ? 10 : 300, tiny ? 1 : 3);
      result.extraction = r;
      say(`  ${r.articlesPerSec} articles/s (${r.mbPerSec} MB/s) vs cheerio parse alone ${r.parseOnlyArticlesPerSec}/s → ratio ${r.ratioToParse}`);
    }

    if (want('fanout')) {
      const script = fileURLToPath(new URL('./fanout.js', import.meta.url));
      if (!existsSync(script)) {
        say('fanout: bench/fanout.ts is not built: skipped (fanout: null)');
        result.fanout = null;
      } else {
        say(`fanout: one change to ${SUBSCRIBERS} subscribers through the notify job…`);
        const run = await runProcess(process.execPath, [script, '--subscribers', String(SUBSCRIBERS)], { PATH: process.env.PATH ?? '', REDIS_URL });
        if (run.code !== 0) throw new Error(`fanout bench exited ${run.code}: ${run.stderr.slice(-2000)}`);
        const r = JSON.parse(run.stdout.trim().split('\n').pop()!) as { subscribers: number; mailsPerSec: number; seconds: number };
        result.fanout = { subscribers: r.subscribers, mailsPerSec: r.mailsPerSec };
        say(`  ${r.mailsPerSec} mails/s (${r.subscribers} in ${r.seconds} s)`);
      }
    }

    if (want('scaleOut') && farm) {
      say('scaleOut: the first cycle with check --once alone, then with one extra `pactwatch worker`…');
      const r = await benchScaleOut(farm, FEEDS, REDIS_URL);
      result.scaleOut = { oneWorkerSeconds: r.oneWorkerSeconds, twoWorkersSeconds: r.twoWorkersSeconds };
      meta.scaleOut = r.detail;
      say(`  one worker ${r.oneWorkerSeconds} s, two workers ${r.twoWorkersSeconds} s`);
    }

    if (want('peer')) {
      const version = tiny ? null : urlwatchVersion();
      const cycle = result.cycle as { first: { seconds: number }; second: { seconds: number } } | undefined;
      const cycleCpu = meta.cycle as { first: { cpuSeconds: number | null }; second: { cpuSeconds: number | null } } | undefined;
      if (tiny) {
        say('peer: skipped at --tiny size (peer: null)');
        result.peer = null;
      } else if (version === null || !farm) {
        say('peer: urlwatch is not installed (Debian/Ubuntu: apt-get install urlwatch): skipped (peer: null)');
        result.peer = null;
      } else {
        say(`peer: ${version} over the same ${FEEDS} feed URLs, first and second run…`);
        const r = await benchUrlwatch(farm, FEEDS);
        result.peer = {
          urlwatchFirstSeconds: r.firstSeconds,
          urlwatchSecondSeconds: r.secondSeconds,
          firstRatio: cycle ? round(r.firstSeconds / cycle.first.seconds) : null,
          secondRatio: cycle ? round(r.secondSeconds / cycle.second.seconds) : null,
        };
        const cpuRatio = (a: number | null, b: number | null | undefined) => (a !== null && b ? round(a / b) : null);
        meta.peer = {
          version,
          firstPeakRssMB: r.firstPeakRssMB,
          // The same comparison in CPU seconds (both processes, threads included): steadier than wall on a shared machine.
          cpu: {
            urlwatchFirstSeconds: r.firstCpuSeconds,
            urlwatchSecondSeconds: r.secondCpuSeconds,
            firstRatio: cpuRatio(r.firstCpuSeconds, cycleCpu?.first.cpuSeconds),
            secondRatio: cpuRatio(r.secondCpuSeconds, cycleCpu?.second.cpuSeconds),
          },
          farm: r.farm,
        };
        say(`  urlwatch first ${r.firstSeconds} s (cpu ${r.firstCpuSeconds} s), second ${r.secondSeconds} s (cpu ${r.secondCpuSeconds} s) (second: ${r.farm.second.feeds304} of ${FEEDS} feeds answered 304)`);
        if (cycle) say(`  ratio urlwatch ÷ pactwatch: first ${round(r.firstSeconds / cycle.first.seconds)}, second ${round(r.secondSeconds / cycle.second.seconds)}`);
      }
    }
  } finally {
    await farm?.close();
  }
  result.meta = meta;
  process.stdout.write(JSON.stringify(result) + '\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
