/**
 * `npm run train:ner [-- --lang L]`: rebuilds a language's tagger model from ../shared/data/ner (or
 * $BACKSTORY_DATA/ner) into src/languages/<L>/ner-model.json (English by default).
 *   --lang L (en)  --epochs N  --bits B (hash buckets = 2^B)  --sources a,b (trained on; the recipe's by default)
 *   --gazetteer-only NAMES (names only, not trained on)  --wikiann-share 0.5  --no-domain-features  --out PATH
 *   --no-eval  --no-stems  --no-ordinary-words  --ordinary-words  --no-clusters  --clusters (where the recipe has text)
 *   --cluster-count K (the recipe's, else 200)  --seeds N (perceptrons over N shuffles, averaged; the recipe's, else 1)
 *   --first-seed K (shuffle seed offset, 0 by default)
 *   --dev (choosing a recipe: train on a quarter of each val set the recipe uses, watch another quarter)
 * Recipes per language are in scripts/ner/recipes.ts (docs/ner-model-card.md); run from the repository root.
 * Deterministic: fixed fold assignment and a seeded shuffle, so the same data gives the same model.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  decodeModel,
  encodeBase64,
  extractFeatures,
  type FeatureOptions,
  HashSet,
  hashString,
  lexiconsFrom,
  MODEL_FORMAT,
  type ModelFile,
  mix,
  type SentenceFeatures,
  TAG_INDEX,
  TAGS,
  tagTokens,
  uint32ToBytes,
} from '../src/pipeline/recognize/ner';
import { buildClusters } from './ner/clusters';
import { hasData, nerPath, type Sentence } from './ner/datasets';
import { addNames, buildCommonWords, buildOrdinaryWords, type Gazetteer } from './ner/lexicons';
import { type Averaged, Perceptron, type Example } from './ner/perceptron';
import { chooseDevSplit } from './ner/multilingual';
import { recipeFor, type TrainSource } from './ner/recipes';
import { addSentence, f1, newScores, total } from './ner/span-f1';

const args = process.argv.slice(2);
const opt = (name: string, def: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : def;
};
const LANG = opt('lang', 'en');
const recipe = recipeFor(LANG);
const EPOCHS = Number(opt('epochs', String(recipe.epochs)));
const BITS = Number(opt('bits', String(recipe.bits)));
const SOURCES = opt('sources', recipe.defaultSources.join(',')).split(',');
const OUT = opt('out', `src/languages/${LANG}/ner-model.json`);
const EVAL = !args.includes('--no-eval');
const FEATURES: FeatureOptions = {
  ...recipe.features,
  ...(args.includes('--no-stems') ? { stems: false } : {}),
  ...(args.includes('--no-clusters') ? { clusters: false } : {}),
  ...(args.includes('--clusters') ? { clusters: true } : {}),
};
const FOLDS = 5;
/** Down-weights silver data: only this share of WikiANN sentences is used in each epoch. */
const WIKIANN_SHARE = Number(opt('wikiann-share', '0.5'));
const DOMAIN = !args.includes('--no-domain-features');
const TYPES = ['PER', 'ORG', 'LOC'];
/** Recipe choice: train on a quarter of each val set, watch another quarter (multilingual.ts, chooseDevSplit). */
const DEV = args.includes('--dev');
if (DEV) chooseDevSplit();

if (!hasData(nerPath())) {
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

const GAZ_ONLY = opt('gazetteer-only', '').split(',').filter(Boolean);
for (const name of [...SOURCES, ...GAZ_ONLY]) {
  if (!recipe.sources.some((s) => s.name === name))
    throw new Error(`train:ner: unknown source "${name}" (known: ${recipe.sources.map((s) => s.name).join(', ')})`);
}
/** Recipe order, trained-on sources first, then names-only ones. */
const chosen: (TrainSource & { sentences: Sentence[] })[] = [
  ...recipe.sources.filter((s) => SOURCES.includes(s.name)),
  ...recipe.sources.filter((s) => GAZ_ONLY.includes(s.name) && !SOURCES.includes(s.name)),
].map((s) => ({ ...s, sentences: s.load() }));
const shareOf = (s: TrainSource) => (s.name === 'wikiann' ? WIKIANN_SHARE : s.share);
const all = chosen.flatMap((s) => s.sentences.map((sentence) => ({ sentence, source: s })));
log(`${LANG}: sentences: ${chosen.map((s) => `${s.name} ${s.sentences.length}`).join(', ')}`);

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
  addNames(fullGaz, x.sentence, FEATURES);
  for (let k = 0; k < FOLDS; k++) if (k !== folds[i]) addNames(foldGaz[k]!, x.sentence, FEATURES);
});
const ORDINARY = (recipe.ordinaryWords || args.includes('--ordinary-words')) && !args.includes('--no-ordinary-words');
const trainedSentences = (keep: (i: number) => boolean) =>
  all.filter((x, i) => keep(i) && !GAZ_ONLY.includes(x.source.name)).map((x) => x.sentence);
