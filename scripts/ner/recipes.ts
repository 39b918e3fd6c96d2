/**
 * What each language's model is trained on and measured with (docs/ner-model-card.md explains the choices).
 * A training source either shares the tagger's features (the text the model is for) or also fires a copy of each
 * feature tied to its `domain` (one-sided "frustratingly easy" adaptation, which absorbs another annotation scheme:
 * WikiANN's title fragments, GUM's noun phrases). Val sets are split once (multilingual.ts): training and tuning see
 * the tune half, reports quote the report half.
 */
import type { FeatureOptions } from '../../src/pipeline/recognize/ner';
import type { ClusterOptions } from './clusters';
import {
  conllTrain,
  conllValid,
  GUM_TYPES_WITH_OBJECTS,
  readGum,
  type Sentence,
  wikiann,
  wikigold,
  wnut17,
} from './datasets';
import { readMultilingual, readWikiann, splitHalves } from './multilingual';
import { unlabeledNews } from './unlabeled-news';

export interface TrainSource {
  name: string;
  load: () => Sentence[];
  /** Feature-copy domain, or null for the shared features only. */
  domain: string | null;
  /** Share of its sentences drawn afresh in each epoch (down-weights a large silver set). */
  share: number;
  licence: string;
  /** Non-commercial licence: ship a model without it where the targets allow. */
  nonCommercial?: boolean;
}

export interface EvalSet {
  name: string;
  /** The report half (quoted by the bench) and the tune half (watched while training). */
  load: () => { tune: Sentence[]; report: Sentence[] };
  /** PER/ORG/LOC span F1 the held-back test set of this kind must reach. */
  target?: number;
}

export interface Recipe {
  lang: string;
  /** Every source the recipe knows; `defaultSources` are the shipped model's. */
  sources: TrainSource[];
  defaultSources: string[];
  evals: EvalSet[];
  features: FeatureOptions;
  /** The common-word lexicon from the labels (buildOrdinaryWords, jackknifed) instead of from lower-case text. */
  ordinaryWords: boolean;
  /** Word clusters (clusters.ts) from the training sentences' text and `unlabeled`; null for none. */
  clusters: ClusterOptions | null;
  /** Text used for the clusters only (labels unused): silver dev splits not used for measurement. */
  unlabeled: () => Sentence[];
  epochs: number;
  bits: number;
  /** Perceptrons trained over this many shuffles and averaged into one (train-ner.ts); absent: 1. */
  seeds?: number;
}

const LICENCE = {
  conll2002: 'CoNLL-2002 (EFE / De Morgen news 2000): freely available for research',
  conll2003de: 'CoNLL-2003 German (Frankfurter Rundschau 1992): research use only',
  wikiann: 'WikiANN (Pan et al. 2017), silver over Wikipedia text (CC BY-SA)',
  wikineural: 'WikiNEuRal (Tedeschi et al. 2021), silver over Wikipedia: CC BY-NC-SA 4.0',
  germeval: 'GermEval 2014 (news and Wikipedia), gold: CC BY 4.0',
};

const val = (set: string) => () => splitHalves(readMultilingual(set, 'val'));
const tuneHalf = (set: string) => () => val(set)().tune;

function wikineuralSource(lang: string): TrainSource {
  return {
    name: 'wikineural',
    load: tuneHalf(`wikineural-${lang}`),
    domain: null,
    share: 1,
    licence: `${LICENCE.wikineural}; tune half of the val split only`,
    nonCommercial: true,
  };
}

const wikiannSource = (load: () => Sentence[]): TrainSource => ({
  name: 'wikiann',
  load,
  domain: 'wikiann',
  share: 0.5,
  licence: LICENCE.wikiann,
});

const wikineuralEval = (lang: string, target: number): EvalSet => ({
  name: `WikiNEuRal ${lang} val`,
  load: val(`wikineural-${lang}`),
  target,
});

