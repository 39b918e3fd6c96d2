/**
 * Candidate ranking and the NIL decision: which Wikidata entity (if any) a name in the article means.
 * Signals: type agreement (a person must be a human), the name itself, context (entities already linked in the same
 * article, the role the article gives, words of co-mentioned names) and prominence. A wrong card is worse than none,
 * so a weak or ambiguous best candidate becomes NIL.
 */
import classes from './type-classes.json';
import type { Candidate, LinkableType, LinkDecision, WdEntity } from './types';
import { compareDates } from './as-of';

export interface RankOptions {
  /** Below this score the best candidate is not trusted. */
  minScore: number;
  /** The best must beat the runner-up by this much, unless the runner-up disagrees on type. */
  minMargin: number;
  /**
   * A person who died more than this many years before the article is unlikely to be meant, unless the article says
   * "late"/"former".
   */
  deadYearsPenaltyAfter: number;
}

export const DEFAULT_RANK_OPTIONS: RankOptions = { minScore: 3, minMargin: 0.5, deadYearsPenaltyAfter: 3 };

export interface LinkContext {
  /** QIDs already linked with confidence in this article (countries, capitals, leaders). */
  ids: Set<string>;
  /** Lower-case words from co-mentioned names, the article's title and this entity's role. */
  words: Set<string>;
  /** The article's date, "YYYY-MM-DD", or null. */
  asOf: string | null;
  /** QIDs other names in this article already stand for: two different names rarely mean one entity. */
  taken?: Set<string>;
}

export interface Scored {
  candidate: Candidate;
  score: number;
  typeAgreement: 'agree' | 'metonym' | 'unknown' | 'conflict';
  parts: Record<string, number>;
}

const CLASS_SETS = Object.fromEntries(Object.entries(classes.classes).map(([k, v]) => [k, new Set(v)])) as Record<
  LinkableType,
  Set<string>
>;
const METONYM = new Set(classes.metonymClasses);
const REJECT = new Set(classes.rejectClasses);
const DESCRIPTION_WORDS = classes.descriptionWords as Record<LinkableType, string[]>;
const SYNONYMS = classes.synonyms as Record<string, string[]>;
const PAST_CUES = /\b(late|former|last|ex-|then|once|founding|first)\b/i;

export function typeAgreement(type: LinkableType, entity: WdEntity): Scored['typeAgreement'] {
  const kinds = (entity.claims.P31 ?? []).map((s) => s.id).filter((id): id is string => !!id);
  if (kinds.some((k) => REJECT.has(k))) return 'conflict';
  if (kinds.some((k) => CLASS_SETS[type].has(k))) return 'agree';
  if (type === 'organization' && kinds.some((k) => METONYM.has(k))) return 'metonym';
  // A person must be a human: any stated class that is not Q5 (a fictional character, a ship, a band) disagrees.
  if (type === 'person' && kinds.length) return 'conflict';
  if (type !== 'person' && kinds.includes('Q5')) return 'conflict';
  const words = tokens(entity.description ?? '');
  const hinted = (t: LinkableType) => DESCRIPTION_WORDS[t].some((w) => words.has(w));
  if (hinted(type)) return 'agree';
  if (
    kinds.length &&
    (['person', 'place', 'organization', 'event'] as LinkableType[]).some(
      (t) => t !== type && hinted(t) && !(type === 'organization' && t === 'place'),
    )
  ) {
    return 'conflict';
  }
  return 'unknown';
}

export function scoreCandidate(
  name: string,
  type: LinkableType,
  candidate: Candidate,
  context: LinkContext,
  options = DEFAULT_RANK_OPTIONS,
): Scored {
  const { entity } = candidate;
  const parts: Record<string, number> = {};
  const agreement = typeAgreement(type, entity);
  parts.type = { agree: 2, metonym: 1, unknown: 0, conflict: -10 }[agreement];
  parts.name = nameScore(name, entity);
  const related = relatedIds(entity).filter((id) => context.ids.has(id) && id !== entity.id).length;
  parts.context = Math.min(related, 3) * 0.75;
  // The description only: aliases would match co-mentioned names of other entities (the USSR next to "U.S.").
  const descWords = tokens(entity.description ?? '');
  let overlap = 0;
  for (const word of expand(context.words))
    if (descWords.has(word) || [...descWords].some((d) => sameStem(d, word))) overlap++;
  parts.words = Math.min(overlap, 3) * 0.6;
  parts.prominence = Math.min(Math.log10(entity.sitelinkCount + 1) / 2.4, 1) * 1.5;
  parts.search = candidate.searchRank === null ? 0 : 0.5 / (1 + candidate.searchRank);
  parts.title = candidate.titleHit ? 1 : 0;
  parts.life = type === 'person' ? lifePenalty(entity, context, options) : 0;
  parts.taken = context.taken?.has(entity.id) ? -1.5 : 0;
  const score = Object.values(parts).reduce((a, b) => a + b, 0);
  return { candidate, score, typeAgreement: agreement, parts };
}

