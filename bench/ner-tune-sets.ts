/**
 * `npx tsx bench/ner-tune-sets.ts [MODEL.json]`: the English tagger (sentence by sentence, as `analyze --conll`) on
 * the sets used to choose a recipe or a rule without touching News-Fair's report half: CoNLL-2003 valid, WNUT17 dev
 * (social media; corporation and group → ORG, product and creative-work → MISC), wikigold (Wikipedia, CoNLL tags;
 * the shipped recipe trains on it, so for that model its line is a training score) and the report half of WikiNEuRal
 * en val (Wikipedia sentences, silver; a recipe may train on its tune half only). PER/ORG/LOC span P / R / F1,
 * exact boundaries; a PER/ORG/LOC span over a MISC name counts as wrong. With MODEL.json, that file's model.
 * Reads ../shared/data (or $BACKSTORY_DATA); skips a set that is absent.
 */
import { readFileSync } from 'node:fs';
import { conllValid, hasData, nerPath, type Sentence, wikigold, wnut17 } from '../scripts/ner/datasets';
import { multilingualPath, readMultilingual, splitHalves } from '../scripts/ner/multilingual';
import { addSentence, f1, newScores, total } from '../scripts/ner/span-f1';
import { decodeModel, type ModelFile, shippedModel, tagTokens } from '../src/pipeline/recognize';

const TYPES = ['PER', 'ORG', 'LOC'];

function main(): void {
  const path = process.argv[2];
  const model = path ? decodeModel(JSON.parse(readFileSync(path, 'utf8')) as ModelFile) : shippedModel();
  const sets: [string, string, () => Sentence[]][] = [
    ['CoNLL-2003 valid', nerPath('conll2003', 'valid.txt'), conllValid],
    ['WNUT17 dev', nerPath('wnut17', 'emerging.dev.conll'), () => wnut17('dev')],
    ['wikigold', nerPath('wikigold', 'wikigold.conll.txt'), wikigold],
    [
      'WikiNEuRal en val report half',
      multilingualPath('wikineural-en', 'val'),
      () => splitHalves(readMultilingual('wikineural-en', 'val')).report,
    ],
  ];
  for (const [name, file, load] of sets) {
    if (!hasData(file)) {
      console.log(`${name}: no data at ${file}; skipped.`);
      continue;
    }
    const scores = newScores();
    for (const s of load()) addSentence(scores, s.tags, tagTokens(s.tokens, model), TYPES);
    const t = f1(total(scores, TYPES));
    const per = TYPES.map((x) => `${x} ${f1(scores.get(x) ?? { tp: 0, fp: 0, fn: 0 }).f1.toFixed(3)}`).join(' ');
    console.log(`${name}: P ${t.p.toFixed(3)} R ${t.r.toFixed(3)} F1 ${t.f1.toFixed(3)} (${per})`);
  }
}

main();
