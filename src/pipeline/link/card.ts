/**
 * Card models: a linked card from a normalized Wikidata entity (+ its Wikipedia page and image), or an in-article
 * card from what the article alone says. Facts are evaluated as of the article's date.
 */
import type { Entity } from '../../shared/types';
import { formatTime, inForce, positionsAsOf, quantityAsOf, tenseOf, yearsBetween, compareDates } from './as-of';
import type {
  Card,
  CardAlternative,
  CardImage,
  Fact,
  ImageInfo,
  InArticle,
  LinkableType,
  LinkedEvent,
  WdEntity,
  WdStatement,
  WikiPage,
} from './types';
import { firstSentences } from './wikipedia-raw';
import { eventDateFact, eventWhenAsOf } from './event-when';

export interface CardInput {
  entity: Entity & { type: LinkableType };
  wd: WdEntity;
  /** Labels of the items the entity's statements point to. */
  labels: Record<string, string>;
  page: WikiPage | null;
  image: ImageInfo | null;
  asOf: string | null;
  /** The fallback edition, for an entity whose page edition is not known. */
  lang: string;
  /** Special:FilePath base, for images without imageinfo. */
  commonsFileBase: string;
  confidence: number | null;
  metonym?: boolean;
  alternatives: CardAlternative[];
  articleText?: string;
}

export const cardKey = (entity: Pick<Entity, 'type' | 'name'>) => `${entity.type}:${entity.name}`;

export function buildLinkedCard(input: CardInput): Card {
  const { entity, wd, labels, page, asOf } = input;
  const label = (id: string | undefined) => (id ? (labels[id] ?? null) : null);
  const facts: Fact[] = [];
  const add = (key: string, value: string | null | undefined) => value && facts.push({ key, value });
  const names = (statements: WdStatement[], max = 3) =>
    [...new Set(statements.map((s) => label(s.id)).filter((l): l is string => !!l))].slice(0, max).join(', ') || null;
  const c = wd.claims;
  let positions: Card['positions'] = [];

  switch (entity.type) {
    case 'person': {
      const born = c.P569?.[0]?.time;
      const died = c.P570?.[0]?.time;
      if (born) {
        const age =
          !died || (asOf && compareDates(died.date, asOf) > 0) ? (asOf ? yearsBetween(born, asOf) : null) : null;
        add('born', `${formatTime(born)}${age !== null ? ` (age ${age}${died ? ' at the time' : ''})` : ''}`);
      }
      if (died) {
        const aged = born ? yearsBetween(born, died.date) : null;
        const after = asOf && compareDates(died.date, asOf) > 0 ? ', after this article' : '';
        add('died', `${formatTime(died)}${aged !== null ? ` (aged ${aged})` : ''}${after}`);
      }
      add('nationality', names((c.P27 ?? []).filter((s) => tenseOf(s, asOf) !== 'future')));
      add('party', names(inForce(c.P102, asOf), 2));
      positions = positionsAsOf(c.P39, labels, asOf);
      if (!positions.length) add('occupation', names(c.P106 ?? [], 3));
      break;
    }
    case 'organization': {
      if (input.metonym) {
        add('country', names(c.P17 ?? c.P1376 ?? [], 1));
        break;
      }
      add('founded', formatTime(c.P571?.[0]?.time) || null);
      add('dissolved', formatTime(c.P576?.[0]?.time) || null);
      add('headquarters', names(inForce(c.P159, asOf), 1));
      add('leader', leader(c, asOf, label));
      add('country', names(c.P17 ?? c.P495 ?? [], 1));
      add('owner', names(inForce(c.P127, asOf), 2));
      add('parent', names(inForce(c.P749, asOf), 1));
      break;
    }
    case 'place': {
      add(
        'country',
        names(
          inForce(c.P17, asOf).filter((s) => s.id !== wd.id),
          1,
        ),
      );
      add('capital', names(inForce(c.P36, asOf), 1));
      const population = quantityAsOf(c.P1082, asOf);
      if (population?.amount !== undefined) {
        add(
          'population',
          `${Math.round(population.amount).toLocaleString('en-US')}${population.pointInTime ? ` (${formatTime(population.pointInTime)})` : ''}`,
        );
      }
      add('headOfState', names(inForce(c.P35, asOf), 1));
      add('headOfGovernment', names(inForce(c.P6, asOf), 1));
      break;
    }
    case 'event': {
      add('date', eventDateFact(wd, asOf));
      add('location', names(c.P276 ?? [], 2));
      add('participants', names(c.P710 ?? [], 5));
      add('partOf', names(c.P361 ?? [], 1));
      break;
    }
  }

  const coordinates = entity.type === 'place' || entity.type === 'event' ? (c.P625?.[0]?.coordinates ?? null) : null;
  return {
    key: cardKey(entity),
    type: entity.type,
    name: entity.name,
    status: 'linked',
    qid: wd.id,
    // The label, not the article title: "Andrey Denisov", not "Andrey Denisov (diplomat)".
    title: wd.label ?? (page && !page.missing ? page.title : entity.name),
    description: page?.description ?? wd.description,
    summary: firstSentences(page?.extract ?? null, 3),
    lang: page?.extract ? (wd.wikiLang ?? input.lang) : null,
    image: cardImage(input),
    facts,
    positions,
    coordinates,
    inArticle: inArticle(entity, input.articleText),
    alternatives: input.alternatives.filter((a) => a.qid !== wd.id),
    wikipediaUrl: wd.wikiTitle
      ? `https://${wd.wikiLang ?? input.lang}.wikipedia.org/wiki/${encodeURIComponent(wd.wikiTitle.replace(/ /g, '_'))}`
      : null,
    wikidataUrl: `https://www.wikidata.org/wiki/${wd.id}`,
    asOf,
    confidence: input.confidence,
    metonym: !!input.metonym,
    note: null,
    ...(entity.type === 'event' ? { event: linkedEvent(wd, asOf, label) } : {}),
  };
}

