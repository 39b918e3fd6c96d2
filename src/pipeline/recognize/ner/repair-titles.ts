/**
 * A person's title the tagger read into another kind of name, taken out of it before mentions are read:
 * "President Trump" tagged as a place is the title and a person; "Chief Technology Officer of Valley Radiotherapy
 * Associates" is a role and the organization after its "of" (the role then reads as the appositive's). Offices whose
 * complement is no organization ("Secretary of State", "Minister of Foreign Affairs") are left whole.
 */
import {
  CLOSING_HEADS,
  EVENT_HEADS,
  FIRM_ENDINGS,
  ORGANIZATION_HEADS,
  PLACE_HEADS,
} from '../../../languages/en/name-shapes';
import type { NerDocument } from './document';
import { GAZ_TYPES, phraseHash, type Lexicons } from './features';
import { hashString } from './hash';
import { indexSpans, TAG_INDEX } from './tags';

const B_PER = TAG_INDEX.get('B-PER')!;
const I_PER = TAG_INDEX.get('I-PER')!;
const B_ORG = TAG_INDEX.get('B-ORG')!;
const I_ORG = TAG_INDEX.get('I-ORG')!;
const PERSON_BITS = (1 << GAZ_TYPES.indexOf('PER')) | (1 << GAZ_TYPES.indexOf('FIRST'));
const PLACE_OR_ORG_BITS = (1 << GAZ_TYPES.indexOf('LOC')) | (1 << GAZ_TYPES.indexOf('ORG'));

export interface TitleRepairOptions {
  /** Most words after a title that still read as a person's name ("President Joe Biden"). */
  maxNameWords?: number;
}

/** Titles that open firms' names as adjectives ("General Electric", "Prime Video", "Crown Resorts"). */
const FIRM_TITLES = new Set(['general', 'prime', 'crown']);

const capitalized = (s: string) => /^\p{Lu}/u.test(s);
const key = (s: string) => s.toLowerCase().replace(/\.$/, '');

export function repairTitledSpans(doc: NerDocument, lexicons: Lexicons, options: TitleRepairOptions = {}): void {
  const { maxNameWords = 2 } = options;
  for (const { start: a, end: b } of indexSpans(doc.tags)) {
    if (titledPerson(doc, lexicons, a, b, maxNameWords)) {
      doc.tags[a] = 0;
      doc.tags[a + 1] = B_PER;
      doc.tags.fill(I_PER, a + 2, b);
      doc.joinedNames.set(a + 1, b);
      continue;
    }
    const of = roleOfOrganization(doc, a, b);
    if (of > 0) {
      doc.tags.fill(0, a, of);
      doc.tags[of] = B_ORG;
      doc.tags.fill(I_ORG, of + 1, b);
      if (doc.joinedNames.get(a) === b) doc.joinedNames.delete(a);
      doc.joinedNames.set(of, b);
    }
  }
}

/**
 * A title, then one or two capitalized words, in a span the tagger read as a place or organization: the words are
 * a person's name when the gazetteer knows the last as a person's name, or it is no common word ("Biden"), and the
 * gazetteer never knows it as a place's or organization's and it is no name's head word ("Prince Edward Island",
 * "Queen Street" stay). English only: elsewhere places are named after titled people ("Presidente Epitácio").
 */
function titledPerson(doc: NerDocument, lexicons: Lexicons, a: number, b: number, maxNameWords: number): boolean {
  const { tokens, tags, words } = doc;
  const first = key(tokens[a]!.text);
  if (!words.english || tags[a] === B_PER || !words.titles.has(first) || words.modifiers.has(first)) return false;
  if (FIRM_TITLES.has(first) || !capitalized(tokens[a]!.text) || b - a < 2 || b - a - 1 > maxNameWords) return false;
  for (let k = a + 1; k < b; k++) if (!/^\p{Lu}\p{Ll}/u.test(tokens[k]!.text)) return false;
  const lastWord = tokens[b - 1]!.text;
  if ([PLACE_HEADS, ORGANIZATION_HEADS, EVENT_HEADS].some((h) => h.has(lastWord))) return false;
  const last = lastWord.toLowerCase();
  const bits = lexicons.gazetteer(phraseHash([last]));
  if ((bits & PLACE_OR_ORG_BITS) !== 0) return false;
  return (bits & PERSON_BITS) !== 0 || !lexicons.isCommonWord(hashString(last));
}

/**
 * "Chief Technology Officer of Valley Radiotherapy Associates": an organization span whose words before its first
 * "of" are capitalized and end in a role, and whose words after it hold an organization's head word or end as a firm's name. Returns the
 * organization's first token, or 0 when the span is an office ("Minister of Foreign Affairs") or no role at all.
 */
function roleOfOrganization(doc: NerDocument, a: number, b: number): number {
  const { tokens, tags, words } = doc;
  if (tags[a] !== B_ORG) return 0;
  const { of, articles, heads } = words.organizations;
  let k = a;
  while (k < b && !of.has(tokens[k]!.text)) k++;
  if (k === a || k >= b - 1 || !words.roles.has(key(tokens[k - 1]!.text))) return 0;
  for (let i = a; i < k; i++) if (!capitalized(tokens[i]!.text)) return 0;
  let start = k + 1;
  if (articles.has(tokens[start]!.text.toLowerCase()) && start < b - 1) start++;
  if (!capitalized(tokens[start]!.text)) return 0;
  const last = tokens[b - 1]!.text;
  const firm = words.english && (FIRM_ENDINGS.has(last) || CLOSING_HEADS.has(last));
  if (firm) return start;
  for (let i = start; i < b; i++) if (heads.has(tokens[i]!.text)) return start;
  return 0;
}