const hashSetOf = (words: Set<number>) => new HashSet(Uint32Array.from(words).sort());
const commonSet = hashSetOf(
  ORDINARY ? buildOrdinaryWords(trainedSentences(() => true)) : buildCommonWords(all.map((x) => x.sentence)),
);
log(`gazetteer ${fullGaz.size} entries, ${commonSet.keys.length} common words`);
const foldCommon = Array.from({ length: FOLDS }, (_, k) =>
  ORDINARY ? hashSetOf(buildOrdinaryWords(trainedSentences((i) => folds[i] !== k))) : commonSet,
);
const CLUSTERS = FEATURES.clusters && recipe.clusters ? clusterSet() : undefined;
const foldLex = foldGaz.map((g, k) => lexiconsFrom(HashSet.fromMap(g), foldCommon[k]!, CLUSTERS));
/**
 * Frustratingly easy domain adaptation, one-sided: silver and other-genre sentences also fire a copy of each feature
 * tied to their source, which absorbs their annotation quirks; the target text and tagging use the shared copy only.
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

const examples: (Example & { source: TrainSource })[] = all
  .map((x, i) => ({ x, i }))
  .filter(({ x }) => !GAZ_ONLY.includes(x.source.name))
  .map(({ x, i }) => ({
    f: withDomain(extractFeatures(x.sentence.tokens, foldLex[folds[i]!]!, FEATURES), DOMAIN ? x.source.domain : null),
    gold: Int32Array.from(x.sentence.tags, (t) => TAG_INDEX.get(t) ?? 0),
    source: x.source,
  }));
log(`features extracted (${examples.reduce((n, e) => n + e.f.feats.length, 0)} feature occurrences)`);

const fullLex = lexiconsFrom(HashSet.fromMap(fullGaz), commonSet, CLUSTERS);
/** The tune halves watched while training (the report halves are left to the bench). */
const watched = (EVAL ? recipe.evals : []).map((e) => {
  const halves = e.load();
  const sentences = DEV ? halves.report : halves.tune;
  const feats = sentences.map((s) => {
    const f = extractFeatures(s.tokens, fullLex, FEATURES);
    return { feats: f.feats.slice(), offsets: f.offsets };
  });
  return { name: e.name, sentences, feats };
});

const WATCHED = LANG === 'en' ? '' : DEV ? ' (dev quarter)' : ' (tune half)';
/**
 * Several perceptrons, each over its own shuffle (and its own draw of the down-weighted silver sentences), averaged
 * into one model of the same size: the order of updates moves a single run's names by more than most recipe changes.
 */
const SEEDS = Number(opt('seeds', String(recipe.seeds ?? 1)));
/** The first shuffle's seed (0: the shipped model's); others measure how far the shuffle alone moves the scores. */
const FIRST_SEED = Number(opt('first-seed', '0'));
const runs: Averaged[] = [];
for (let run = 0; run < SEEDS; run++)
  runs.push(trainOnce(20220907 + FIRST_SEED + run, SEEDS > 1 ? ` run ${run + 1}/${SEEDS}` : ''));
const averaged = meanOf(runs);

function trainOnce(seed: number, label: string): Averaged {
  const model = new Perceptron(BITS);
  const random = rng(seed);
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    const order = examples.filter((e) => shareOf(e.source) >= 1 || random() < shareOf(e.source));
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    for (const ex of order) errors += model.learn(ex);
    let line = `${label ? `${label.trim()}, ` : ''}epoch ${epoch}: ${errors} token errors on ${order.length} sentences`;
    const avg = watched.length ? model.averaged() : null;
    for (const w of watched) {
      const scores = newScores();
      w.sentences.forEach((s, i) => {
        const pred = Array.from(
          model.predict(w.feats[i]!, avg!.weights, avg!.transitions, avg!.start),
          (t) => TAGS[t]!,
        );
        addSentence(scores, s.tags, pred, [...TYPES, 'MISC']);
      });
      line +=
        `; ${w.name}${WATCHED} F1 PER/ORG/LOC ${f1(total(scores, TYPES)).f1.toFixed(4)} ` +
        TYPES.concat('MISC')
          .map((t) => `${t} ${f1(scores.get(t) ?? { tp: 0, fp: 0, fn: 0 }).f1.toFixed(3)}`)
          .join(' ');
    }
    log(line);
  }
  return model.averaged();
}