/**
 * Case endings removed before a word is cut to its stem (features.ts stemOf), for the languages that inflect names:
 * "Путина/Путину/Путиным" → "путин", "Warszawy/Warszawie" → "warszaw". Stored in the model file.
 */
const ENDINGS: Record<string, string[]> = {
  pl: 'ami ach owi ego emu ych ich ymi imi om em ie ą ę a y i u e o'.split(' '),
};

/** The other languages' shared settings: stems, clusters and the label-based common-word lexicon. */
const NON_ENGLISH = {
  features: { stems: true, clusters: true } as FeatureOptions,
  ordinaryWords: true,
  clusters: {},
  epochs: 8,
  bits: 17,
};

const stripUmlauts = (s: Sentence): Sentence => ({ ...s, tokens: s.tokens.map((t) => t.replace(/[äöüÄÖÜß]/g, '')) });

function conll2002(lang: 'es' | 'nl'): Recipe {
  const wikiannLoad = lang === 'es' ? () => readMultilingual('wikiann-es', 'train') : () => readWikiann('nl', 'train');
  const unlabeled = lang === 'es' ? () => readMultilingual('wikiann-es', 'val') : () => readWikiann('nl', 'dev');
  return {
    lang,
    sources: [
      {
        name: 'conll2002',
        load: () => readMultilingual(`conll2002-${lang}`, 'train'),
        domain: null,
        share: 1,
        licence: LICENCE.conll2002,
      },
      wikiannSource(wikiannLoad),
      wikineuralSource(lang),
    ],
    // Spanish reaches its news target without the non-commercial WikiNEuRal half; Dutch does better with it.
    defaultSources: lang === 'es' ? ['conll2002', 'wikiann'] : ['conll2002', 'wikiann', 'wikineural'],
    evals: [{ name: `CoNLL-2002 ${lang} val`, load: val(`conll2002-${lang}`), target: 0.8 }, wikineuralEval(lang, 0)],
    ...NON_ENGLISH,
    // Dev quarter, Spanish news: 6 epochs 0.834, 8 epochs 0.832, 12 epochs 0.824; Dutch: 6 and 8 alike (0.772).
    ...(lang === 'es' ? { epochs: 6 } : {}),
    unlabeled,
  };
}

/** Languages with only Wikipedia silver data: WikiANN train (where there is one) and the WikiNEuRal tune half. */
function silver(
  lang: string,
  target: number,
  wikiannLoad: (() => Sentence[]) | null,
  unlabeled: () => Sentence[] = () => [],
): Recipe {
  const sources = [wikineuralSource(lang)];
  if (wikiannLoad) sources.push(wikiannSource(wikiannLoad));
  return {
    lang,
    sources,
    defaultSources: sources.map((s) => s.name),
    evals: [wikineuralEval(lang, target)],
    ...NON_ENGLISH,
    ...(ENDINGS[lang] ? { features: { ...NON_ENGLISH.features, endings: ENDINGS[lang] } } : {}),
    unlabeled,
  };
}

