/**
 * `npm run bench:robust [-- --fuzz-count N] [--no-e2e] [--no-fuzz]`: the hardening report in one table —
 * hostile cases tried/passed, fault modes tried/passed, fuzz documents run, privacy requests checked, the busy pages'
 * figures (churn, storage, the extension's memory) and the heavy pages' longest main-thread task, each beside its
 * budget — and a non-zero exit on any miss. Runs `npm run fuzz` and the hardening e2e files (hostile, busy,
 * longtask, worker, faults, privacy)
 * against a fresh build in artifacts/dist-robust (or BACKSTORY_DIST), never touching dist/.
 * Needs Chromium for the e2e part; without it that part is reported as not run and counts as a miss.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'artifacts', 'robust');
const E2E_FILES = [
  'tests/e2e/hostile.e2e.ts',
  'tests/e2e/busy.e2e.ts',
  'tests/e2e/longtask.e2e.ts',
  'tests/e2e/worker.e2e.ts',
  'tests/e2e/faults.e2e.ts',
  'tests/e2e/privacy.e2e.ts',
];

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const fuzzCount = Number(arg('fuzz-count', '1000'));
const runE2e = !process.argv.includes('--no-e2e');
const runFuzz = !process.argv.includes('--no-fuzz');

interface Row {
  what: string;
  tried: number;
  passed: number;
  note: string;
}
const rows: Row[] = [];
mkdirSync(OUT, { recursive: true });

if (runFuzz) {
  console.error(`bench:robust: fuzzing ${fuzzCount} documents…`);
  const fuzz = spawnSync('npx', ['tsx', 'scripts/fuzz.ts', '--count', String(fuzzCount), '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const line = fuzz.stdout.trim().split('\n').pop() ?? '';
  try {
    const s = JSON.parse(line) as {
      documents: number;
      failures: number;
      megabytes: number;
      p99_ms: number;
      max_ms: number;
      parserErrors: number;
    };
    rows.push({
      what: 'fuzz documents (detect → extract → recognize)',
      tried: s.documents,
      passed: s.documents - s.failures,
      note: `${s.megabytes} MB; p99 ${s.p99_ms} ms, max ${s.max_ms} ms per document${s.parserErrors ? `; ${s.parserErrors} unparsable by linkedom` : ''}`,
    });
  } catch {
    rows.push({
      what: 'fuzz documents (detect → extract → recognize)',
      tried: 0,
      passed: 0,
      note: `fuzz run failed: ${fuzz.stderr.slice(-300)}`,
    });
  }
}

if (runE2e) {
  const dist = process.env.BACKSTORY_DIST ?? join('artifacts', 'dist-robust');
  if (!process.env.BACKSTORY_DIST) {
    console.error(`bench:robust: building the extension into ${dist}…`);
    const build = spawnSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (build.status !== 0) console.error(build.stderr.slice(-2_000));
  }
  const report = join(OUT, 'e2e.json');
  for (const stale of ['e2e.json', 'privacy.json', 'faults.json', 'hostile.json', 'busy.json', 'longtask.json'])
    rmSync(join(OUT, stale), { force: true });
  console.error('bench:robust: running the hardening e2e files…');
  const e2e = spawnSync(
    'npx',
    ['vitest', 'run', '-c', 'vitest.e2e.config.ts', ...E2E_FILES, '--reporter=json', `--outputFile=${report}`],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, BACKSTORY_DIST: dist, BACKSTORY_E2E_FULL: '1' },
      maxBuffer: 64 << 20,
    },
  );
  const tests = existsSync(report) ? readTests(report) : [];
  if (!tests.length) console.error(e2e.stderr.slice(-3_000));
  const count = (file: string, filter: (t: TestResult) => boolean = () => true) => {
    const list = tests.filter((t) => t.file.endsWith(file) && filter(t));
    return {
      tried: list.length,
      passed: list.filter((t) => t.status === 'passed').length,
      failed: list.filter((t) => t.status !== 'passed').map((t) => t.title),
    };
  };
  const hostile = count('hostile.e2e.ts');
  const senders = count('worker.e2e.ts', (t) => t.ancestors.includes('who may talk to the background'));
  const timings = existsSync(join(OUT, 'hostile.json'))
    ? (
        JSON.parse(readFileSync(join(OUT, 'hostile.json'), 'utf8')) as {
          timings: Record<string, { stateMs: number; longestTaskMs: number }>;
        }
      ).timings
    : {};
  const big = timings['/generated/huge-text'];
  const bigNote = big
    ? `; 10 MB page: state in ${big.stateMs} ms, longest main-thread task ${big.longestTaskMs} ms`
    : '';
  rows.push({
    what: 'hostile cases (pages, API replies, senders)',
    tried: hostile.tried + senders.tried,
    passed: hostile.passed + senders.passed,
    note:
      ([...hostile.failed, ...senders.failed].join('; ') || 'no console errors, no DOM/layout change, clean popup') +
      bigNote,
  });
  const busy = count('busy.e2e.ts');
  const figures = existsSync(join(OUT, 'busy.json'))
    ? (JSON.parse(readFileSync(join(OUT, 'busy.json'), 'utf8')) as {
        figures: Record<string, number>;
        budgets: Record<string, number>;
      })
    : { figures: {}, budgets: {} };
  rows.push({
    what: 'busy pages (churn, storage, highlight layer)',
    tried: busy.tried,
    passed: busy.passed,
    note:
      (busy.failed.join('; ') || 'within budgets') +
      `; ${Object.entries(figures.budgets)
        .map(([k, budget]) => `${k} ${Math.round((figures.figures[k] ?? Number.NaN) * 100) / 100} (budget ${budget})`)
        .join(', ')}`,
  });
  const longtask = count('longtask.e2e.ts');
  const heavy = existsSync(join(OUT, 'longtask.json'))
    ? (JSON.parse(readFileSync(join(OUT, 'longtask.json'), 'utf8')) as {
        figures: Record<string, { withBackstoryMs: number; ownSliceMs: number }>;
        budgetMs: number;
      })
    : { figures: {}, budgetMs: Number.NaN };
  rows.push({
    what: "heavy pages (page's longest task)",
    tried: longtask.tried,
    passed: longtask.passed,
    note:
      (longtask.failed.join('; ') || 'within budget') +
      `; ${Object.entries(heavy.figures)
        .map(([page, f]) => `${page} ${f.withBackstoryMs} ms (own slice ${f.ownSliceMs} ms)`)
        .join(', ')} (budget ${heavy.budgetMs} ms)`,
  });
  const faults = count('faults.e2e.ts');
  rows.push({
    what: 'fault modes (degrade, then recover)',
    tried: faults.tried,
    passed: faults.passed,
    note:
      faults.failed.join('; ') ||
      'all endpoints: timeout, slow drip, 429, 503, HTML 200, truncated, malformed; GDELT or Wikidata alone',
  });
  const worker = count('worker.e2e.ts', (t) => !t.ancestors.includes('who may talk to the background'));
  rows.push({
    what: 'killed worker, browser restart',
    tried: worker.tried,
    passed: worker.passed,
    note: worker.failed.join('; ') || 'state right after restart, history and cache kept',
  });
  const privacy = count('privacy.e2e.ts');
  const checked = existsSync(join(OUT, 'privacy.json'))
    ? (JSON.parse(readFileSync(join(OUT, 'privacy.json'), 'utf8')) as { requestsChecked: number }).requestsChecked
    : 0;
  rows.push({
    what: 'privacy requests checked',
    tried: checked,
    passed: privacy.failed.length || !privacy.tried ? 0 : checked,
    note:
      privacy.failed.join('; ') ||
      `${privacy.passed}/${privacy.tried} privacy tests (incl. zero requests when disabled/offline)`,
  });
}

interface TestResult {
  file: string;
  title: string;
  ancestors: string[];
  status: string;
}
function readTests(path: string): TestResult[] {
  const json = JSON.parse(readFileSync(path, 'utf8')) as {
    testResults: { name: string; assertionResults: { title: string; ancestorTitles: string[]; status: string }[] }[];
  };
  return json.testResults.flatMap((f) =>
    f.assertionResults.map((a) => ({ file: f.name, title: a.title, ancestors: a.ancestorTitles, status: a.status })),
  );
}

const width = Math.max(...rows.map((r) => r.what.length));
console.log(`${'robustness'.padEnd(width)}  tried  passed  miss  notes`);
for (const r of rows) {
  console.log(
    `${r.what.padEnd(width)}  ${String(r.tried).padStart(5)}  ${String(r.passed).padStart(6)}  ${String(r.tried - r.passed).padStart(4)}  ${r.note}`,
  );
}
const missed = rows.some((r) => r.tried === 0 || r.passed < r.tried);
console.log(missed ? 'bench:robust: FAILED (a miss above, or a part that did not run)' : 'bench:robust: all passed');
process.exit(missed ? 1 : 0);
