/**
 * Unlabeled modern English news text for the English word clusters (labels unused, never scored): the article text
 * of the extraction benchmarks in ../shared/data (newspaper's and newspaper4k's expected texts, the Zyte benchmark's
 * human article bodies, Readability's expected article HTML) and the TempEval-3 platinum documents. News-Fair, GUM
 * dev and every set a recipe is measured on stay out. Read in place, never copied.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../../src/pipeline/recognize/ner';
import { splitSentences } from '../../src/pipeline/recognize/ner/tokenize';
import { dataRoot, type Sentence } from './datasets';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Markup to text: block ends become line breaks (sentence ends for splitSentences), entities decoded. */
function textOfMarkup(markup: string): string {
  return markup
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/?(p|div|br|li|h\d|tr|section|article|blockquote)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#\d+|[a-z]+);/gi, (m, e: string) =>
      e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (ENTITIES[e.toLowerCase()] ?? m),
    );
}

function filesIn(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .sort()
    .map((f) => join(dir, f));
}

/** Every text, in a fixed order (the clusters are deterministic only if their input is). */
function newsTexts(): string[] {
  const root = dataRoot();
  const texts: string[] = [];
  const news = join(root, 'news-html');
  for (const f of filesIn(join(news, 'codelucas-newspaper', 'text'), '.txt')) texts.push(readFileSync(f, 'utf8'));
  for (const f of filesIn(join(news, 'newspaper4k', 'txt'), '.txt')) texts.push(readFileSync(f, 'utf8'));
  const aeb = join(root, 'article-bench', 'scrapinghub-aeb', 'ground-truth.json');
  if (existsSync(aeb)) {
    const truth = JSON.parse(readFileSync(aeb, 'utf8')) as Record<string, { articleBody?: string }>;
    for (const key of Object.keys(truth).sort()) texts.push(truth[key]!.articleBody ?? '');
  }
  const readability = join(root, 'readability-pages');
  if (existsSync(readability)) {
    for (const page of readdirSync(readability).sort()) {
      const file = join(readability, page, 'expected.html');
      if (existsSync(file)) texts.push(textOfMarkup(readFileSync(file, 'utf8')));
    }
  }
  const timeml = join(root, 'ner', 'tempeval3-platinum', 'te3-platinum-normalized');
  for (const f of filesIn(timeml, '.tml')) texts.push(textOfMarkup(readFileSync(f, 'utf8')));
  return texts;
}

/** The texts as tokenized sentences, tagged O (the tags are never read: clusters use the tokens only). */
export function unlabeledNews(): Sentence[] {
  const out: Sentence[] = [];
  newsTexts().forEach((text, d) => {
    const tokens = tokenize(text);
    for (const [a, b] of splitSentences(text, tokens)) {
      const words = tokens.slice(a, b).map((t) => t.text);
      out.push({ tokens: words, tags: words.map(() => 'O'), doc: `unlabeled-${d}` });
    }
  });
  return out;
}