/** The item's time (only as known on the article's date) and places, for the article's event frame. */
function linkedEvent(wd: WdEntity, asOf: string | null, label: (id?: string) => string | null): LinkedEvent {
  const at = eventWhenAsOf(wd, asOf);
  const where = (wd.claims.P276 ?? []).map((s) => label(s.id)).filter((l): l is string => !!l);
  return {
    ...(at && !at.afterArticle ? { when: at.when, ...(at.whenMod ? { whenMod: at.whenMod } : {}) } : {}),
    where: [...new Set(where)].slice(0, 2),
  };
}

function leader(c: WdEntity['claims'], asOf: string | null, label: (id?: string) => string | null): string | null {
  for (const property of ['P169', 'P488', 'P1037']) {
    const held = inForce(c[property], asOf);
    const name = held.map((s) => label(s.id)).find(Boolean);
    if (name) {
      const since = held[0]?.start ? ` (since ${parseInt(held[0].start.date, 10)})` : '';
      return `${name}${since}`;
    }
  }
  return null;
}

function cardImage(input: CardInput): CardImage | null {
  if (input.image) {
    const { thumbUrl, pageUrl, license, licenseUrl, artist } = input.image;
    return { src: thumbUrl, pageUrl: pageUrl || null, license, licenseUrl, artist };
  }
  if (input.page?.thumbnail)
    return { src: input.page.thumbnail.source, pageUrl: null, license: null, licenseUrl: null, artist: null };
  const file = imageFile(input.wd, input.entity.type);
  if (!file) return null;
  return {
    src: `${input.commonsFileBase}${encodeURIComponent(file.replace(/ /g, '_'))}?width=320`,
    pageUrl: `https://commons.wikimedia.org/wiki/File:${encodeURIComponent(file.replace(/ /g, '_'))}`,
    license: null,
    licenseUrl: null,
    artist: null,
  };
}

/** The file a card shows: an organization's logo first, else the entity's image. */
export function imageFile(wd: WdEntity, type: LinkableType): string | null {
  const order = type === 'organization' ? ['P154', 'P18'] : ['P18', 'P154'];
  for (const p of order) {
    const file = wd.claims[p]?.find((s) => s.rank === 'preferred')?.file ?? wd.claims[p]?.[0]?.file;
    if (file) return file;
  }
  return null;
}

export interface InArticleCardOptions {
  asOf: string | null;
  status: 'nil' | 'degraded';
  note: string | null;
  alternatives?: CardAlternative[];
  articleText?: string;
}

/** A card from the article alone: never empty, whatever the network did. */
export function buildInArticleCard(entity: Entity & { type: LinkableType }, options: InArticleCardOptions): Card {
  return {
    key: cardKey(entity),
    type: entity.type,
    name: entity.name,
    status: options.status,
    qid: null,
    title: entity.name,
    description: entity.role ?? null,
    summary: null,
    image: null,
    facts: [],
    positions: [],
    coordinates: null,
    inArticle: inArticle(entity, options.articleText),
    alternatives: options.alternatives ?? [],
    wikipediaUrl: null,
    wikidataUrl: null,
    asOf: options.asOf,
    confidence: null,
    metonym: false,
    note: options.note,
  };
}

function inArticle(entity: Entity, text: string | undefined): InArticle {
  const first = entity.mentions[0];
  let firstMention: string | null = null;
  if (text && first && first.start >= 0 && first.end <= text.length) {
    const before = text.lastIndexOf('\n', first.start);
    const sentenceStart = Math.max(
      before + 1,
      lastSentenceEnd(text.slice(Math.max(0, before + 1), first.start)) + before + 1,
    );
    const after = text.slice(first.end).search(/[.!?](\s|$)|\n/);
    const end = after < 0 ? text.length : first.end + after + 1;
    firstMention = text.slice(sentenceStart, end).trim().slice(0, 300) || null;
  }
  return {
    role: entity.role ?? null,
    mentionCount: entity.mentions.length,
    quotes: (entity.quotes ?? []).slice(0, 3).map((q) => (q.length > 280 ? `${q.slice(0, 279)}…` : q)),
    firstMention,
    ...(entity.unsure ? { unsure: true as const } : {}),
  };
}

function lastSentenceEnd(text: string): number {
  const matches = [...text.matchAll(/[.!?]\s+(?=[A-Z"“])/g)];
  const last = matches[matches.length - 1];
  return last ? last.index + last[0].length : 0;
}
