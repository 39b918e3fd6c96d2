/**
 * One language model's tagging speed in a fresh process (bench/ner-languages.ts runs it per language, so no model's
 * compiled code or caches are warmed or deoptimized by another's): the first ~10 000 tokens of a set's report half,
 * a warm-up round, then the best of ROUNDS. Prints tokens per second as JSON.
 *   tsx bench/ner-speed.ts LANG SET-INDEX
 */
import { readFileSync } from 'node:fs';
import { recipeFor } from '../scripts/ner/recipes';
import { decodeModel, type ModelFile, tagTokens } from '../src/pipeline/recognize';
import { sampleOf } from './ner-languages';

/** Best of this many rounds after the warm-up: on a shared machine the quietest round is the model's own speed. */
const ROUNDS = 10;
const [lang, index] = process.argv.slice(2);
const path = lang === 'en' ? 'src/languages/en/ner-model.json' : `src/languages/${lang}/ner-model.json`;
const model = decodeModel(JSON.parse(readFileSync(path, 'utf8')) as ModelFile);
const report = recipeFor(lang!).evals[Number(index)]!.load().report;
const { sample, tokens } = sampleOf(report, 10_000);
let best = 0;
for (let round = 0; round < ROUNDS + 1; round++) {
  const t0 = performance.now();
  for (const s of sample) tagTokens(s.tokens, model);
  if (round) best = Math.max(best, (tokens / (performance.now() - t0)) * 1000);
}
console.log(JSON.stringify({ tokensPerSecond: best }));
