/**
 * The article's standfirst (dek): the one- or two-sentence summary a page declares in JSON-LD `description`,
 * og:description, twitter:description or the description meta tag. The popup shows it when no story line can be
 * trusted, so only a real sentence about this article passes: not the title again, not a stub, not a site slogan.
 */
import { clean } from './title';

export interface StandfirstOptions {
  minChars: number;
  maxChars: number;
}

const DEFAULTS: StandfirstOptions = { minChars: 40, maxChars: 300 };

export function pickStandfirst(
  candidates: readonly (string | null | undefined)[],
  title: string,
  publisher: string | null,
  options: Partial<StandfirstOptions> = {},
): string | null {
  const { minChars, maxChars } = { ...DEFAULTS, ...options };
  for (const raw of candidates) {
    const text = clean(raw ?? '');
    if (text.length < minChars || same(text, title)) continue;
    // "The latest news from Fox News": a description of the site, not of the article.
    if (publisher && text.toLowerCase().includes(publisher.toLowerCase()) && !/[.!?]["”’]?\s+\S/.test(text)) continue;
    return text.length <= maxChars ? text : `${text.slice(0, text.lastIndexOf(' ', maxChars - 1))}…`;
  }
  return null;
}

const same = (a: string, b: string) => a.toLowerCase().replace(/\W+/g, '') === b.toLowerCase().replace(/\W+/g, '');
