/**
 * Entity recognition entry point: article text in, entities and events out (offsets index `text`).
 * People, organizations, places and named events come from the on-device tagger (ner/); dates from
 * time/find-dates; event frames from events/find-events, which build on the entities. What the pipeline knows about
 * the article's language comes from its pack (English unless the caller passes another).
 */
import { english } from '../../languages/en';
import type { LanguagePack } from '../../languages/types';
import type { Analysis, Entity } from '../../shared/types';
import { findCjkNames } from './cjk/find-cjk-names';
import { findAnchoredNames } from './uncased/find-anchored-names';
import { findEvents } from './events/find-events';
import { findEntities } from './ner/entities';
import { withoutAuthorCredits } from './ner/author-credits';
import { isEnglish } from './ner/language';
import { findDates, type DateMention } from './time/find-dates';

export interface RecognizeContext {
  title?: string;
  /** ISO 8601 publication date: relative dates resolve against it. */
  publishedAt?: string | null;
  lang?: string | null;
  /** The article's authors, as extraction read them: named only in credit lines, they are no entity. */
  authors?: readonly string[];
}

export interface RecognizeOptions {
  /** Text beyond this many characters is not analyzed (a bound on time and memory for huge pages). */
  maxChars?: number;
  /**
   * A person, organization or place is an entity only when the tagger's calibrated confidence in it reaches this;
   * below it, the name is likely wrong (in span or type) and is only listed in `unsure`. When absent,
   * English text uses DEFAULT_MIN_CONFIDENCE (per type) and other languages none. A number applies to every type; a
   * record gives one per type (a type it leaves out is not gated).
   */
  minConfidence?: number | MinConfidence;
  /**
   * The same for a name of one word ("Rezwan", "Iodine"; not "Lady Starmer"), on top of `minConfidence`:
   * when absent, English text uses DEFAULT_MIN_ONE_WORD_CONFIDENCE and other languages none.
   */
  minOneWordConfidence?: number | MinConfidence;
  /** The article's language pack; English when absent. */
  pack?: LanguagePack;
}

export function recognize(text: string, context: RecognizeContext = {}, options: RecognizeOptions = {}): Analysis {
  if (typeof text !== 'string' || !text.trim()) return { entities: [], events: [] };
  const body = bounded(text, options);
  const { named, unsure } = splitUnsure(namedEntities(body, context, options.pack), options);
  return withUnsure(withDatesAndEvents(body, named, context, options.pack), unsure);
}

/**
 * recognize() in two steps, for a caller that can start work on the names while the rest is found (the background
 * sends its first Wikipedia lookups): `onNamed` gets the people, organizations, places and named events, and what it
 * returns is awaited (the event loop gets its turn) before dates and event frames are found. Same result.
 */
export async function recognizeInSteps(
  text: string,
  context: RecognizeContext,
  options: RecognizeOptions,
  onNamed: (named: Entity[]) => unknown,
): Promise<Analysis> {
  if (typeof text !== 'string' || !text.trim()) return { entities: [], events: [] };
  const body = bounded(text, options);
  const { named, unsure } = splitUnsure(namedEntities(body, context, options.pack), options);
  await onNamed(named);
  return withUnsure(withDatesAndEvents(body, named, context, options.pack), unsure);
}

/**
 * English names the tagger is unsure of are wrong (in span or type) more often than right. Organizations under 0.5
 * are mostly products, outlets, works and capitalized phrases: at 0.5 the News-Fair tune half loses wrong names and
 * no right one (precision 0.881 -> 0.897 at the same recall, docs/ner-model-card.md). Places under 0.5 were chosen
 * on the whole analysis over GUM dev, WNUT17 dev and CoNLL valid (bench/gum-whole.ts, bench/ner-whole-sets.ts), not
 * News-Fair: each set loses two to five wrong places per right one ("Spring", "WHEREAS", "the West" of "ties with
 * the West"); past 0.5 GUM loses more right places than wrong ones. The cards still look these names up, so a
 * linked one is not lost to the reader (card-groups.ts). The confidence is calibrated on English only, so other
 * languages get no default gate.
 */
export type MinConfidence = Readonly<Partial<Record<Entity['type'], number>>>;
export const DEFAULT_MIN_CONFIDENCE: MinConfidence = { organization: 0.5, place: 0.5 };

/**
 * People are gated only when their name is one word: an unsure one-word "person" is mostly a capitalized common word
 * ("Iodine", "Overalls", "Compare") or a surname torn from its title, while unsure names of several words are mostly
 * right people whose span a rule built or whose words the tagger rarely saw ("Mohammed bin Salman" 0, "Theresa May"
 * 0.01, "Luiz Inacio Lula da Silva" 0.32 in one-sentence tests). At 0.5, together with the place gate: GUM dev
 * P 0.597 -> 0.624 at R 0.562 -> 0.550, CoNLL valid 0.898 -> 0.906 at 0.881 -> 0.879, WNUT17 dev 0.504 -> 0.546 at
 * 0.480 -> 0.429 (one-word people: WNUT loses 27 right names for 50 wrong ones; at 0.6 nearly one for one). The
 * right people lost are one-word names said once in short sentences ("This is Rezwan"). One-word organizations were
 * tried too (0.6-0.7): GUM gains, but CoNLL valid loses as many right names as wrong ones.
 */
