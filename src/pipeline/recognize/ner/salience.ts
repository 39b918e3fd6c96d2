/**
 * How central an entity is to the story: its mentions, weighted up in the lead (first paragraph, opening
 * sentences) and when the headline names it. Scaled so the most salient entity of the article scores 1.
 */
export interface SalienceOptions {
  /** Characters that count as the lead when the first paragraph is longer. */
  leadChars?: number;
  leadWeight?: number;
  titleWeight?: number;
}

export interface SalienceInput {
  names: string[];
  mentions: { start: number }[];
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Scripts whose words take glued prefixes or particles ("لبوتين", "시진핑과"): a title word is no whole name there. */
const GLUED = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Hangul}]/u;

export function salience(
  items: readonly SalienceInput[],
  text: string,
  title = '',
  options: SalienceOptions = {},
): number[] {
  const { leadChars = 400, leadWeight = 1, titleWeight = 3 } = options;
  const firstBreak = text.search(/\n\s*\S/);
  const lead = firstBreak > 0 ? Math.min(firstBreak, leadChars) : leadChars;
  const titleWords = new Set(
    title
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1),
  );
  const raw = items.map((it) => {
    let s = 0;
    for (const m of it.mentions) s += 1 + (m.start < lead ? leadWeight : 0);
    const inTitle = it.names.some((n) => {
      // Japanese and Chinese titles have no spaces to split into words: the name is in the title as written.
      if (CJK.test(n) || GLUED.test(n)) return title.includes(n);
      const ws = n
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length > 1);
      return ws.length > 0 && ws.some((w) => titleWords.has(w) && /\p{L}/u.test(w));
    });
    if (inTitle) s += titleWeight;
    const first = Math.min(...it.mentions.map((m) => m.start));
    if (Number.isFinite(first) && text.length) s += 1 - first / text.length;
    return s;
  });
  const max = Math.max(0, ...raw);
  return raw.map((s) => (max ? Math.round((s / max) * 1000) / 1000 : 0));
}
