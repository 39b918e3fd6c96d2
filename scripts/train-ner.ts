/**
 * `npm run train:ner`: rebuilds src/languages/en/ner-model.json from ../shared/data/ner (or $BACKSTORY_DATA/ner).
 *   --epochs N (10)  --bits B (hash buckets = 2^B, 17)  --sources conll,gum,wikiann (trained on)
 *   --gazetteer-only NAMES (names only, not trained on)  --wikiann-share 0.5  --no-domain-features  --out PATH
 * --no-eval
 * Defaults are the shipped model's recipe (docs/ner-model-card.md); run from the repository root.
 * Deterministic: fixed fold assignment and a seeded shuffle, so the same data gives the same model.
 */
import { writeFileSync } from 'node:fs';
import {
  encodeBase64,
  uint32ToBytes,
  extractFeatures,
  type SentenceFeatures,
  hashString,
  mix,
  HashSet,
  decodeModel,
  lexiconsFrom,
  MODEL_FORMAT,
  type ModelFile,
  TAG_INDEX,
  TAGS,
  tagTokens,
} from '../src/pipeline/recognize/ner';
import { conllTrain, conllValid, hasData, nerPath, readGum, wikiann, type Sentence } from './ner/datasets';
import { addNames, buildCommonWords, type Gazetteer } from './ner/lexicons';
import { Perceptron, type Example } from './ner/perceptron';
import { addSentence, f1, newScores, total } from './ner/span-f1';

const args = process.argv.slice(2);
const opt = (name: string, def: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : def;
};
const EPOCHS = Number(opt('epochs', '10'));
const BITS = Number(opt('bits', '17'));
const SOURCES = opt('sources', 'conll,gum,wikiann').split(',');
const OUT = opt('out', 'src/languages/en/ner-model.json');
const EVAL = !args.includes('--no-eval');
const FOLDS = 5;
/** Down-weights silver data: only this share of WikiANN sentences is used in each epoch. */
const WIKIANN_SHARE = Number(opt('wikiann-share', '0.5'));

if (!hasData(nerPath('conll2003', 'train.txt'))) {
  console.log(`train:ner: no training data at ${nerPath()} (set BACKSTORY_DATA); nothing to do.`);
  process.exit(0);
}

function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const t0 = Date.now();
const log = (msg: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);

interface Source {
  name: string;
  sentences: Sentence[];
}
const sources: Source[] = [];
if (SOURCES.includes('conll')) sources.push({ name: 'conll', sentences: conllTrain() });
if (SOURCES.includes('wikiann')) sources.push({ name: 'wikiann', sentences: wikiann('train') });
if (SOURCES.includes('gum')) sources.push({ name: 'gum', sentences: readGum('train') });
const KNOWN_SOURCES = ['conll', 'gum', 'wikiann'];
const GAZ_ONLY = opt('gazetteer-only', '').split(',').filter(Boolean);
for (const name of [...SOURCES, ...GAZ_ONLY]) {
  if (!KNOWN_SOURCES.includes(name))
    throw new Error(`train:ner: unknown source "${name}" (known: ${KNOWN_SOURCES.join(', ')})`);
}
const LOADERS: Record<string, () => Sentence[]> = {
  conll: conllTrain,
  gum: () => readGum('train'),
  wikiann: () => wikiann('train'),
};
for (const name of GAZ_ONLY) if (!SOURCES.includes(name)) sources.push({ name, sentences: LOADERS[name]!() });
const all = sources.flatMap((s) => s.sentences.map((sentence) => ({ sentence, source: s.name })));
log(`sentences: ${sources.map((s) => `${s.name} ${s.sentences.length}`).join(', ')}`);

// Folds by document, so a document's repeated names do not leak into its own gazetteer.
const docFold = new Map<string, number>();
const foldOf = (doc: string) => {
  if (!docFold.has(doc)) docFold.set(doc, docFold.size % FOLDS);
  return docFold.get(doc)!;
};
const folds = all.map((x) => foldOf(x.sentence.doc));
const foldGaz: Gazetteer[] = Array.from({ length: FOLDS }, () => new Map());
const fullGaz: Gazetteer = new Map();
all.forEach((x, i) => {
  addNames(fullGaz, x.sentence);
  for (let k = 0; k < FOLDS; k++) if (k !== folds[i]) addNames(foldGaz[k]!, x.sentence);
});
const common = new Set(buildCommonWords(all.map((x) => x.sentence)));
log(`gazetteer ${fullGaz.size} names, ${common.size} common words`);

const commonSet = new HashSet(Uint32Array.from(common).sort());
const foldLex = foldGaz.map((g) => lexiconsFrom(HashSet.fromMap(g), commonSet));
const DOMAIN = !args.includes('--no-domain-features');
/**
 * Frustratingly easy domain adaptation, one-sided: silver and other-genre sentences also fire a copy of each feature
 * tied to their source, which absorbs their annotation quirks; news text (CoNLL) and tagging use the shared copy only.
 */
