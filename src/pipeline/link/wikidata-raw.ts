/**
 * Raw Wikidata API JSON (wbgetentities, wbsearchentities) → normalized records. Everything from outside is
 * untrusted: wrong shapes become nulls and dropped statements, never exceptions.
 */
import type { SearchHit, WdEntity, WdStatement, WdTime } from './types';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const QID = /^[QP][1-9]\d{0,11}$/;

/** Properties whose statements cards and ranking use; the rest of a (large) entity is dropped at once. */
export const KEPT_PROPERTIES = [
  'P31',
  'P279',
  'P18',
  'P154',
  'P569',
  'P570',
  'P27',
  'P39',
  'P102',
  'P106',
  'P17',
  'P131',
  'P159',
  'P169',
  'P488',
  'P1037',
  'P35',
  'P6',
  'P36',
  'P571',
  'P576',
  'P1082',
  'P625',
  'P580',
  'P582',
  'P585',
  'P276',
  'P710',
  'P127',
  'P749',
  'P495',
  'P740',
  'P1448',
  'P30',
  'P37',
  'P38',
  'P150',
  'P361',
  'P463',
  'P47',
  'P1376',
  'P108',
  'P1001',
  // Official website: the coverage's outlet lookup takes an item for an outlet only when it is on the outlet's domain.
  'P856',
] as const;
const KEPT = new Set<string>(KEPT_PROPERTIES);

export interface EntitiesReply {
  entities: WdEntity[];
  /** Ids the API said do not exist. */
  missing: string[];
  /** Requested id → id it redirects to (merged items). */
  redirects: Record<string, string>;
}

/**
 * `langs`: the card's languages in order (the first with a label, description or Wikipedia page wins), e.g.
 * ['de', 'en'] for a German article.
 */
export function normalizeEntities(raw: unknown, langs: string | readonly string[] = 'en'): EntitiesReply {
  const order = typeof langs === 'string' ? [langs] : langs.length ? langs : ['en'];
  const out: EntitiesReply = { entities: [], missing: [], redirects: {} };
  if (!isObj(raw) || !isObj(raw.entities)) return out;
  for (const [requested, value] of Object.entries(raw.entities)) {
    if (!isObj(value)) continue;
    const id = str(value.id);
    if (value.missing !== undefined || !id || !QID.test(id)) {
      if (QID.test(requested)) out.missing.push(requested);
      continue;
    }
    if (id !== requested && QID.test(requested)) out.redirects[requested] = id;
    out.entities.push(normalizeEntity(value, id, order));
  }
  return out;
}

function normalizeEntity(value: Obj, id: string, langs: readonly string[]): WdEntity {
  const claims: Record<string, WdStatement[]> = {};
  if (isObj(value.claims)) {
    for (const [property, list] of Object.entries(value.claims)) {
      if (!KEPT.has(property) || !Array.isArray(list)) continue;
      const statements = list.map(normalizeStatement).filter((s): s is WdStatement => !!s && s.rank !== 'deprecated');
      if (statements.length) claims[property] = statements;
    }
  }
  const sitelinks = isObj(value.sitelinks) ? value.sitelinks : {};
  const wiki = sitelinkIn(sitelinks, langs);
  return {
    id,
    label: firstValue(value.labels, langs),
    description: firstValue(value.descriptions, langs),
    aliases: langs.flatMap((lang) =>
      isObj(value.aliases) && Array.isArray(value.aliases[lang])
        ? (value.aliases[lang] as unknown[])
            .map((a) => (isObj(a) ? str(a.value) : null))
            .filter((a): a is string => !!a)
        : [],
    ),
    claims,
    wikiTitle: wiki?.title ?? null,
    wikiLang: wiki?.lang ?? null,
    sitelinkCount: Object.keys(sitelinks).filter(
      (k) => k.endsWith('wiki') && k !== 'commonswiki' && k !== 'specieswiki',
    ).length,
  };
}

/** The first of the languages' Wikipedia pages the item has ("dewiki", else "enwiki"). */
function sitelinkIn(sitelinks: Obj, langs: readonly string[]): { title: string; lang: string } | null {
  for (const lang of langs) {
    const link = sitelinks[`${lang.replace(/-/g, '_')}wiki`];
    const title = isObj(link) ? str(link.title) : null;
    if (title) return { title, lang };
  }
  return null;
}

/** The value in the first language that has one; the language-neutral "mul" only after all of them. */
function firstValue(map: unknown, langs: readonly string[]): string | null {
  if (!isObj(map)) return null;
  for (const lang of [...langs, 'mul']) {
    const entry = map[lang] ?? map[lang.split('-')[0]!];
    const value = isObj(entry) ? str(entry.value) : null;
    if (value) return value;
  }
  return null;
}

