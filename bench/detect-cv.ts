/**
 * `npx tsx bench/detect-cv.ts [--cache FILE]`: how detection's points would hold up on sites nobody tuned them on,
 * estimated inside the tuning part only (pages-split.ts; the validation part is never read). 5 folds by site.
 *   - hand weights (detect.ts) beside logistic models refitted in each fold on the other folds' sites (as
 *     train:detect fits them: pages and stripped copies, or with the old-style copies too), scored on the held-out
 *     fold: recall on pages, stripped and old-style copies; non-articles rejected, pages and stripped copies;
 *   - the hand weights with their thresholds (prose concentration, dense block, minimum score) chosen fold by fold:
 *     whether moving a threshold that helps the tuning part also helps sites it was not chosen on;
 *   - with `--choose key=v1,v2,...[;key=...]`: candidate weights (a new signal's points, 0 among the values) chosen
 *     fold by fold as the thresholds are, beside the hand weights with those keys at 0 and at their shipped value: a
 *     signal is worth shipping when the points chosen without a fold's sites help that fold;
 *   - for each hand weight, the pages (and how many sites) whose verdict it decides: a weight that only one site needs
 *     is fitted to that site, and its tuning gain says nothing about other sites.
 * Each verdict is the score and then the page-shape veto, as the extension decides.
 */
import {
  DEFAULT_DETECT_OPTIONS,
  DEFAULT_WEIGHTS,
  type DetectOptions,
  type DetectWeights,
} from '../src/pipeline/detect/detect';
import { fitLogistic } from '../scripts/detect/logistic';
import { featuresOf, KEYS, toPoints } from '../scripts/detect/points';
import { COPIES, readTuningRows, type TuningRow } from '../scripts/detect/tuning-rows';
import { DATA_DIR, dataPresent } from './pages-data';
import { fnv1a } from './pages-split';

const args = process.argv.slice(2);
const CACHE = args.includes('--cache') ? args[args.indexOf('--cache') + 1]! : '';
const FOLDS = 5;
const L2 = 0.01;
/** Threshold shifts (points) at which both are also scored: the trade between recall and rejection. */
/** The thresholds the per-fold choice may move, and their values. */
const THRESHOLD_GRID: Partial<Record<keyof DetectOptions, number[]>> = {
  concentratedShare: [0.4, 0.5, 0.6, 0.7],
  denseBlockChars: [600, 700, 800, 1000],
  minScore: [28, 30, 32],
};
const SHIFTS = args.includes('--shifts') ? [-6, -4, -2, 2, 4] : [];
/** Candidate weights or thresholds and the values each may take (`--choose 'dateline=2,4;minScore=28,30'`). */
const CHOOSE: Partial<Record<keyof DetectWeights, number[]>> = Object.fromEntries(
  (args.includes('--choose') ? args[args.indexOf('--choose') + 1]!.split(';') : []).filter(Boolean).map((kv) => {
    const [key, values] = kv.split('=');
    return [key, values!.split(',').map(Number)];
  }),
);

interface Scorer {
  weights: DetectWeights;
  minScore: number;
  /** The signals' thresholds (detect.ts DetectOptions); the defaults when absent. */
  options?: Partial<DetectOptions>;
}
/** Per copy: articles accepted / articles; non-articles turned down / non-articles. */
type Tally = { recall: [number, number][]; rejected: [number, number][] };

const fold = (r: TuningRow) => fnv1a(`fold:${r.site}`) % FOLDS;

function accepts(sc: Scorer, r: TuningRow, copy: number): boolean {
  let score = 0;
  const opts = sc.options ? { ...DEFAULT_DETECT_OPTIONS, ...sc.options } : DEFAULT_DETECT_OPTIONS;
  for (const i of featuresOf(r.signals[copy]!, opts)) score += sc.weights[KEYS[i]!];
  return score >= sc.minScore && !r.shaped[copy];
}

function tally(into: Tally, sc: Scorer, rows: TuningRow[]): Tally {
  for (const r of rows) {
    for (let c = 0; c < COPIES.length; c++) {
      const cell = (r.article ? into.recall : into.rejected)[c]!;
      cell[1]++;
      if (accepts(sc, r, c) === r.article) cell[0]++;
    }
  }
  return into;
}

