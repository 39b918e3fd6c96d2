/**
 * The search for related coverage, built from the article's most central entities and its event, within a window
 * around the publication date. Only these keywords ever leave the device: never the page URL or its text.
 */
import type { EntityType, EventFrame } from '../../shared/types';
import broad from './broad-places.json';
import { wireServiceNames } from './outlets';
import { cleanText, words } from './text';

/** An entity as query building sees it: `qid`/`label` come from Wikidata linking when it has run. */
export interface QueryEntity {
  type: EntityType;
  name: string;
  salience?: number;
  mentions: { text: string }[];
  qid?: string;
  label?: string;
}

export interface QueryTerm {
  /** What is searched for: the linked label when known, else the article's fullest name. */
  text: string;
  type: EntityType;
  /** Forms to look for in other outlets' titles: the text, the article's name and its mentions ("Putin"). */
  aliases: string[];
  /** Every anchor must match; context terms are alternatives. */
  anchor: boolean;
  weight: number;
  key: string;
}

export interface CoverageWindow {
  /** YYYY-MM-DD, inclusive. */
  start: string;
  end: string;
  /** The publication day (or today when the article gives no date). */
  center: string;
  /** Whether `center` is the article's own date rather than a guess. */
  dated: boolean;
}

export interface CoverageQuery {
  terms: QueryTerm[];
  /** The words sent to news search, for display. */
  keywords: string[];
  window: CoverageWindow;
  /** GDELT DOC syntax: phrases in quotes, OR only inside parentheses. null when there is nothing to search. */
  gdelt: string | null;
  /** Google News syntax, including its after:/before: date operators. */
  googleNews: string | null;
  /** Keys under which the reader's history indexes this article's entities. */
  entityKeys: string[];
}

export interface QueryInput {
  title: string;
  /** The title the page is shared under when it differs from the visible one: its names count as the headline's. */
  sharedTitle?: string | null;
  publishedAt: string | null;
  entities: QueryEntity[];
  events?: EventFrame[];
  /** The article's own outlet: its name (in a dateline, a credit) says who reported, not what about. */
  publisher?: string | null;
  /** Epoch ms: windows never reach into the future. */
  now: number;
}

export interface QueryOptions {
  maxAnchors: number;
  maxContext: number;
  /** A second anchor joins only when it is at least this central relative to the first. */
  secondAnchorRatio: number;
  daysBefore: number;
  daysAfter: number;
  /** GDELT rejects very short keywords ("phrase is too short"). */
  minTermChars: number;
  /** Names longer than this are too specific to search for. */
  maxTermWords: number;
  titleBonus: number;
  linkedBonus: number;
  broadPlaceFactor: number;
  /** Places, names and phrases of the story's own event frames. */
  storyBoost: number;
  /** Names of events the article gives as background (the Cold War in a summit story). */
  backgroundFactor: number;
}

export const DEFAULT_QUERY_OPTIONS: QueryOptions = {
  maxAnchors: 2,
  maxContext: 3,
  secondAnchorRatio: 0.35,
  daysBefore: 3,
  daysAfter: 7,
  minTermChars: 3,
  maxTermWords: 5,
  titleBonus: 1.6,
  linkedBonus: 1.2,
  broadPlaceFactor: 0.25,
  storyBoost: 2,
  backgroundFactor: 0.3,
};

const TYPE_WEIGHT: Record<EntityType, number> = { person: 1, organization: 0.9, event: 0.8, place: 0.6, date: 0 };
const ACTORS = new Set<EntityType>(['person', 'organization']);
const BROAD = new Set(broad.names.map((n) => words(n).join(' ')));
const DAY = 86_400_000;

export function buildCoverageQuery(input: QueryInput, options: Partial<QueryOptions> = {}): CoverageQuery {
  const opts = { ...DEFAULT_QUERY_OPTIONS, ...options };
  let candidates = rankCandidates(input, opts);
  // Recognition found nothing usable (a language or layout it does not know): the headline's names still say
  // what the story is about. One anchor only, since these are guesses.
  const fromTitle = !candidates.length;
  if (fromTitle) {
    candidates = titleTerms(input.title, opts);
    if (!candidates.length && input.sharedTitle) candidates = titleTerms(input.sharedTitle, opts);
  }
  const anchors: QueryTerm[] = [];
  const actors = candidates.filter((c) => ACTORS.has(c.type));
  for (const c of actors.length ? actors : candidates) {
    if (anchors.length >= (fromTitle ? 1 : opts.maxAnchors)) break;
    if (anchors.length && c.weight < anchors[0]!.weight * opts.secondAnchorRatio) break;
    if (anchors.some((a) => overlaps(a, c))) continue;
    anchors.push({ ...c, anchor: true });
  }
  const context: QueryTerm[] = [];
  // Context is the story's event: where, what, which institutions. A secondary person rarely defines it.
  const contextOrder = [...candidates].sort((a, b) => contextWeight(b) - contextWeight(a));
  for (const c of contextOrder) {
    if (context.length >= (fromTitle ? Math.min(2, opts.maxContext) : opts.maxContext)) break;
    if (anchors.some((a) => a.key === c.key || overlaps(a, c)) || context.some((x) => overlaps(x, c))) continue;
    context.push({ ...c, anchor: false });
  }
  const terms = [...anchors, ...context];
  const window = windowFor(input.publishedAt, input.now, opts);
  const base = terms.length ? searchExpression(anchors, context) : null;
  return {
    terms,
    keywords: terms.map((t) => t.text),
    window,
    gdelt: base,
    googleNews: base ? `${base} after:${window.start} before:${addDays(window.end, 1)}` : null,
    entityKeys: [...new Set(input.entities.filter((e) => e.type !== 'date').flatMap(entityKeysOf))],
  };
}