function normalizeStatement(raw: unknown): WdStatement | null {
  if (!isObj(raw)) return null;
  const rank = raw.rank === 'preferred' || raw.rank === 'deprecated' ? raw.rank : 'normal';
  const main = snakValue(raw.mainsnak);
  if (!main) return null;
  const statement: WdStatement = { ...main, rank };
  const qualifiers = isObj(raw.qualifiers) ? raw.qualifiers : {};
  const firstTime = (p: string) =>
    Array.isArray(qualifiers[p]) ? (qualifiers[p] as unknown[]).map(snakValue).find((v) => v?.time)?.time : undefined;
  const firstItem = (p: string) =>
    Array.isArray(qualifiers[p]) ? (qualifiers[p] as unknown[]).map(snakValue).find((v) => v?.id)?.id : undefined;
  const start = firstTime('P580');
  const end = firstTime('P582');
  const point = firstTime('P585');
  const of = firstItem('P642') ?? firstItem('P1001');
  if (start) statement.start = start;
  if (end) statement.end = end;
  if (point) statement.pointInTime = point;
  if (of) statement.of = of;
  return statement;
}

type SnakValue = Omit<WdStatement, 'rank'>;

function snakValue(snak: unknown): SnakValue | null {
  if (!isObj(snak) || snak.snaktype !== 'value' || !isObj(snak.datavalue)) return null;
  const { type, value } = snak.datavalue;
  switch (type) {
    case 'wikibase-entityid': {
      const id = isObj(value)
        ? (str(value.id) ?? (typeof value['numeric-id'] === 'number' ? `Q${value['numeric-id']}` : null))
        : null;
      return id && QID.test(id) ? { id } : null;
    }
    case 'time': {
      const time = isObj(value) ? parseTime(value.time, value.precision) : null;
      return time ? { time } : null;
    }
    case 'quantity': {
      const amount = isObj(value) ? Number(str(value.amount)) : NaN;
      return Number.isFinite(amount) ? { amount } : null;
    }
    case 'globecoordinate': {
      if (!isObj(value)) return null;
      const { latitude: lat, longitude: lon } = value;
      return typeof lat === 'number' && typeof lon === 'number' && Math.abs(lat) <= 90 && Math.abs(lon) <= 180
        ? { coordinates: { lat, lon } }
        : null;
    }
    case 'string': {
      const text = str(value);
      if (!text) return null;
      return snak.datatype === 'commonsMedia' ? { file: text } : { text };
    }
    case 'monolingualtext':
      return isObj(value) && str(value.text) ? { text: str(value.text)! } : null;
    default:
      return null;
  }
}

/** "+1952-10-07T00:00:00Z" with precision 11 → {date: "1952-10-07", precision: 11}. Month/day "00" are unknown. */
export function parseTime(time: unknown, precision: unknown): WdTime | null {
  const m = typeof time === 'string' ? /^([+-])(\d{1,16})-(\d{2})-(\d{2})T/.exec(time) : null;
  if (!m) return null;
  const p = typeof precision === 'number' && precision >= 0 && precision <= 14 ? precision : 11;
  const year = `${m[1] === '-' ? '-' : ''}${m[2]!.replace(/^0+(?=\d{4})/, '').padStart(4, '0')}`;
  if (p <= 9 || m[3] === '00') return { date: year, precision: Math.min(p, 9) };
  if (p === 10 || m[4] === '00') return { date: `${year}-${m[3]}`, precision: 10 };
  return { date: `${year}-${m[3]}-${m[4]}`, precision: 11 };
}

export function normalizeSearch(raw: unknown): SearchHit[] {
  if (!isObj(raw) || !Array.isArray(raw.search)) return [];
  return raw.search
    .map((hit): SearchHit | null => {
      if (!isObj(hit)) return null;
      const id = str(hit.id);
      if (!id || !/^Q\d+$/.test(id)) return null;
      const matchType = isObj(hit.match) ? hit.match.type : null;
      return {
        id,
        label: str(hit.label) ?? id,
        description: str(hit.description),
        matchType: matchType === 'label' || matchType === 'alias' ? matchType : 'other',
      };
    })
    .filter((h): h is SearchHit => !!h);
}

/** The API's own error object ({error: {code, info}}) or null. */
export function apiError(raw: unknown): string | null {
  if (!isObj(raw) || !isObj(raw.error)) return null;
  return `${str(raw.error.code) ?? 'error'}: ${str(raw.error.info) ?? ''}`.trim();
}
