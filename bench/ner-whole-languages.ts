/**
 * `npx tsx bench/ner-whole-languages.ts [--lang de,fr] [--max N] [--errors]`: the whole analysis (recognize() with
 * the language's pack and model, its rules after the tagger included) on the TUNE halves of each language's val
 * sets (scripts/ner/multilingual.ts splits them once), scored as bench/ner-whole-sets.ts scores English: a
 * PER/ORG/LOC mention counts when its characters are exactly a gold span's tokens and its type is the gold type.
 * bench/ner-languages.ts scores the tagger alone on the report halves; a rule after the tagger shows here, on data
 * it may be tuned on. Sets that mark documents are read as documents, others a sentence at a time (as the tagger
 * bench does); --max caps the sentences read per set (default 3000). `--report` reads the report halves instead,
 * once, to quote a change's held-out figures after tuning. Reads ../shared/data (or $BACKSTORY_DATA).
 */
import { packFor } from '../src/languages/all';
import { prepareNerModel } from '../src/languages/pack-model';
import { recipeFor, RECIPE_LANGUAGES } from '../scripts/ner/recipes';
import type { Sentence } from '../scripts/ner/datasets';
import { scoreWhole } from './ner-whole-sets';

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Documents where the set marks them (CoNLL-2003 German, as the tagger bench reads it); else one sentence a text. */
function texts(sentences: readonly Sentence[], marked: boolean): Sentence[][] {
  if (!marked) return sentences.map((s) => [s]);
  const docs = new Map<string, Sentence[]>();
  for (const s of sentences) docs.set(s.doc, [...(docs.get(s.doc) ?? []), s]);
  return [...docs.values()];
}

async function main(): Promise<void> {
  const langs = (argValue('--lang') ?? RECIPE_LANGUAGES.filter((l) => l !== 'en').join(',')).split(',');
  const max = Number(argValue('--max') ?? 3000);
  const errors = process.argv.includes('--errors') ? [] : undefined;
  const half = process.argv.includes('--report') ? 'report' : 'tune';
  for (const lang of langs) {
    await prepareNerModel(lang);
    const pack = packFor(lang) ?? undefined;
    for (const set of recipeFor(lang).evals) {
      let tune: Sentence[];
      try {
        tune = set.load()[half].slice(0, max);
      } catch {
        console.log(`${set.name}: no data; skipped.`);
        continue;
      }
      const c = scoreWhole(texts(tune, set.name.startsWith('CoNLL-2003')), {}, errors, lang, pack);
      const p = c.tp / (c.tp + c.fp || 1);
      const r = c.tp / (c.tp + c.fn || 1);
      const f = (2 * p * r) / (p + r || 1);
      if (!tune.length) continue;
      console.log(
        `${lang} ${set.name} ${half} (${tune.length} sentences), whole analysis: P ${p.toFixed(3)} R ${r.toFixed(3)} ` +
          `F1 ${f.toFixed(3)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`,
      );
    }
  }
  if (errors) console.log(errors.sort().join('\n'));
}

await main();
