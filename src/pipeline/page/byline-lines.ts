/**
 * The byline as a body line: pages often print "By Laura E. Adkins December 28, 2016" or "Paul WisemanFatima Hussein,
 * The Associated Press" above the story, in a block the body walk takes for a paragraph. The metadata already found
 * the byline and the authors, so a short line near the top that is the byline, or that opens with an author's name,
 * is that block, not the story.
 */

export interface BylineLineOptions {
  /** How many of the first paragraphs are looked at. */
  lead: number;
  /** Longer lines are story text whatever they start with. */
  maxChars: number;
}

export const DEFAULT_BYLINE_LINE_OPTIONS: BylineLineOptions = { lead: 3, maxChars: 120 };

const BY = ['by ', 'von ', 'por ', 'par ', 'door ', 'di ', 'de '];

export function withoutBylineLines(paragraphs: string[], byline: string | null, authors: string[],
  options: Partial<BylineLineOptions> = {}): string[] {
  const opts = { ...DEFAULT_BYLINE_LINE_OPTIONS, ...options };
  const names = authors.map((a) => a.trim().toLowerCase()).filter((a) => a.length >= 4);
  const by = byline?.replace(/\s+/g, ' ').trim().toLowerCase() ?? '';
  if (!names.length && !by) return paragraphs;
  return paragraphs.filter((p, i) => {
    if (i >= opts.lead || p.length > opts.maxChars) return true;
    const lower = p.replace(/\s+/g, ' ').trim().toLowerCase();
    if (by && lower === by) return false;
    const prefix = BY.find((b) => lower.startsWith(b));
    const rest = prefix ? lower.slice(prefix.length) : lower;
    return !names.some((name) => rest.startsWith(name));
  });
}
