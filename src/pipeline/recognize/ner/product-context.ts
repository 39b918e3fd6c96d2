/**
 * English one-word "people" and "places" the words around them show to be a company or a product: "Vizio's
 * co-founder", "online retailer Amazon" and "Amazon shareholders" name a company (an organization); "Android
 * users", "an Alexa device" and "on iOS and Android" name a product, none of the three kinds of names, so the
 * entity goes. A name the article also gives a person in full ("Tim Cook" … "Cook's co-founder") is left alone.
 */
import { COMPANY_CUES, PRODUCT_CUES } from '../../../languages/en/name-shapes';
import type { NerDocument } from './document';
import type { Cluster } from './group';
import type { RawMention } from './mentions';

const word = (doc: NerDocument, i: number) => doc.tokens[i]?.text ?? '';
const POSSESSIVE = /^['’]s?$/;

export function typeByProductContext(doc: NerDocument, clusters: readonly Cluster[]): Cluster[] {
  const fullNames = new Set<string>();
  for (const c of clusters) {
    if (c.type !== 'person') continue;
    for (const m of c.mentions) if (/\s/.test(m.text)) for (const w of m.text.split(/\s+/)) fullNames.add(w);
  }
  const out: Cluster[] = [];
  for (const c of clusters) {
    const one = (c.type === 'person' || c.type === 'place') && !/\s/.test(c.name) && !fullNames.has(c.name);
    const cues = one ? c.mentions.filter((m) => !m.caps).map((m) => cueOf(doc, m)) : [];
    if (cues.includes('company')) out.push({ ...c, type: 'organization' });
    else if (!(c.type === 'person' && cues.includes('product'))) out.push(c);
  }
  return out;
}

/** What the words right around the mention say it is, if anything. */
function cueOf(doc: NerDocument, m: RawMention): 'company' | 'product' | null {
  if (m.tokenEnd - m.tokenStart !== 1) return null;
  const same = (i: number) => i >= 0 && i < doc.tokens.length && doc.sentenceOf[i] === m.sentence;
  const afterAt = POSSESSIVE.test(word(doc, m.tokenEnd)) ? m.tokenEnd + 1 : m.tokenEnd;
  const after = same(afterAt) ? word(doc, afterAt).toLowerCase() : '';
  const before = same(m.tokenStart - 1) ? word(doc, m.tokenStart - 1).toLowerCase() : '';
  if (COMPANY_CUES.after.has(after) || COMPANY_CUES.before.has(before)) return 'company';
  if (PRODUCT_CUES.after.has(after) && afterAt === m.tokenEnd) return 'product';
  // "on iOS and Android", "Windows, Mac, Android and iOS": a platform two words away, over "and" or a comma.
  for (const [at, between] of [
    [m.tokenStart - 2, m.tokenStart - 1],
    [m.tokenEnd + 1, m.tokenEnd],
  ] as const) {
    const joined = word(doc, between) === 'and' || word(doc, between) === ',';
    if (same(at) && joined && PRODUCT_CUES.beside.has(word(doc, at))) return 'product';
  }
  return null;
}
