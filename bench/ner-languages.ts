/**
 * The per-language part of `npm run bench:ner`: each language model (src/languages/<lang>/ner-model.json) on the
 * report halves of its val sets (scripts/ner/multilingual.ts splits them once; training and tuning saw only the
 * tune halves): PER/ORG/LOC span P/R/F1 against the target of its kind, tokens per second, size gzipped.
 * Tags the way `analyze --conll --lang L` does (documents kept together where a set marks them).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { encodeModelBinary } from '../scripts/vite-ner-model.js';
import { hasData, nerPath, type Sentence } from '../scripts/ner/datasets';
import { RECIPE_LANGUAGES, recipeFor } from '../scripts/ner/recipes';
import { addSentence, f1, newScores, total } from '../scripts/ner/span-f1';
import { tagDocument } from '../scripts/conll';
import { decodeModel, type ModelFile, type TaggerModel } from '../src/pipeline/recognize';

const TYPES = ['PER', 'ORG', 'LOC'];
const TARGET_TOKENS_PER_SECOND = 100_000;
const TARGET_GZIP_MB = 3;
const fmt = (x: number) => x.toFixed(3);

export const languageModelPath = (lang: string) => `src/languages/${lang}/ner-model.json`;

/** Sentences grouped by document, in order. */
function documents(sentences: readonly Sentence[]): Sentence[][] {
  const docs = new Map<string, Sentence[]>();
  for (const s of sentences) {
    const doc = docs.get(s.doc);
    if (doc) doc.push(s);
    else docs.set(s.doc, [s]);
  }
  return [...docs.values()];
}

/** The first sentences of a set, up to about `sampleTokens` tokens: the speed sample. */
export function sampleOf(sentences: readonly Sentence[], sampleTokens: number): { sample: Sentence[]; tokens: number } {
  const sample: Sentence[] = [];
  let tokens = 0;
  for (const s of sentences) {
    if (tokens >= sampleTokens) break;
    sample.push(s);
    tokens += s.tokens.length;
  }
  return { sample, tokens };
}

/** Tokens per second of `lang`'s model on the set's report half, measured in a fresh process (ner-speed.ts). */
function tokensPerSecond(lang: string, setIndex: number): number {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/ner-speed.ts', lang, String(setIndex)], {
    encoding: 'utf8',
  });
  if (run.status !== 0) return Number.NaN;
  return (JSON.parse(run.stdout.trim().split('\n').pop()!) as { tokensPerSecond: number }).tokensPerSecond;
}

/** Documents marked in the set (CoNLL-2003 German) are tagged as documents; elsewhere a sentence stands alone. */
function score(sentences: readonly Sentence[], model: TaggerModel, marked: boolean) {
  const scores = newScores();
  const groups = marked ? documents(sentences) : sentences.map((s) => [s]);
  for (const doc of groups) {
    const tags = tagDocument(
      doc.map((s) => s.tokens),
      model,
      { consistent: marked },
    );
    doc.forEach((s, i) => {
      addSentence(scores, s.tags, tags[i]!, TYPES);
    });
  }
  return scores;
}

function benchLanguage(lang: string): void {
  const path = languageModelPath(lang);
  if (!existsSync(path)) {
    console.log(`\n${lang}: no model at ${path}; skipped.`);
    return;
  }
  const json = readFileSync(path);
  const file = JSON.parse(json.toString('utf8')) as ModelFile;
  const model = decodeModel(file);
  const mb = (n: number) => (n / 2 ** 20).toFixed(2);
  const binGz = gzipSync(encodeModelBinary(file)).length;
  console.log(
    `\n${lang}: model ${mb(json.length)} MB JSON, ${mb(gzipSync(json).length)} MB gzipped; ` +
      `as the extension's binary asset ${mb(binGz)} MB gzipped (target ≤ ${TARGET_GZIP_MB})`,
  );
  console.log(
    'report half                         sentences  PER    ORG    LOC    P / R / F1 PER/ORG/LOC   target  tokens/s',
  );
  for (const [setIndex, set] of recipeFor(lang).evals.entries()) {
    let report: Sentence[];
    try {
      report = set.load().report;
    } catch {
      console.log(`${set.name}: data absent; skipped.`);
      continue;
    }
    const scores = score(report, model, set.name.startsWith('CoNLL-2003'));
    const all = f1(total(scores, TYPES));
    const cell = (t: string) => fmt(f1(scores.get(t) ?? { tp: 0, fp: 0, fn: 0 }).f1);
    const target = set.target ? `${all.f1 >= set.target ? '≥' : '<'} ${set.target.toFixed(2)}` : '   -  ';
    const speed = tokensPerSecond(lang, setIndex);
    console.log(
      `${set.name.padEnd(36)}${String(report.length).padStart(9)}  ${TYPES.map(cell).join('  ')}  ` +
        `${fmt(all.p)} / ${fmt(all.r)} / ${fmt(all.f1)}   ${target}  ${Math.round(speed).toLocaleString('en-US').padStart(8)}` +
        (speed < TARGET_TOKENS_PER_SECOND ? ' (< 100 k)' : ''),
    );
  }
}

export function benchLanguages(languages: readonly string[] = RECIPE_LANGUAGES.filter((l) => l !== 'en')): void {
  if (!hasData(nerPath('multilingual'))) {
    console.log(`\nbench:ner languages: no multilingual data at ${nerPath('multilingual')}; skipped.`);
    return;
  }
  console.log('\nPer-language models, report halves of the val splits (never trained or tuned on):');
  for (const lang of languages) benchLanguage(lang);
}
