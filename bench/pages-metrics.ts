/** Scoring for the pages benchmark: AEB shingle F1, and tolerant-but-exact comparisons of title, author and date. */

/** AEB's measure: F1 between the sets of lower-cased 4-token shingles of gold and predicted body text. */
export function shingleF1(gold: string, predicted: string, n = 4): number {
  const a = shingles(gold, n);
  const b = shingles(predicted, n);
  if (!a.size && !b.size) return 1;
  if (!a.size || !b.size) return 0;
  let common = 0;
  for (const s of b) if (a.has(s)) common++;
  if (!common) return 0;
  const precision = common / b.size;
  const recall = common / a.size;
  return (2 * precision * recall) / (precision + recall);
}

function shingles(text: string, n: number): Set<string> {
  const tokens = text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + n <= tokens.length; i++) out.add(tokens.slice(i, i + n).join(' '));
  if (!out.size && tokens.length) out.add(tokens.join(' '));
  return out;
}

const normalizeText = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201b`´]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

export function sameTitle(gold: string, ours: string | null | undefined): boolean {
  return !!ours && normalizeText(gold) === normalizeText(ours);
}

/** Author names as a set: "By A, B and C" = ["a", "b", "c"]. */
export function authorSet(text: string | string[] | null | undefined): string[] {
  if (!text) return [];
  const list = Array.isArray(text) ? text : text.split(/\s*(?:,|;|\band\b|&|·|\|)\s*/i);
  return [
    ...new Set(
      list
        .map((s) =>
          normalizeText(s)
            .replace(/^by\s+/, '')
            .trim(),
        )
        .filter(Boolean),
    ),
  ].sort();
}

export function sameAuthors(gold: string, ours: string | string[] | null | undefined): boolean {
  const a = authorSet(gold);
  const b = authorSet(ours);
  return a.length > 0 && a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Epoch ms of an ISO 8601 date-time ("2017-03-09 23:16:02.123456", "…+0000" too). One written without an offset names
 * no instant; it is read as UTC so that the score never depends on the time zone of the machine running the bench.
 */
export function instantOf(text: string): number {
  const s = text.trim();
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(s);
  if (!m) return Date.parse(s);
  const zone = !m[4] || /^z$/i.test(m[4]) ? 'Z' : `${m[4].slice(0, 3)}:${m[4].slice(-2)}`;
  return Date.parse(`${m[1]}T${m[2]}${(m[3] ?? '').slice(0, 4)}${zone}`);
}

/**
 * The same instant to the minute (gold files drop seconds or add milliseconds), whatever offset each side writes it
 * in. A date without a time (either side) matches when the other falls on that calendar day in some time zone
 * (UTC-12 to UTC+14).
 */
export function sameDate(gold: string, ours: string | null | undefined): boolean {
  if (!ours) return false;
  const dateOnly = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s.trim());
  if (dateOnly(gold) && dateOnly(ours)) return gold.trim() === ours.trim();
  if (dateOnly(gold) || dateOnly(ours)) {
    const [day, other] = dateOnly(gold) ? [gold, ours] : [ours, gold];
    const start = Date.parse(`${day.trim()}T00:00:00Z`);
    const t = instantOf(other);
    return !Number.isNaN(t) && t >= start - 14 * 36e5 && t < start + 24 * 36e5 + 12 * 36e5;
  }
  const a = instantOf(gold);
  const b = instantOf(ours);
  return !Number.isNaN(a) && !Number.isNaN(b) && Math.floor(a / 6e4) === Math.floor(b / 6e4);
}

/** Readability's own titles keep the outlet suffix ("Headline | eHow"); ours drops it by design. */
export function sameTitleIgnoringSuffix(gold: string, ours: string | null | undefined): boolean {
  if (!ours) return false;
  if (sameTitle(gold, ours)) return true;
  const g = normalizeText(gold);
  const o = normalizeText(ours);
  return g.startsWith(o) && /^\s*([|\-:_»·•]|::|\(|（)/.test(g.slice(o.length)) && g.length - o.length <= 60;
}

export function sameDay(gold: string, ours: string | null | undefined): boolean {
  if (!ours) return false;
  const a = instantOf(gold);
  const b = instantOf(ours);
  return ours.slice(0, 10) === gold.slice(0, 10) || (!Number.isNaN(a) && !Number.isNaN(b) && Math.abs(a - b) < 864e5);
}

export function quantile(values: number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export const mean = (values: number[]) => (values.length ? values.reduce((s, v) => s + v, 0) / values.length : NaN);

/**
 * The body starts with the gold's first words: its word sequence (past a two-word lead-in) within our first 80 words.
 * Chinese, Japanese and Korean characters count one by one: those scripts put no spaces between words, so a whole run
 * would be one "word", and the gold's run, cut off at its last character, could never equal ours.
 */
export function startsWithWords(firstWords: string, body: string | null | undefined): boolean {
  if (!body) return false;
  const words = (t: string) =>
    t
      .toLowerCase()
      .replace(/&#?\w+;/g, ' ')
      .match(
        /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])[\p{L}\p{N}])+/gu,
      ) ?? [];
  const gold = words(firstWords).slice(2, 10);
  if (gold.length < 3) return false;
  const ours = words(body.slice(0, 2_000)).slice(0, 80).join(' ');
  return ` ${ours} `.includes(` ${gold.join(' ')} `);
}
