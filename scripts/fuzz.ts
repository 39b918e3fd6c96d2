/**
 * `npm run fuzz [-- --count N --seed S --json]`: feeds generated and mutated HTML (default 1,000 documents)
 * through detect, extract and recognize in a worker thread. A document that throws, breaks an invariant, runs over
 * its time budget or hangs (the worker is killed) is saved to tests/fixtures/fuzz-failures/<hash>.html and the run
 * exits 1. `--json` prints one summary line for bench:robust.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import { checkDocument, type CheckResult } from '../tests/fuzz/check';
import { fuzzCorpus } from '../tests/fuzz/corpus';

const FAILURES_DIR = join(import.meta.dirname, '..', 'tests', 'fixtures', 'fuzz-failures');
/** A document still running after this long is a hang, whatever its budget. */
const HANG_MS = 60_000;

interface Job {
  id: number;
  html: string;
}

if (!isMainThread) {
  parentPort!.on('message', ({ id, html }: Job) => parentPort!.postMessage({ id, result: checkDocument(html) }));
} else {
  await main();
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

async function main(): Promise<void> {
  const count = Number(arg('count', '1000'));
  const seed = arg('seed', '1') === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(arg('seed', '1'));
  const json = process.argv.includes('--json');
  if (!Number.isInteger(count) || count < 1 || !Number.isFinite(seed)) {
    console.error('usage: npm run fuzz -- [--count N] [--seed S|random] [--json]');
    process.exit(2);
  }
  let worker = spawn();
  const failures: { name: string; file: string; failure: CheckResult['failure'] }[] = [];
  const times: number[] = [];
  let run = 0;
  let articles = 0;
  let parserErrors = 0;
  let bytes = 0;
  const started = performance.now();
  for (const doc of fuzzCorpus(count, seed)) {
    run++;
    bytes += doc.html.length;
    const result = await runOne(worker, { id: run, html: doc.html });
    if (result === 'hang') {
      await worker.terminate();
      worker = spawn();
    }
    const outcome: CheckResult =
      result === 'hang'
        ? {
            ok: false,
            failure: { stage: 'time', message: `no answer in ${HANG_MS} ms (hang)` },
            ms: HANG_MS,
            budgetMs: HANG_MS,
            stages: { parse_ms: 0, detect_ms: 0, extract_ms: 0, nlp_ms: 0 },
            isArticle: false,
            entities: 0,
          }
        : result;
    times.push(outcome.ms);
    if (outcome.isArticle) articles++;
    if (outcome.parserError) parserErrors++;
    if (!outcome.ok) {
      const file = save(doc.html);
      failures.push({ name: doc.name, file, failure: outcome.failure });
      if (!json)
        console.error(
          `FAIL ${doc.name}: ${outcome.failure?.stage}: ${outcome.failure?.message}\n     saved as ${file}`,
        );
    }
    if (!json && run % 100 === 0) console.error(`… ${run}/${count} documents, ${failures.length} failing`);
  }
  await worker.terminate();
  times.sort((a, b) => a - b);
  const summary = {
    seed,
    documents: run,
    failures: failures.length,
    articles,
    parserErrors,
    megabytes: Math.round(bytes / 1e5) / 10,
    p50_ms: times[Math.floor(times.length * 0.5)] ?? 0,
    p99_ms: times[Math.floor(times.length * 0.99)] ?? 0,
    max_ms: times.at(-1) ?? 0,
    total_s: Math.round((performance.now() - started) / 100) / 10,
    failing: failures,
  };
  if (json) console.log(JSON.stringify(summary));
  else {
    console.log(`fuzz: ${run} documents (${summary.megabytes} MB, ${articles} detected as articles), seed ${seed}`);
    console.log(
      `      per document p50 ${summary.p50_ms} ms, p99 ${summary.p99_ms} ms, max ${summary.max_ms} ms; ${summary.total_s} s in all`,
    );
    if (parserErrors)
      console.log(
        `      ${parserErrors} documents Node's HTML parser (linkedom) could not parse: not run, not failures`,
      );
    console.log(
      failures.length ? `      ${failures.length} FAILING (saved under ${FAILURES_DIR})` : '      no failures',
    );
  }
  process.exitCode = failures.length ? 1 : 0;
}

function spawn(): Worker {
  // Workers do not inherit tsx's loader: register it in the worker before importing this file there.
  const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); });`;
  return new Worker(bootstrap, { eval: true });
}

function runOne(worker: Worker, job: Job): Promise<CheckResult | 'hang'> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      resolve('hang');
    }, HANG_MS);
    const onMessage = (m: { id: number; result: CheckResult }) => {
      if (m.id === job.id) {
        cleanup();
        resolve(m.result);
      }
    };
    // A worker that cannot start is the harness's fault, not the document's: stop rather than blame the page.
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const cleanup = () => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.postMessage(job);
  });
}

function save(html: string): string {
  mkdirSync(FAILURES_DIR, { recursive: true });
  const file = join(FAILURES_DIR, `${createHash('sha256').update(html).digest('hex').slice(0, 16)}.html`);
  writeFileSync(file, html);
  return file;
}