function meanOf(models: Averaged[]): Averaged {
  if (models.length === 1) return models[0]!;
  const mean = (pick: (m: Averaged) => Float64Array) =>
    pick(models[0]!).map((_, i) => models.reduce((sum, m) => sum + pick(m)[i]!, 0) / models.length);
  return { weights: mean((m) => m.weights), transitions: mean((m) => m.transitions), start: mean((m) => m.start) };
}

const file = quantized(averaged);
file.meta = metaOf();
for (const w of watched) {
  const shipped = decodeModel(file);
  const scores = newScores();
  for (const s of w.sentences) addSentence(scores, s.tags, tagTokens(s.tokens, shipped), TYPES);
  const overall = f1(total(scores, TYPES));
  const figures = {
    perOrgLocF1: round(overall.f1),
    ...Object.fromEntries(TYPES.map((t) => [t, round(f1(scores.get(t) ?? { tp: 0, fp: 0, fn: 0 }).f1)])),
  };
  if (LANG === 'en') file.meta.conllValid = figures;
  else file.meta.tuneHalf = { ...(file.meta.tuneHalf as Record<string, unknown> | undefined), [w.name]: figures };
  log(`shipped (int8) model: ${w.name}${WATCHED} F1 PER/ORG/LOC ${overall.f1.toFixed(4)}`);
}
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, JSON.stringify(file));
log(`wrote ${OUT}`);

/** The averaged weights as int8 with one scale, and the lexicons as hash sets: the shipped file. */
function quantized(avg: Averaged): ModelFile {
  let maxAbs = 0;
  for (const x of avg.weights) maxAbs = Math.max(maxAbs, Math.abs(x));
  const scale = maxAbs / 127 || 1;
  const q = Int8Array.from(avg.weights, (x) => Math.max(-127, Math.min(127, Math.round(x / scale))));
  const gazSet = HashSet.fromMap(fullGaz);
  return {
    format: MODEL_FORMAT,
    tags: [...TAGS],
    bucketBits: BITS,
    scale,
    weights: encodeBase64(new Uint8Array(q.buffer)),
    transitions: Array.from(avg.transitions, (x) => Math.round(x * 1000) / 1000),
    start: Array.from(avg.start, (x) => Math.round(x * 1000) / 1000),
    gazetteer: { keys: encodeBase64(uint32ToBytes(gazSet.keys)), values: encodeBase64(gazSet.values!) },
    common: encodeBase64(uint32ToBytes(commonSet.keys)),
    ...(CLUSTERS
      ? { clusters: { keys: encodeBase64(uint32ToBytes(CLUSTERS.keys)), values: encodeBase64(CLUSTERS.values!) } }
      : {}),
    ...(Object.keys(FEATURES).length ? { features: FEATURES } : {}),
  };
}

/** Word clusters over the text of every chosen source and the recipe's unlabeled text (labels unused). */
function clusterSet(): HashSet {
  const text = [...all.map((x) => x.sentence.tokens), ...recipe.unlabeled().map((s) => s.tokens)];
  const k = opt('cluster-count', '');
  const clusters = buildClusters(text, { ...recipe.clusters, ...(k ? { k: Number(k) } : {}) });
  log(`${clusters.size} words clustered from ${text.length} sentences`);
  return HashSet.fromMap(new Map([...clusters].map(([w, c]) => [hashString(w), c])));
}

function metaOf(): Record<string, unknown> {
  const trained = chosen.filter((s) => !GAZ_ONLY.includes(s.name));
  return {
    ...(LANG === 'en' ? {} : { lang: LANG, licences: trained.map((s) => ({ name: s.name, licence: s.licence })) }),
    trainedOn: trained.map((s) => ({ name: s.name, sentences: s.sentences.length })),
    gazetteerFrom: chosen.map((s) => s.name),
    gazetteerOnly: GAZ_ONLY,
    domainFeatures: DOMAIN,
    bucketBits: BITS,
    epochs: EPOCHS,
    ...(SEEDS > 1 ? { seeds: SEEDS } : {}),
    ...(FIRST_SEED ? { firstSeed: FIRST_SEED } : {}),
    folds: FOLDS,
    ...(GAZ_ONLY.includes('wikiann') || !SOURCES.includes('wikiann') ? {} : { wikiannShare: WIKIANN_SHARE }),
  };
}

function round(x: number) {
  return Math.round(x * 10000) / 10000;
}