export const DEFAULT_MIN_ONE_WORD_CONFIDENCE: MinConfidence = { person: 0.5 };

/**
 * A name found through a borrowed pack (a language without one, borrowed-packs.ts) is sure only when the tagger is:
 * below this it goes to `unsure`, which the cards still look up (a name linked to Wikidata takes its type from the
 * item; the others are named on "Also mentioned"). Chosen on the tune halves of bench/ner-borrowed.ts: at 0.5 the
 * best lenders' mean F1 over the languages read as if packless rises (Polish 0.489 -> 0.505), and falls past it.
 */
export const DEFAULT_BORROWED_MIN_CONFIDENCE: MinConfidence = { person: 0.5, organization: 0.5, place: 0.5 };

function splitUnsure(all: Entity[], { minConfidence, minOneWordConfidence, pack = english }: RecognizeOptions) {
  const en = pack.code === 'en' && !pack.borrowed;
  // A pack that reads names from the words around them gives a confidence only to the names nothing marks.
  const general =
    minConfidence ??
    (pack.borrowed || pack.anchoredNames ? DEFAULT_BORROWED_MIN_CONFIDENCE : en ? DEFAULT_MIN_CONFIDENCE : {});
  const oneWord = minOneWordConfidence ?? (en ? DEFAULT_MIN_ONE_WORD_CONFIDENCE : {});
  const threshold = (e: Entity) => Math.max(ofType(general, e.type), !/\s/.test(e.name) ? ofType(oneWord, e.type) : 0);
  // A name the recognizer itself marked unsure (a compound's first part, ner/compound-prefixes.ts) stays so.
  const sure = (e: Entity) => !e.unsure && (e.confidence === undefined || e.confidence >= threshold(e));
  return { named: all.filter(sure), unsure: all.filter((e) => !sure(e)).map((e): Entity => ({ ...e, unsure: true })) };
}

const ofType = (min: number | MinConfidence, type: Entity['type']) =>
  typeof min === 'number' ? min : (min[type] ?? 0);

const withUnsure = (analysis: Analysis, unsure: Entity[]): Analysis =>
  unsure.length ? { ...analysis, unsure } : analysis;

const bounded = (text: string, { maxChars = 200_000 }: RecognizeOptions) =>
  text.length > maxChars ? text.slice(0, maxChars) : text;

/**
 * Names through the pack's model and words. English is also the fallback for a language without a pack, where its
 * tagger would list capitalized words as names, so it runs only on text that reads as English. A language written
 * without spaces reads names from its segmenter's tags instead, and has none until the caller has prepared it.
 */
function namedEntities(body: string, context: RecognizeContext, pack: LanguagePack = english): Entity[] {
  if (pack === english && !isEnglish(body, context.lang)) return [];
  const { cjkNames, anchoredNames } = pack;
  const segment = pack.segmenter?.();
  if (cjkNames && !segment) return [];
  const found = safely(() =>
    anchoredNames
      ? findAnchoredNames(body, anchoredNames, { title: context.title })
      : cjkNames && segment
        ? findCjkNames(body, segment(body), cjkNames, { title: context.title })
        : findEntities(body, pack.nerModel(), { title: context.title, pack }),
  );
  return withoutAuthorCredits(found, body, context.authors);
}

function withDatesAndEvents(
  body: string,
  named: Entity[],
  context: RecognizeContext,
  pack: LanguagePack = english,
): Analysis {
  const dates = findDates(body, { publishedAt: context.publishedAt, words: pack.dateWords });
  const entities = [...named, ...dateEntities(dates)];
  // Event frames read trigger words between spaces (and English dates): in Japanese or Chinese text they find
  // nothing, after 0.1-0.4 s of looking, so those languages have none until they get rules of their own.
  const events =
    pack.cjkNames || pack.anchoredNames
      ? []
      : findEvents(body, entities, { publishedAt: context.publishedAt, title: context.title, pack });
  return { entities, events };
}

/** A failure in the recognizer (a bug, never expected) must not lose the dates and events found beside it. */
function safely(find: () => Entity[]): Entity[] {
  try {
    return find();
  } catch {
    return [];
  }
}

/** Date mentions as `date` entities, one per normalized value (or per text when there is no value). */
export function dateEntities(dates: readonly DateMention[]): Entity[] {
  const byKey = new Map<string, Entity>();
  for (const d of dates) {
    const key = d.value ?? `text:${d.text.toLowerCase()}`;
    const mention = { text: d.text, start: d.start, end: d.end, ...(d.value ? { value: d.value } : {}) };
    const entity = byKey.get(key);
    if (entity) entity.mentions.push(mention);
    else
      byKey.set(key, {
        type: 'date',
        name: d.text,
        ...(d.value ? { value: d.value } : {}),
        ...(d.value && d.mod ? { mod: d.mod } : {}),
        mentions: [mention],
      });
  }
  return [...byKey.values()];
}
