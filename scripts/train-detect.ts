/**
 * `npm run train:detect`: fits detection's points as a logistic regression over the signals it already computes
 * (detect.ts firedSignals), on the tuning part of the pages in ../shared/data only (bench/pages-split.ts), each page
 * read twice: as it is and as its stripped copy (no og:/twitter:/article: tags, JSON-LD or microdata), so that text
 * and structure must carry the verdict (`--old-style` adds the old-style copy as a third). The L2 penalty is chosen by cross-validation over the tuning part's sites.
 * Writes src/pipeline/detect/learned-weights.ts (points = 10 × weight, rounded); bench:pages scores it beside the
 * hand weights on the validation part, which this script never reads.
 *   --out PATH  --cache FILE (signals as JSON lines, reused when present)
 */
import { writeFileSync } from 'node:fs';
import { dataPresent, DATA_DIR } from '../bench/pages-data';
import { fnv1a } from '../bench/pages-split';
import { DEFAULT_DETECT_OPTIONS, DEFAULT_WEIGHTS, type DetectWeights } from '../src/pipeline/detect/detect';
import { fitLogistic, type Model, type Sample } from './detect/logistic';
import { featuresOf, KEYS, SCALE, toPoints } from './detect/points';
import { readTuningRows, type TuningRow } from './detect/tuning-rows';

const args = process.argv.slice(2);
const opt = (name: string, def: string) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1]! : def);
const OUT = opt('out', 'src/pipeline/detect/learned-weights.ts');
const CACHE = opt('cache', '');
const PENALTIES = [0.001, 0.003, 0.01, 0.03];
const FOLDS = 5;
/** The copies of each page trained on: as it is and stripped; `--old-style` adds the old-style copy. */
const TRAIN_COPIES = args.includes('--old-style') ? [0, 1, 2] : [0, 1];

const samplesOf = (rows: TuningRow[]): Sample[] =>
  rows.flatMap((r) => TRAIN_COPIES.map((c) => ({ on: featuresOf(r.signals[c]!), y: r.article ? 1 : 0 }) as Sample));

/** Mean of recall and rejection (each class counts the same), with the model's points and threshold. */
function balancedAccuracy(model: Model, samples: Sample[]): number {
  const { weights, minScore } = toPoints(model);
  const points = KEYS.map((k) => weights[k]);
  const said = samples.map((s) => s.on.reduce((sum, i) => sum + points[i]!, 0) >= minScore);
  const rate = (y: 0 | 1) => {
    const idx = samples.flatMap((s, i) => (s.y === y ? [i] : []));
    return idx.filter((i) => said[i] === (y === 1)).length / (idx.length || 1);
  };
  return (rate(1) + rate(0)) / 2;
}

/** The penalty whose models score best on held-out sites, fold by fold (sites split by hash, never across folds). */
function choosePenalty(rows: TuningRow[]): { l2: number; scores: number[] } {
  const fold = (r: TuningRow) => fnv1a(`fold:${r.site}`) % FOLDS;
  const scores = PENALTIES.map((l2) => {
    let sum = 0;
    for (let f = 0; f < FOLDS; f++) {
      const model = fitLogistic(samplesOf(rows.filter((r) => fold(r) !== f)), KEYS.length, { l2 });
      sum += balancedAccuracy(model, samplesOf(rows.filter((r) => fold(r) === f)));
    }
    return sum / FOLDS;
  });
  return { l2: PENALTIES[scores.indexOf(Math.max(...scores))]!, scores };
}

function moduleText(points: { weights: DetectWeights; minScore: number }, l2: number, n: number): string {
  const lines = KEYS.map((k) => `  ${k}: ${points.weights[k]},`).join('\n');
  return `/**
 * Detection's points as a logistic regression fitted them (npm run train:detect): ${n} tuning-part pages, each as it is
 * and stripped of its metadata, L2 penalty ${l2} chosen by cross-validation over sites, points = ${SCALE} × weight.
 * Generated; bench:pages compares it with the hand weights (detect.ts DEFAULT_WEIGHTS) on the validation part.
 */
import type { DetectWeights } from './detect';

export const LEARNED_WEIGHTS: DetectWeights = {
${lines}
};

export const LEARNED_MIN_SCORE = ${points.minScore};
`;
}

function main(): void {
  if (!dataPresent()) {
    console.log(`train:detect: no evaluation data at ${DATA_DIR} (set BACKSTORY_DATA); nothing to do.`);
    return;
  }
  const rows = readTuningRows(CACHE);
  const { l2, scores } = choosePenalty(rows);
  console.log(
    `train:detect: ${rows.length} tuning pages; cross-validated balanced accuracy by L2: ${PENALTIES.map((p, i) => `${p}=${scores[i]!.toFixed(3)}`).join(' ')}`,
  );
  const samples = samplesOf(rows);
  const model = fitLogistic(samples, KEYS.length, { l2 });
  const points = toPoints(model);
  const hand = balancedAccuracy(
    { weights: KEYS.map((k) => DEFAULT_WEIGHTS[k] / SCALE), bias: -DEFAULT_DETECT_OPTIONS.minScore / SCALE },
    samples,
  );
  console.log(
    `tuning part, balanced accuracy (pages and stripped copies): learned ${balancedAccuracy(model, samples).toFixed(3)}, hand ${hand.toFixed(3)}`,
  );
  writeFileSync(OUT, moduleText(points, l2, rows.length));
  console.log(`wrote ${OUT} (minScore ${points.minScore})`);
}

main();