export function rankCandidates(
  name: string,
  type: LinkableType,
  candidates: Candidate[],
  context: LinkContext,
  options = DEFAULT_RANK_OPTIONS,
): Scored[] {
  const seen = new Set<string>();
  return candidates
    .filter((c) => !seen.has(c.entity.id) && seen.add(c.entity.id))
    .map((c) => scoreCandidate(name, type, c, context, options))
    .sort((a, b) => b.score - a.score);
}

/** The NIL decision over ranked candidates. */
export function decide(ranked: Scored[], options = DEFAULT_RANK_OPTIONS): LinkDecision {
  const viable = ranked.filter((r) => r.typeAgreement !== 'conflict');
  const best = viable[0];
  if (!best) return { kind: 'nil', reason: 'no-candidates' };
  if (best.score < options.minScore) return { kind: 'nil', reason: 'low-confidence' };
  const second = viable[1];
  const margin = second ? best.score - second.score : Infinity;
  if (margin < options.minMargin) return { kind: 'nil', reason: 'ambiguous' };
  const confidence = Math.max(
    0,
    Math.min(1, 0.5 * sigmoid(best.score - options.minScore) + 0.5 * sigmoid(2 * (margin - options.minMargin))),
  );
  return {
    kind: 'linked',
    qid: best.candidate.entity.id,
    confidence: Math.round(confidence * 100) / 100,
    ...(best.typeAgreement === 'metonym' ? { metonym: true } : {}),
    chosenBy: 'ranking',
  };
}

function nameScore(name: string, entity: WdEntity): number {
  const wanted = fold(name);
  const names = [entity.label ?? '', ...entity.aliases].map(fold).filter(Boolean);
  if (names.includes(wanted)) return 1.5;
  // "Denisov" for "Andrey Denisov"; "Putin" for "Vladimir Putin".
  if (names.some((n) => n.endsWith(` ${wanted}`) || n.startsWith(`${wanted} `))) return 0.8;
  // "Andrey Denisov" vs the label "Andrei Denisov": transliteration variants share the surname.
  const last = (s: string) => s.split(' ').pop() ?? '';
  if (names.some((n) => last(n) === last(wanted) && n[0] === wanted[0])) return 1;
  return 0.2;
}

function lifePenalty(entity: WdEntity, context: LinkContext, options: RankOptions): number {
  if (!context.asOf) return 0;
  const born = entity.claims.P569?.[0]?.time;
  const died = entity.claims.P570?.[0]?.time;
  if (born && compareDates(born.date, context.asOf) > 0) return -5;
  if (died) {
    const years = parseInt(context.asOf, 10) - parseInt(died.date, 10);
    const pastCue = [...context.words].some((w) => PAST_CUES.test(w));
    if (years > options.deadYearsPenaltyAfter && !pastCue) return -1.5;
  }
  return 0;
}

/** Every item id a candidate's statements point to: countries, capitals, offices' jurisdictions, members. */
export function relatedIds(entity: WdEntity): string[] {
  const ids: string[] = [];
  for (const [property, statements] of Object.entries(entity.claims)) {
    if (property === 'P31' || property === 'P279') continue;
    for (const s of statements) {
      if (s.id) ids.push(s.id);
      if (s.of) ids.push(s.of);
    }
  }
  return ids;
}

function expand(words: Set<string>): Set<string> {
  const out = new Set(words);
  for (const word of words) for (const synonym of SYNONYMS[word] ?? []) out.add(synonym);
  return out;
}

/** "Russian" ~ "Russia", "Chinese" ~ "China": a shared stem of 4+ letters covers demonyms. */
function sameStem(a: string, b: string): boolean {
  if (a.length < 4 || b.length < 4) return false;
  const n = Math.min(a.length, b.length, 6);
  return a.slice(0, Math.max(4, n - 1)) === b.slice(0, Math.max(4, n - 1));
}

const STOP = new Set([
  'the',
  'of',
  'and',
  'in',
  'to',
  'a',
  'an',
  'for',
  'on',
  'at',
  'by',
  'with',
  'from',
  'his',
  'her',
  'its',
  'their',
  'as',
  'is',
  'was',
]);

export function tokens(text: string): Set<string> {
  return new Set(
    fold(text)
      .split(/[^a-z0-9.-]+/)
      .map((w) => w.replace(/^[.-]+|[.-]+$/g, ''))
      .filter((w) => w.length > 1 && !STOP.has(w)),
  );
}

export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