const emptyTally = (): Tally => ({
  recall: COPIES.map(() => [0, 0] as [number, number]),
  rejected: COPIES.map(() => [0, 0] as [number, number]),
});
const rate = ([k, n]: [number, number]) => (n ? (k / n).toFixed(3) : '  -  ');
const line = (name: string, t: Tally) =>
  `${name.padEnd(38)} ${t.recall.map(rate).join('  ')}    ${t.rejected.map(rate).join('  ')}`;

/**
 * Logistic models fitted fold by fold on the other folds' pages (the given copies of each), scored on the held-out
 * fold with their threshold moved by `shift` points. With `skipShaped`, non-articles a page shape vetoes anyway are
 * left out of the fit, so the points need not turn them down.
 */
function learnedInFolds(rows: TuningRow[], copies: number[], shift = 0, skipShaped = false): Tally {
  const t = emptyTally();
  for (let f = 0; f < FOLDS; f++) {
    const train = rows.filter((r) => fold(r) !== f);
    const samples = train.flatMap((r) =>
      copies
        .filter((c) => !(skipShaped && !r.article && r.shaped[c]))
        .map((c) => ({ on: featuresOf(r.signals[c]!), y: r.article ? 1 : 0 })),
    );
    const model = fitLogistic(samples as { on: number[]; y: 0 | 1 }[], KEYS.length, { l2: L2 });
    const points = toPoints(model);
    tally(
      t,
      { ...points, minScore: points.minScore + shift },
      rows.filter((r) => fold(r) === f),
    );
  }
  return t;
}

/**
 * The hand weights with thresholds chosen fold by fold from THRESHOLD_GRID (the combination that scores best on the
 * other folds: mean recall over the three copies plus mean rejection over pages and stripped copies; the defaults
 * unless another beats them), scored on the held-out fold. Worse than the defaults held out: the defaults stand.
 */
function thresholdsInFolds(rows: TuningRow[], hand: Scorer): { tally: Tally; chosen: string[] } {
  const candidates = gridOf<DetectOptions>(THRESHOLD_GRID).map((options) => ({
    ...hand,
    minScore: options.minScore ?? hand.minScore,
    options,
  }));
  return chosenInFolds(rows, hand, candidates, (sc) => (sc.options ? JSON.stringify(sc.options) : 'defaults'));
}

/**
 * The hand weights with the CHOOSE weights (and thresholds: keys of DetectOptions) set fold by fold, starting from
 * the weights at 0 and the default thresholds, held out.
 */
function weightsInFolds(rows: TuningRow[], hand: Scorer): { tally: Tally; chosen: string[] } {
  const asScorer = (combo: Record<string, number>): Scorer => {
    const weights = { ...hand.weights };
    const options: Partial<DetectOptions> = {};
    for (const [key, value] of Object.entries(combo)) {
      if (key in DEFAULT_WEIGHTS) weights[key as keyof DetectWeights] = value;
      else (options as Record<string, number>)[key] = value;
    }
    return { ...hand, weights, options };
  };
  const weightKeys = Object.keys(CHOOSE).filter((k) => k in DEFAULT_WEIGHTS);
  const zeroed = { ...hand, weights: { ...hand.weights, ...Object.fromEntries(weightKeys.map((k) => [k, 0])) } };
  const candidates = gridOf<Record<string, number>>(CHOOSE).map((c) => asScorer(c as Record<string, number>));
  const name = (sc: Scorer) =>
    Object.keys(CHOOSE)
      .map(
        (k) =>
          `${k}=${k in DEFAULT_WEIGHTS ? sc.weights[k as keyof DetectWeights] : (sc.options?.[k as keyof DetectOptions] ?? '-')}`,
      )
      .join(',');
  return chosenInFolds(rows, zeroed, candidates, name);
}

/** Mean recall over the three copies plus mean rejection over pages and stripped copies. */
const merit = (x: Tally) =>
  (x.recall[0]![0] + x.recall[1]![0] + x.recall[2]![0]) / (3 * (x.recall[0]![1] || 1)) +
  (x.rejected[0]![0] + x.rejected[1]![0]) / (2 * (x.rejected[0]![1] || 1));

/**
 * Per fold, the candidate that scores best on the other folds (`start` unless another beats it), scored on the fold.
 */
