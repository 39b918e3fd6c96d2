/**
 * How sure the tagger is of a mention: the calibrated probability (marginals.ts) that its tokens are exactly one
 * name of its type. Lattices are built lazily, one per sentence that holds a mention, and cached on the document.
 */
import type { EntityType } from '../../../shared/types';
import type { NerDocument } from './document';
import { DEFAULT_MARGINALS, type Lattice, lattice, type MarginalOptions, spanProbability } from './marginals';
import { TAG_INDEX } from './tags';

const BEGIN_TAG: Partial<Record<EntityType, number>> = {
  person: TAG_INDEX.get('B-PER'),
  organization: TAG_INDEX.get('B-ORG'),
  place: TAG_INDEX.get('B-LOC'),
  event: TAG_INDEX.get('B-MISC'),
};

const cache = new WeakMap<NerDocument, Map<number, Lattice>>();

function sentenceLattice(doc: NerDocument, sentence: number, options: MarginalOptions): Lattice {
  let byDoc = cache.get(doc);
  if (!byDoc) {
    byDoc = new Map();
    cache.set(doc, byDoc);
  }
  let l = byDoc.get(sentence);
  if (!l) {
    const [a, b] = doc.sentences[sentence]!;
    l = lattice(doc.scores[sentence]!, b - a, doc.model.transitions, doc.model.start, options);
    byDoc.set(sentence, l);
  }
  return l;
}

export interface MentionSpan {
  type: EntityType;
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
}

/** Probability in [0, 1] that the tagger reads these tokens as this one name of this type. */
export function mentionConfidence(
  doc: NerDocument,
  m: MentionSpan,
  options: MarginalOptions = DEFAULT_MARGINALS,
): number {
  const begin = BEGIN_TAG[m.type];
  if (begin === undefined) return 0;
  const first = doc.sentences[m.sentence]![0];
  const l = sentenceLattice(doc, m.sentence, options);
  return spanProbability(l, m.tokenStart - first, m.tokenEnd - first, begin);
}
