/**
 * Readers for the non-English NER sets in ../shared/data/ner (read in place): multilingual/<set>/{train,val}.conll.gz
 * and wikiann/<lang>/train, and the one fixed split of every val set into a tune half and a report half.
 */
import { hasData, nerPath, readColumns, type Sentence } from './datasets';

/** Sentences per block where a set marks no documents: neighbouring Wikipedia sentences stay on one side. */
export const SPLIT_BLOCK = 50;

/** A set of multilingual/ ("conll2002-es", "wikineural-it", ...) and split, or null when it is not there. */
export function multilingualPath(set: string, split: 'train' | 'val'): string {
  return nerPath('multilingual', set, `${split}.conll.gz`);
}

export function readMultilingual(set: string, split: 'train' | 'val'): Sentence[] {
  const path = multilingualPath(set, split);
  const documents = set.startsWith('conll2003-');
  const sentences = readColumns(path, documents ? {} : { docPerSentences: SPLIT_BLOCK });
  // The repaired CoNLL-2003 German train split spells ß as ÿ ("läÿt"), a letter German does not use.
  if (set === 'conll2003-de' && split === 'train')
    for (const s of sentences) s.tokens = s.tokens.map((t) => t.replace(/ÿ/g, 'ß'));
  return sentences;
}

/** WikiANN (Rahimi et al. splits) for German, French and Dutch: wikiann/<lang>/train, "de:" prefixes. */
export function readWikiann(lang: string, split: 'train' | 'dev'): Sentence[] {
  return readColumns(nerPath('wikiann', lang, split), { stripLang: true, docPerSentences: SPLIT_BLOCK });
}

export const hasMultilingual = (set: string, split: 'train' | 'val') => hasData(multilingualPath(set, split));

export interface Halves {
  tune: Sentence[];
  report: Sentence[];
}

/**
 * The fixed split of a val set: its documents (or blocks of SPLIT_BLOCK sentences where none are marked) in file
 * order, even-numbered ones to the tune half, odd-numbered ones to the report half. Anything tuned or trained on a
 * val set sees the tune half only; benchmarks quote the report half.
 */
export function splitHalves(sentences: readonly Sentence[]): Halves {
  const index = new Map<string, number>();
  const halves: Halves = { tune: [], report: [] };
  for (const s of sentences) {
    if (!index.has(s.doc)) index.set(s.doc, index.size);
    const block = index.get(s.doc)!;
    if (!devSplit) (block % 2 === 0 ? halves.tune : halves.report).push(s);
    else if (block % 2 === 0) (block % 4 === 0 ? halves.tune : halves.report).push(s);
  }
  return halves;
}

let devSplit = false;
/**
 * For choosing a recipe whose training uses a tune half: from then on splitHalves gives the tune half's even blocks
 * as "tune" and its odd blocks as "report" (a dev quarter), and the report half is not read at all.
 */
export function chooseDevSplit(): void {
  devSplit = true;
}