function chosenInFolds(
  rows: TuningRow[],
  start: Scorer,
  candidates: Scorer[],
  name: (sc: Scorer) => string,
): { tally: Tally; chosen: string[] } {
  const t = emptyTally();
  const chosen: string[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const train = rows.filter((r) => fold(r) !== f);
    let best: Scorer = start;
    let bestMerit = merit(tally(emptyTally(), start, train));
    for (const sc of candidates) {
      const m = merit(tally(emptyTally(), sc, train));
      if (m > bestMerit + 1e-9) [best, bestMerit] = [sc, m];
    }
    chosen.push(name(best));
    tally(
      t,
      best,
      rows.filter((r) => fold(r) === f),
    );
  }
  return { tally: t, chosen };
}

/** Every combination of a grid's values. */
function gridOf<T>(grid: Partial<Record<string, number[]>>): Partial<T>[] {
  let out: Partial<T>[] = [{}];
  for (const [key, values] of Object.entries(grid)) out = out.flatMap((o) => values!.map((v) => ({ ...o, [key]: v })));
  return out;
}

/** Per hand weight: pages (all copies) it turns right and wrong, and the sites of those it turns right. */
function decisiveness(rows: TuningRow[], hand: Scorer): string[] {
  const out: string[] = [];
  for (const key of KEYS) {
    if (!hand.weights[key]) continue;
    const without = { ...hand, weights: { ...hand.weights, [key]: 0 } };
    let right = 0;
    let wrong = 0;
    const sites = new Set<string>();
    for (const r of rows) {
      for (let c = 0; c < COPIES.length; c++) {
        const a = accepts(hand, r, c) === r.article;
        const b = accepts(without, r, c) === r.article;
        if (a && !b) {
          right++;
          sites.add(r.site);
        } else if (!a && b) wrong++;
      }
    }
    if (right || wrong)
      out.push(`${key.padEnd(22)} ${String(hand.weights[key]).padStart(4)}  +${right} −${wrong}  sites ${sites.size}`);
  }
  return out;
}

function main(): void {
  if (!dataPresent()) {
    console.log(`detect-cv: no evaluation data at ${DATA_DIR} (set BACKSTORY_DATA); skipped.`);
    return;
  }
  const rows = readTuningRows(CACHE);
  const hand = { weights: DEFAULT_WEIGHTS, minScore: DEFAULT_DETECT_OPTIONS.minScore };
  const sites = new Set(rows.map((r) => r.site)).size;
  console.log(`tuning part: ${rows.length} pages, ${sites} sites, ${FOLDS} folds by site; held-out figures pooled`);
  console.log(`${''.padEnd(38)} recall: page  strip  old     rejected: page  strip  old`);
  console.log(line('hand weights (fixed)', tally(emptyTally(), hand, rows)));
  console.log(line('learned, pages + stripped', learnedInFolds(rows, [0, 1])));
  console.log(line('learned, + old-style copies', learnedInFolds(rows, [0, 1, 2])));
  console.log(line('learned, + old-style, shaped left out', learnedInFolds(rows, [0, 1, 2], 0, true)));
  for (const shift of SHIFTS) {
    console.log(
      line(
        `hand, threshold ${shift > 0 ? '+' : ''}${shift}`,
        tally(emptyTally(), { ...hand, minScore: hand.minScore + shift }, rows),
      ),
    );
    console.log(
      line(`learned + old-style, threshold ${shift > 0 ? '+' : ''}${shift}`, learnedInFolds(rows, [0, 1, 2], shift)),
    );
  }
  const cv = thresholdsInFolds(rows, hand);
  console.log(line('hand, thresholds chosen per fold', cv.tally));
  console.log(`  chosen: ${cv.chosen.join(' ')}`);
  if (Object.keys(CHOOSE).length) {
    const zeroed = Object.fromEntries(
      Object.keys(CHOOSE)
        .filter((k) => k in DEFAULT_WEIGHTS)
        .map((k) => [k, 0]),
    );
    console.log(
      line(
        'hand, candidate weights at 0',
        tally(emptyTally(), { ...hand, weights: { ...hand.weights, ...zeroed } }, rows),
      ),
    );
    const chosen = weightsInFolds(rows, hand);
    console.log(line('hand, candidates chosen per fold', chosen.tally));
    console.log(`  chosen: ${chosen.chosen.join(' ')}`);
  }
  console.log('\nhand weight  points  pages it decides right / wrong (all copies), sites it is right on');
  for (const l of decisiveness(rows, hand)) console.log(l);
}

main();
