/**
 * How sure the tagger is of a mention: the calibrated probability (marginals.ts) that its tokens are exactly one
 * name of its type. Lattices are built lazily, one per sentence that holds a mention, and cached on the document.
 */
import type { EntityType } from '../../../shared/types';
import type { NerDocument } from './document';
import { DEFAULT_MARGINALS, type Lattice, lattice, type MarginalOptions, spanProbability } from './marginals';
import { indexSpans, isInside, TAG_INDEX, typeOfTag } from './tags';

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

const TYPE_OF_TAG: Record<string, EntityType | undefined> = { PER: 'person', ORG: 'organization', LOC: 'place' };

/**
 * A name a shape rule joined from the tagger's pieces ("Centers for" + "Disease Control and Prevention"): the rule
 * decides its span, the tagger whether a name is there, so its surest piece, each under the type it read.
 */
export function piecesConfidence(doc: NerDocument, m: MentionSpan, taggerTags: Int32Array): number {
  let best = coveringConfidence(doc, m, taggerTags);
  for (const piece of indexSpans(taggerTags, m.tokenStart, m.tokenEnd)) {
    const type = TYPE_OF_TAG[piece.type];
    if (!type) continue;
    const span = { type, tokenStart: piece.start, tokenEnd: piece.end, sentence: m.sentence };
    best = Math.max(best, mentionConfidence(doc, span));
  }
  return best;
}

/**
 * A name a rule cut out of a longer one of the tagger's ("President" + "Trump", "Chief Technology Officer of" + a
 * firm): the tagger's belief in that longer name, under the type it read. 0 when the mention opens its own span.
 */
function coveringConfidence(doc: NerDocument, m: MentionSpan, taggerTags: Int32Array): number {
  if (!isInside(taggerTags[m.tokenStart]!)) return 0;
  let a = m.tokenStart;
  while (a > 0 && isInside(taggerTags[a]!)) a--;
  const type = TYPE_OF_TAG[typeOfTag(taggerTags[a]!) ?? ''];
  if (!type) return 0;
  let b = m.tokenStart;
  while (b < taggerTags.length && taggerTags[b] === taggerTags[a]! + 1) b++;
  return mentionConfidence(doc, { type, tokenStart: a, tokenEnd: b, sentence: m.sentence });
}