/** Keys for the reader's history: the Wikidata id when linked, the normalized name, and a person's surname. */
export function entityKeysOf(entity: Pick<QueryEntity, 'type' | 'name' | 'qid' | 'label'>): string[] {
  const keys: string[] = [];
  if (entity.qid && /^Q\d+$/.test(entity.qid)) keys.push(entity.qid);
  const name = words(entity.label || entity.name).join(' ');
  if (name) keys.push(`${entity.type}:${name}`);
  const own = words(entity.name).join(' ');
  if (own && own !== name) keys.push(`${entity.type}:${own}`);
  const parts = words(entity.name);
  if (entity.type === 'person' && parts.length > 1 && parts.at(-1)!.length > 2) keys.push(`person:${parts.at(-1)}`);
  return keys;
}

function rankCandidates(input: QueryInput, opts: QueryOptions): QueryTerm[] {
  // The story's own events (not background ones) say which places and names the story is about.
  const story = (input.events ?? []).filter((e) => (e.kind ?? 'story') !== 'background');
  const background = (input.events ?? []).filter((e) => e.kind === 'background');
  const eventPlaces = new Set(story.flatMap((e) => e.where ?? []).map((p) => words(p).join(' ')));
  const storyNames = new Set(story.flatMap((e) => e.who ?? []).map((p) => words(p).join(' ')));
  const storyText = story.flatMap((e) => e.mentions.map((m) => ` ${words(m.text).join(' ')} `)).join('|');
  const backgroundText = background
    .flatMap((e) => [e.name, ...e.mentions.map((m) => m.text)])
    .map((t) => ` ${words(t).join(' ')} `)
    .join('|');
  const titles = [input.title ?? '', input.sharedTitle ?? ''].filter(Boolean);
  const seen = new Map<string, QueryTerm>();
  for (const entity of input.entities) {
    if (entity.type === 'date') continue;
    const text = sanitize(entity.label || entity.name);
    if (!usable(text, opts)) continue;
    const key = words(text).join(' ');
    if (isNewsOutlet(key, input.publisher)) continue;
    const aliases = [
      ...new Set([text, entity.name, ...entity.mentions.map((m) => m.text)].map(cleanText).filter((a) => a.length > 1)),
    ];
    let weight = (entity.salience ?? entity.mentions.length ?? 1) * TYPE_WEIGHT[entity.type];
    if (aliases.some((a) => titles.some((t) => containsWords(t, a)))) weight *= opts.titleBonus;
    if (entity.qid) weight *= opts.linkedBonus;
    // Where the story's event happens is specific to it, even when it is a country.
    if (eventPlaces.has(key)) weight *= opts.storyBoost;
    else if (entity.type === 'place' && BROAD.has(key)) weight *= opts.broadPlaceFactor;
    if (storyNames.has(key) || storyText.includes(` ${key} `)) weight *= opts.storyBoost;
    else if (backgroundText.includes(` ${key} `)) weight *= opts.backgroundFactor;
    const prior = seen.get(key);
    if (prior) {
      prior.weight += weight;
      prior.aliases = [...new Set([...prior.aliases, ...aliases])];
    } else {
      seen.set(key, { text, type: entity.type, aliases, anchor: false, weight, key });
    }
  }
  // Event frames are not searched by name: their names are descriptions or encyclopedia titles ("Putin–Xi
  // meeting", "Russian invasion of Ukraine") that other outlets' text rarely contains. They point at the places
  // (boosted above) and at the entities already listed.
  return [...seen.values()].sort((a, b) => b.weight - a.weight || a.text.localeCompare(b.text));
}

const TITLE_STOPWORDS = new Set(
  (
    'a an the and or but in on at to for of from by with as after before over under amid why how what who when where ' +
    'this that these those it its new live watch breaking exclusive opinion analysis update'
  ).split(' '),
);

