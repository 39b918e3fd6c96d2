/**
 * The story's title and byline printed as body lines: pages often print the headline, "By Laura E. Adkins December 28,
 * 2016", "Paul WisemanFatima Hussein, The Associated Press" or a paper's author list above the story, in blocks the
 * body walk takes for paragraphs. The metadata already found the title, the byline and the authors, so a line near
 * the top that is the title or the byline, that opens with an author's name, or that is mostly authors' names, is
 * that header, not the story.
 */

export interface HeaderLineOptions {
  /** How many of the first paragraphs are looked at. */
  lead: number;
  /** Longer lines are story text whatever they start with (an author list is judged by its names instead). */
  maxChars: number;
  /** Share of a line's characters that authors' names must make up for it to be an author list. */
  namesShare: number;
}

export const DEFAULT_HEADER_LINE_OPTIONS: HeaderLineOptions = { lead: 3, maxChars: 120, namesShare: 0.5 };

export interface Header {
  title: string | null;
  byline: string | null;
  authors: string[];
  /** Lines the page's text printed as its header (headline, byline, date line): a paragraph made of them is header. */
  lines?: (string | null)[];
}

const BY = ['by ', 'von ', 'por ', 'par ', 'door ', 'di ', 'de '];
const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

export function withoutHeaderLines(
  paragraphs: string[],
  header: Header,
  options: Partial<HeaderLineOptions> = {},
): string[] {
  const opts = { ...DEFAULT_HEADER_LINE_OPTIONS, ...options };
  const names = header.authors.map(norm).filter((a) => a.length >= 4);
  const title = header.title ? norm(header.title) : '';
  const byline = header.byline ? norm(header.byline) : '';
  const lines = (header.lines ?? []).flatMap((l) => (l ? [norm(l)] : []));
  if (!names.length && !title && !byline && !lines.length) return paragraphs;
  return paragraphs.filter(
    (p, i) => i >= opts.lead || (!isHeaderLine(norm(p), title, byline, names, opts) && !madeOf(norm(p), lines)),
  );
}

/** The paragraph is nothing but the given lines (a header printed with single line breaks reads as one paragraph). */
function madeOf(paragraph: string, lines: string[]): boolean {
  if (!lines.length) return false;
  let rest = paragraph;
  for (const line of lines) rest = rest.replace(line, ' ');
  return !/[\p{L}\p{N}]/u.test(rest);
}

function isHeaderLine(line: string, title: string, byline: string, names: string[], opts: HeaderLineOptions): boolean {
  if (line === title || line === byline) return !!line;
  // An author list: two names or more, making up most of the line ("Havell Markus, Jun Zhao, Tania Contente-Cuomo,
  // ...").
  let found = 0;
  let nameChars = 0;
  for (const name of names) {
    if (!line.includes(name)) continue;
    found++;
    nameChars += name.length;
  }
  if (found >= 2 && nameChars >= line.length * opts.namesShare) return true;
  if (line.length > opts.maxChars) return false;
  const prefix = BY.find((b) => line.startsWith(b));
  const rest = prefix ? line.slice(prefix.length) : line;
  return names.some((name) => rest.startsWith(name));
}
