/**
 * Storms' names (English): "Hurricane Ian" is an event. The tagger reads the given name as a person ("Ian",
 * "Cyclone Phailin") or a place ("Typhoon Haiyan"); those readings are dropped, there and wherever the given name
 * stands alone in the article, and the storm is named as an event.
 */
import { STORM_PREFIXES, STORM_WORDS } from '../../../languages/en/storm-words';
import type { NerDocument } from './document';
import { mention } from './local-events';
import type { RawMention } from './mentions';

const CAPITALIZED = /^\p{Lu}/u;

export function nameStorms(doc: NerDocument, mentions: readonly RawMention[]): RawMention[] {
  const storms = findStorms(doc);
  if (!storms.length) return [...mentions];
  const given = new Set(storms.map((s) => s.given));
  const overlaps = (m: RawMention) =>
    storms.some((s) => m.tokenStart < s.mention.tokenEnd && s.mention.tokenStart < m.tokenEnd);
  const kept = mentions.filter((m) => m.type === 'event' || !(overlaps(m) || given.has(m.text)));
  return [...kept, ...storms.map((s) => s.mention)];
}

/** Each "<storm word> <Name>" in the text, with the given name. */
function findStorms(doc: NerDocument): { mention: RawMention; given: string }[] {
  const out: { mention: RawMention; given: string }[] = [];
  const { tokens, sentenceOf } = doc;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const name = tokens[i + 1]!;
    if (!STORM_WORDS.has(tokens[i]!.text) || sentenceOf[i + 1] !== sentenceOf[i] || !CAPITALIZED.test(name.text))
      continue;
    // One given name, not the first word of a longer name ("Storm Prediction Center", "Storm Shadow Missile").
    const after = tokens[i + 2];
    if (STORM_WORDS.has(name.text) || (after && sentenceOf[i + 2] === sentenceOf[i] && CAPITALIZED.test(after.text)))
      continue;
    const a = i > 0 && STORM_PREFIXES.has(tokens[i - 1]!.text) && sentenceOf[i - 1] === sentenceOf[i] ? i - 1 : i;
    out.push({ given: name.text, mention: mention(doc, a, i + 2) });
  }
  return out;
}
