/**
 * Does the clause around a date talk about the past or the future? Decides which "Wednesday" or "March" is meant:
 * "told reporters on Wednesday" is the last one, "will meet on Wednesday" the next. The nearest marker wins.
 */
export type Tense = 'past' | 'future' | 'none';

const FUTURE =
  /\b(?:will|won't|'ll|shall|going to|plans? to|planned for|scheduled|set to|expected to|is to|are to|due to|to be held|upcoming|next|coming|would|intends? to|aims? to|hopes? to|to be \w+ed|to (?:run|last|continue|begin|start|open|close|end|launch|hold|take place|be)|through)\b/gi;
const PAST =
  /\b(?:was|were|had|did|said|says|told|tells|announced|reported|ago|last|earlier|since|previously|began|begun|came|went|took|made|met|held|won|lost|left|died|killed|signed|launched|started|ended|\w{3,}ed)\b/gi;

/** Words ending in -ed that are not past events in a clause ("scheduled", "expected" lean to the future). */
const NOT_PAST = new Set([
  'scheduled',
  'expected',
  'planned',
  'need',
  'speed',
  'indeed',
  'proceed',
  'succeed',
  'exceed',
  'hundred',
  'based',
  'related',
  'united',
  'limited',
  'allied',
  'red',
  'bed',
  'seed',
  'feed',
  'breed',
]);

export function tenseAround(sentence: string, start: number, end: number): Tense {
  let best: { tense: Tense; distance: number } = { tense: 'none', distance: Infinity };
  const consider = (re: RegExp, tense: Tense) => {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const at = m.index;
      if (at >= start && at < end) continue; // the date's own words ("last", "next") are read by the rule itself
      if (tense === 'past' && NOT_PAST.has(m[0].toLowerCase())) continue;
      // "to be published", "will be held": a participle after "be" is not a past event.
      if (tense === 'past' && /\b(?:be|being)\s+$/i.test(sentence.slice(Math.max(0, at - 7), at))) continue;
      // A marker after the date counts a little less than one before it ("on Friday, he said" still counts).
      const distance = at < start ? start - (at + m[0].length) : (at - end) * 1.5;
      if (distance < best.distance) best = { tense, distance };
    }
  };
  consider(FUTURE, 'future');
  consider(PAST, 'past');
  return best.tense;
}
