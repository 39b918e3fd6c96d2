/**
 * `npx tsx scripts/ner/calibrate-confidence.ts`: fits the temperature that turns the shipped perceptron's scores
 * into mention probabilities (ner/marginals.ts). For each temperature, every decoded PER/ORG/LOC span on CoNLL-2003
 * valid gets its span probability, binned; the expected calibration error (|confidence − accuracy| weighted by
 * bin size) says how honest the probabilities are. GUM dev and WikiANN en dev are printed beside it as a check on
 * other text. Reads ../shared/data (or $BACKSTORY_DATA); skips when absent.
 */
import { conllValid, hasData, nerPath, readGum, type Sentence, wikiann } from './datasets';
import { emissions, extractFeatures, spansFromTags, TAG_INDEX, TAGS } from '../../src/pipeline/recognize/ner';
import { lattice, spanProbability } from '../../src/pipeline/recognize/ner/marginals';
import { shippedModel } from '../../src/pipeline/recognize';
import { viterbi } from '../../src/pipeline/recognize/ner/viterbi';

const TYPES = new Set(['PER', 'ORG', 'LOC']);
const BINS = 10;

function points(sentences: Sentence[], temperature: number): [number, boolean][] {
  const model = shippedModel();
  const out: [number, boolean][] = [];
  for (const s of sentences) {
    if (!s.tokens.length) continue;
    const f = extractFeatures(s.tokens, model.lexicons, model.features);
    const em = emissions(f, model.weights, model.mask);
    const tags = Array.from(viterbi(em, s.tokens.length, model.transitions, model.start), (t) => TAGS[t]!);
    const l = lattice(em, s.tokens.length, model.transitions, model.start, { temperature });
    const gold = new Set(spansFromTags(s.tags).map((g) => `${g.type}:${g.start}:${g.end}`));
    for (const sp of spansFromTags(tags)) {
      if (!TYPES.has(sp.type)) continue;
      const p = spanProbability(l, sp.start, sp.end, TAG_INDEX.get(`B-${sp.type}`)!);
      out.push([p, gold.has(`${sp.type}:${sp.start}:${sp.end}`)]);
    }
  }
  return out;
}

function ece(pts: [number, boolean][]): number {
  const n = new Array(BINS).fill(0);
  const conf = new Array(BINS).fill(0);
  const acc = new Array(BINS).fill(0);
  for (const [p, ok] of pts) {
    const b = Math.min(BINS - 1, Math.floor(p * BINS));
    n[b]++;
    conf[b] += p;
    acc[b] += ok ? 1 : 0;
  }
  let e = 0;
  for (let b = 0; b < BINS; b++) if (n[b]) e += Math.abs(conf[b] - acc[b]);
  return e / pts.length;
}

/** Precision and the share of correct spans kept, above a confidence threshold. */
function atThreshold(pts: [number, boolean][], min: number): string {
  const kept = pts.filter(([p]) => p >= min);
  const good = pts.filter(([, ok]) => ok).length;
  const keptGood = kept.filter(([, ok]) => ok).length;
  return `≥${min}: P ${(keptGood / kept.length).toFixed(3)} kept-correct ${(keptGood / good).toFixed(3)}`;
}

function main(): void {
  if (!hasData(nerPath('conll2003', 'valid.txt'))) {
    console.log('calibrate-confidence: no CoNLL data; skipped.');
    return;
  }
  const sets: [string, Sentence[]][] = [
    ['CoNLL valid', conllValid()],
    ['GUM dev', readGum('dev')],
    ['WikiANN en dev', wikiann('dev')],
  ];
  const temps = process.argv.slice(2).map(Number).filter(Boolean);
  for (const temperature of temps.length ? temps : [1, 4, 12, 20, 32, 40, 48, 56, 64]) {
    for (const [name, s] of sets) {
      const pts = points(s, temperature);
      console.log(
        `T ${temperature} ${name}: ECE ${ece(pts).toFixed(3)}  ${[0.5, 0.7, 0.8, 0.9].map((m) => atThreshold(pts, m)).join('  ')}`,
      );
    }
  }
}

main();