const RECIPES: Record<string, () => Recipe> = {
  en: () => ({
    lang: 'en',
    sources: [
      { name: 'conll', load: conllTrain, domain: null, share: 1, licence: 'CoNLL-2003 (Reuters): research only' },
      { ...wikiannSource(() => wikiann('train')) },
      {
        name: 'gum',
        load: () => readGum('train'),
        domain: 'gum',
        share: 1,
        licence: 'GUM: CC BY 4.0 (some genres NC)',
      },
      {
        name: 'gum-objects',
        load: () => readGum('train', { types: GUM_TYPES_WITH_OBJECTS }),
        domain: 'gum',
        share: 1,
        licence: 'GUM: CC BY 4.0 (some genres NC)',
      },
      {
        name: 'wnut17',
        load: () => wnut17('test'),
        domain: 'wnut17',
        share: 1,
        licence: 'WNUT17 test split (social media): CC BY 4.0',
      },
      {
        name: 'wikigold',
        load: wikigold,
        domain: 'wikigold',
        share: 1,
        licence: 'wikigold (Wikipedia): CC BY 4.0',
      },
      { ...wikineuralSource('en'), domain: 'wikineural' },
      // The same sentences without a feature copy: WikiNEuRal marks names in running Wikipedia sentences, close to
      // CoNLL's scheme, so the shared features may learn from it directly (tried; docs/ner-model-card.md).
      { ...wikineuralSource('en'), name: 'wikineural-shared' },
    ],
    defaultSources: ['conll', 'gum-objects', 'wikiann', 'wnut17', 'wikigold'],
    evals: [{ name: 'CoNLL-2003 valid', load: () => ({ tune: conllValid(), report: [] }), target: 0.9 }],
    // Word clusters (train:ner --clusters) from modern news text and label-based common words (--ordinary-words)
    // were tried: better on GUM dev, worse on News-Fair's report half (docs/ner-model-card.md). Off.
    features: {},
    ordinaryWords: false,
    clusters: {},
    unlabeled: unlabeledNews,
    epochs: 10,
    bits: 17,
    // One shuffle's luck moved GUM dev precision by 0.03 and the News-Fair tune half by 0.03; five averaged remove it.
    seeds: 5,
  }),
  de: () => ({
    lang: 'de',
    sources: [
      {
        name: 'conll2003',
        load: () => readMultilingual('conll2003-de', 'train'),
        domain: null,
        share: 1,
        licence: LICENCE.conll2003de,
      },
      {
        // The CoNLL-2003 German val and test splits lost every umlaut and ß ("Mnchen"): a stripped copy of the train
        // split teaches the tagger those spellings too, without learning anything from the val split.
        name: 'conll2003-stripped',
        load: () => readMultilingual('conll2003-de', 'train').map(stripUmlauts),
        domain: null,
        share: 0.5,
        licence: LICENCE.conll2003de,
      },
      {
        name: 'germeval',
        load: tuneHalf('germeval2014-de'),
        domain: null,
        share: 1,
        licence: `${LICENCE.germeval}; tune half of its dev split`,
      },
      wikiannSource(() => readWikiann('de', 'train')),
      wikineuralSource('de'),
    ],
    defaultSources: ['conll2003', 'conll2003-stripped', 'germeval', 'wikiann', 'wikineural'],
    evals: [
      // Umlauts and ß are stripped in this split: scored, never trained on.
      { name: 'CoNLL-2003 de val', load: val('conll2003-de'), target: 0.75 },
      { name: 'GermEval 2014 dev', load: val('germeval2014-de') },
      wikineuralEval('de', 0.8),
    ],
    ...NON_ENGLISH,
    // Dev quarter, 6 epochs against 8: CoNLL 0.699/0.691, GermEval 0.662/0.651, WikiNEuRal 0.869/0.864.
    epochs: 6,
    unlabeled: () => readWikiann('de', 'dev'),
  }),
  es: () => conll2002('es'),
  nl: () => conll2002('nl'),
  fr: () =>
    silver(
      'fr',
      0.8,
      () => readWikiann('fr', 'train'),
      () => readWikiann('fr', 'dev'),
    ),
  it: () => silver('it', 0.8, null),
  pt: () => silver('pt', 0.8, null),
  pl: () =>
    silver(
      'pl',
      0.75,
      () => readMultilingual('wikiann-pl', 'train'),
      () => readMultilingual('wikiann-pl', 'val'),
    ),
  ru: () =>
    silver(
      'ru',
      0.75,
      () => readMultilingual('wikiann-ru', 'train'),
      () => readMultilingual('wikiann-ru', 'val'),
    ),
};

export const RECIPE_LANGUAGES = Object.keys(RECIPES);

export function recipeFor(lang: string): Recipe {
  const make = RECIPES[lang];
  if (!make) throw new Error(`train:ner: no recipe for language "${lang}" (known: ${RECIPE_LANGUAGES.join(', ')})`);
  return make();
}
