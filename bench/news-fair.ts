/**
 * News-Fair v2 dev (../shared/data/ner/news-fair, 40 modern English news articles with exhaustive labels; scored,
 * never trained on) through the whole analysis (recognize(): tagger, repairs, propagation, grouping), scored as its
 * SOURCE.txt describes: person / organization / place mentions inside each article's evaluation span against the
 * labels of those types whose text is a name, exact span and type; a label with several types accepts any of them;
 * predictions over OTHER labels are not judged; a prediction over a label of another type counts as wrong.
 */
import { existsSync, readFileSync } from 'node:fs';
import { nerPath } from '../scripts/ner/datasets';
import { f1, type Counts } from '../scripts/ner/span-f1';
import { analyzeArticle } from '../src/pipeline/recognize';
import type { Article } from '../src/shared/types';

interface Label {
  span: [number, number];
  type: string;
}
interface NewsFairArticle {
  id: number;
  title: string;
  text: string;
  evaluation_span: [number, number];
  labels: Label[];
}

const WIKIDATA_TYPES: Record<string, string> = { Q215627: 'person', Q43229: 'organization', Q27096213: 'place' };
const DETERMINER = /^(?:the|a|an|his|her|its|their|our|my|your|this|that)\s+/i;
const PRONOUN = /^(?:I|he|she|it|they|we|you|him|her|them|us|me|his|hers|its|their|theirs|our|ours|my|mine|your)$/i;

export const newsFairPath = () => nerPath('news-fair', 'news-fair-v2-dev.jsonl');

/** A label's text is a name when, past a determiner, it starts with a capital and is not a pronoun. */
export function isNameText(text: string): boolean {
  const rest = text.trim().replace(DETERMINER, '');
  return /^\p{Lu}/u.test(rest) && !PRONOUN.test(rest);
}

const typesOf = (label: Label) => label.type.split('|').map((t) => WIKIDATA_TYPES[t] ?? t);

/** Counts for one article. */
export function scoreArticle(
  article: NewsFairArticle,
  predicted: { type: string; start: number; end: number }[],
): Counts {
  const [from, to] = article.evaluation_span;
  const inside = (s: number, e: number) => s >= from && e <= to;
  const labels = article.labels.filter((l) => inside(l.span[0], l.span[1]));
  const judged = labels.filter((l) => l.type !== 'OTHER');
  const gold = judged.filter(
    (l) => typesOf(l).some((t) => t in REVERSE) && isNameText(article.text.slice(l.span[0], l.span[1])),
  );
  const counts = { tp: 0, fp: 0, fn: 0 };
  const found = new Set<Label>();
  for (const p of predicted) {
    if (!inside(p.start, p.end)) continue;
    const exact = judged.find((l) => l.span[0] === p.start && l.span[1] === p.end);
    if (exact && gold.includes(exact) && typesOf(exact).includes(p.type)) {
      counts.tp++;
      found.add(exact);
      continue;
    }
    const overlapsOther = labels.some((l) => l.type === 'OTHER' && l.span[0] < p.end && p.start < l.span[1]);
    const overlapsJudged = judged.some((l) => l.span[0] < p.end && p.start < l.span[1]);
    if (overlapsOther && !overlapsJudged) continue;
    counts.fp++;
  }
  counts.fn = gold.filter((l) => !found.has(l)).length;
  return counts;
}
const REVERSE = { person: 1, organization: 1, place: 1 };

/** The article as the CLI analyses a text file; the title's leading YYYYMMDD gives the publication date. */
function articleOf(row: NewsFairArticle): Article {
  const date = /^(\d{4})(\d{2})(\d{2})\b/.exec(row.title);
  return {
    title: '',
    byline: null,
    authors: [],
    publisher: null,
    publishedAt: date ? `${date[1]}-${date[2]}-${date[3]}` : null,
    lang: null,
    url: `https://example.org/news-fair/${row.id}`,
    text: row.text,
    relatedLinks: [],
  };
}

export function benchNewsFair(): void {
  const path = newsFairPath();
  if (!existsSync(path)) {
    console.log(`\nNews-Fair v2 dev: no data at ${path}; skipped.`);
    return;
  }
  const rows = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as NewsFairArticle);
  const sum = { tp: 0, fp: 0, fn: 0 };
  const t0 = performance.now();
  for (const row of rows) {
    const { entities } = analyzeArticle(articleOf(row));
    const predicted = entities
      .filter((e) => e.type in REVERSE)
      .flatMap((e) => e.mentions.map((m) => ({ type: e.type, start: m.start, end: m.end })));
    const c = scoreArticle(row, predicted);
    sum.tp += c.tp;
    sum.fp += c.fp;
    sum.fn += c.fn;
  }
  const ms = performance.now() - t0;
  const s = f1(sum);
  console.log(
    `\nNews-Fair v2 dev (${rows.length} articles, whole analysis, person/organization/place names in the evaluation ` +
      `spans, exact span and type): P ${s.p.toFixed(3)} / R ${s.r.toFixed(3)} / F1 ${s.f1.toFixed(3)} ` +
      `(tp ${sum.tp}, fp ${sum.fp}, fn ${sum.fn}); goal P ≥ 0.90 at R ≥ 0.80; ${ms.toFixed(0)} ms`,
  );
}