function withDomain(f: SentenceFeatures, domain: string | null): SentenceFeatures {
  if (!domain) return { feats: f.feats.slice(), offsets: f.offsets };
  const d = hashString(domain);
  const feats = new Uint32Array(f.feats.length * 2);
  const offsets = new Int32Array(f.offsets.length);
  let o = 0;
  for (let i = 0; i + 1 < f.offsets.length; i++) {
    offsets[i] = o;
    for (let k = f.offsets[i]!; k < f.offsets[i + 1]!; k++) {
      feats[o++] = f.feats[k]!;
      feats[o++] = mix(f.feats[k]!, d);
    }
  }
  offsets[f.offsets.length - 1] = o;
  return { feats, offsets };
}

const examples: (Example & { source: string })[] = all
  .map((x, i) => ({ x, i }))
  .filter(({ x }) => !GAZ_ONLY.includes(x.source))
  .map(({ x, i }) => ({
    f: withDomain(
      extractFeatures(x.sentence.tokens, foldLex[folds[i]!]!),
      DOMAIN && x.source !== 'conll' ? x.source : null,
    ),
    gold: Int32Array.from(x.sentence.tags, (t) => TAG_INDEX.get(t) ?? 0),
    source: x.source,
  }));
log(`features extracted (${examples.reduce((n, e) => n + e.f.feats.length, 0)} feature occurrences)`);

const valid = EVAL && hasData(nerPath('conll2003', 'valid.txt')) ? conllValid() : [];
const fullLex = lexiconsFrom(HashSet.fromMap(fullGaz), commonSet);
const validFeats = valid.map((s) => {
  const f = extractFeatures(s.tokens, fullLex);
  return { feats: f.feats.slice(), offsets: f.offsets };
});
const TYPES = ['PER', 'ORG', 'LOC'];

const model = new Perceptron(BITS);
const random = rng(20220907);
for (let epoch = 1; epoch <= EPOCHS; epoch++) {
  const order = examples.filter((e) => e.source !== 'wikiann' || random() < WIKIANN_SHARE);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  let errors = 0;
  for (const ex of order) errors += model.learn(ex);
  let line = `epoch ${epoch}: ${errors} token errors on ${order.length} sentences`;
  if (valid.length) {
    const avg = model.averaged();
    const scores = newScores();
    valid.forEach((s, i) => {
      const pred = Array.from(model.predict(validFeats[i]!, avg.weights, avg.transitions, avg.start), (t) => TAGS[t]!);
      addSentence(scores, s.tags, pred, [...TYPES, 'MISC']);
    });
    line +=
      `; CoNLL valid F1 PER/ORG/LOC ${f1(total(scores, TYPES)).f1.toFixed(4)} ` +
      TYPES.concat('MISC')
        .map((t) => `${t} ${f1(scores.get(t) ?? { tp: 0, fp: 0, fn: 0 }).f1.toFixed(3)}`)
        .join(' ');
  }
  log(line);
}

const avg = model.averaged();
let maxAbs = 0;
for (const x of avg.weights) maxAbs = Math.max(maxAbs, Math.abs(x));
const scale = maxAbs / 127 || 1;
const q = Int8Array.from(avg.weights, (x) => Math.max(-127, Math.min(127, Math.round(x / scale))));
const gazSet = HashSet.fromMap(fullGaz);
const file: ModelFile = {
  format: MODEL_FORMAT,
  tags: [...TAGS],
  bucketBits: BITS,
  scale,
  weights: encodeBase64(new Uint8Array(q.buffer)),
  transitions: Array.from(avg.transitions, (x) => Math.round(x * 1000) / 1000),
  start: Array.from(avg.start, (x) => Math.round(x * 1000) / 1000),
  gazetteer: { keys: encodeBase64(uint32ToBytes(gazSet.keys)), values: encodeBase64(gazSet.values!) },
  common: encodeBase64(uint32ToBytes(commonSet.keys)),
  meta: {
    trainedOn: sources
      .filter((s) => !GAZ_ONLY.includes(s.name))
      .map((s) => ({ name: s.name, sentences: s.sentences.length })),
    gazetteerFrom: sources.map((s) => s.name),
    gazetteerOnly: GAZ_ONLY,
    domainFeatures: DOMAIN,
    bucketBits: BITS,
    epochs: EPOCHS,
    folds: FOLDS,
    ...(GAZ_ONLY.includes('wikiann') ? {} : { wikiannShare: WIKIANN_SHARE }),
  },
};
if (valid.length) {
  const shipped = decodeModel(file);
  const scores = newScores();
  for (const s of valid) addSentence(scores, s.tags, tagTokens(s.tokens, shipped), TYPES);
  const all = f1(total(scores, TYPES));
  file.meta!.conllValid = {
    perOrgLocF1: round(all.f1),
    ...Object.fromEntries(TYPES.map((t) => [t, round(f1(scores.get(t)!).f1)])),
  };
  log(`shipped (int8) model: CoNLL valid F1 PER/ORG/LOC ${all.f1.toFixed(4)}`);
}
writeFileSync(OUT, JSON.stringify(file));
log(`wrote ${OUT}`);

function round(x: number) {
  return Math.round(x * 10000) / 10000;
}
