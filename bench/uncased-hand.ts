/**
 * The hand-written texts for the packs of scripts without capitals (bench/uncased-hand/texts.json), read as
 * `npm run analyze` reads an article published on 2022-09-07: per language, names right / output / expected (exact
 * name and type) and the expected date expressions found. The figures are the author's texts and key: a rough
 * check, not a benchmark (docs/ner-model-card.md).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { packFor } from '../src/languages/all';
import { analyzeArticle } from '../src/pipeline/recognize';

interface Text {
  reading: string;
  title: string;
  text: string;
  expected: Record<'person' | 'organization' | 'place' | 'date', string[]>;
}

const TEXTS = JSON.parse(readFileSync(resolve(import.meta.dirname, 'uncased-hand/texts.json'), 'utf8')) as Record<
  string,
  Text
>;

const totals = new Map<string, { right: number; output: number; expected: number; dates: number; allDates: number }>();
for (const [id, t] of Object.entries(TEXTS)) {
  const lang = id.slice(0, 2);
  const analysis = analyzeArticle(
    {
      title: t.title,
      byline: null,
      authors: [],
      publisher: null,
      publishedAt: '2022-09-07',
      lang,
      url: `https://news.example/${id}`,
      text: t.text,
      relatedLinks: [],
    },
    packFor,
  );
  const names = analysis.entities.filter((e) => e.type !== 'date').map((e) => `${e.type}:${e.name}`);
  const want = new Set(
    (['person', 'organization', 'place'] as const).flatMap((type) => t.expected[type].map((n) => `${type}:${n}`)),
  );
  const dates = analysis.entities.filter((e) => e.type === 'date').flatMap((e) => e.mentions.map((m) => m.text));
  const total = totals.get(lang) ?? { right: 0, output: 0, expected: 0, dates: 0, allDates: 0 };
  total.right += names.filter((n) => want.has(n)).length;
  total.output += names.length;
  total.expected += want.size;
  total.dates += t.expected.date.filter((d) => dates.some((found) => found.includes(d))).length;
  total.allDates += t.expected.date.length;
  totals.set(lang, total);
  const wrong = names.filter((n) => !want.has(n));
  const missed = [...want].filter((n) => !names.includes(n));
  console.log(`${id}: wrong ${JSON.stringify(wrong)} missed ${JSON.stringify(missed)}`);
}
for (const [lang, t] of totals)
  console.log(
    `${lang}: names ${t.right} right / ${t.output} output / ${t.expected} expected; dates found ${t.dates} / ${t.allDates}`,
  );