/**
 * Runs of capitalized words in a headline ("Xi Jinping", "Samarkand"), longest first; the first word only when it is
 * not a common one.
 */
export function titleTerms(title: string, options: Partial<QueryOptions> = {}): QueryTerm[] {
  const opts = { ...DEFAULT_QUERY_OPTIONS, ...options };
  const tokens = sanitize(title).split(/\s+/).filter(Boolean);
  const runs: string[][] = [];
  let run: string[] = [];
  tokens.forEach((raw, i) => {
    const token = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const capitalized = /^\p{Lu}/u.test(token) && !(i === 0 && TITLE_STOPWORDS.has(token.toLowerCase()));
    if (capitalized && token) run.push(token);
    if (!capitalized || !token || /[,;:!?]$/.test(raw)) {
      if (run.length) runs.push(run);
      run = [];
    }
  });
  if (run.length) runs.push(run);
  // A title in Title Case capitalizes everything: then nothing here tells names apart.
  const capitalizedShare = tokens.filter((t) => /^\p{Lu}/u.test(t)).length / Math.max(1, tokens.length);
  if (capitalizedShare > 0.7 && tokens.length > 4) return [];
  const seen = new Set<string>();
  return (
    runs
      .map((r) => r.join(' '))
      .filter((text) => usable(text, opts) && !seen.has(text.toLowerCase()) && seen.add(text.toLowerCase()))
      // A headline's first word is capitalized anyway ("Talks between…"): alone, it is the weakest guess.
      .map((text, i) => {
        const opener = i === 0 && tokens[0]?.replace(/[^\p{L}\p{N}]+$/u, '') === text;
        const weight = (words(text).length + 1 / (i + 2)) * (opener ? 0.3 : 1);
        return {
          text,
          type: 'organization' as const,
          aliases: [text],
          anchor: false,
          weight,
          key: words(text).join(' '),
        };
      })
      .sort((a, b) => b.weight - a.weight)
  );
}

const WIRE_NAMES = new Set(wireServiceNames().map((n) => words(n).join(' ')));

/** The publisher or a wire service (a dateline, a credit line): searching for it finds its whole output. */
function isNewsOutlet(key: string, publisher: string | null | undefined): boolean {
  if (WIRE_NAMES.has(key)) return true;
  const own = publisher ? words(publisher).join(' ') : '';
  return !!own && (key === own || ` ${own} `.includes(` ${key} `) || ` ${key} `.includes(` ${own} `));
}

const contextWeight = (t: QueryTerm) => t.weight * (t.type === 'person' ? 0.5 : 1);

/** Whether one term's words contain the other's ("SCO summit" and "SCO"): searching both is redundant. */
function overlaps(a: QueryTerm, b: QueryTerm): boolean {
  const A = ` ${a.key} `;
  const B = ` ${b.key} `;
  return A.includes(B) || B.includes(A);
}

function searchExpression(anchors: QueryTerm[], context: QueryTerm[]): string {
  const parts = anchors.map((t) => quote(t.text));
  if (context.length === 1) parts.push(quote(context[0]!.text));
  // GDELT refuses parentheses around a single term, and OR outside parentheses.
  if (context.length > 1) parts.push(`(${context.map((t) => quote(t.text)).join(' OR ')})`);
  return parts.join(' ');
}

const quote = (text: string) => (/^[\p{L}\p{N}]+$/u.test(text) ? text : `"${text}"`);

/** Strips what search engines read as operators: quotes, parentheses, "field:" prefixes, a leading minus. */
function sanitize(text: string): string {
  return cleanText(text.replace(/["“”„()[\]{}<>:;|*~^\\]/g, ' ').replace(/(^|\s)[-+#@]+/g, '$1'));
}

function usable(text: string, opts: QueryOptions): boolean {
  const letters = text.replace(/[^\p{L}\p{N}]/gu, '');
  const count = words(text).length;
  return (
    letters.length >= opts.minTermChars &&
    count > 0 &&
    count <= opts.maxTermWords &&
    !/^(or|and|not|near\d*)$/i.test(text)
  );
}

function containsWords(text: string, phrase: string): boolean {
  const needle = words(phrase).join(' ');
  return !!needle && ` ${words(text).join(' ')} `.includes(` ${needle} `);
}

function windowFor(publishedAt: string | null, now: number, opts: QueryOptions): CoverageWindow {
  const published = publishedAt ? Date.parse(publishedAt) : NaN;
  const dated = Number.isFinite(published) && published <= now + DAY;
  const center = dated ? published : now;
  const end = Math.min(center + opts.daysAfter * DAY, now);
  return {
    start: isoDay(center - opts.daysBefore * DAY),
    end: isoDay(Math.max(end, center)),
    center: isoDay(center),
    dated,
  };
}

export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const addDays = (day: string, n: number) => isoDay(Date.parse(`${day}T00:00:00Z`) + n * DAY);
