/**
 * `npx tsx bench/ner-borrowed.ts [--half tune|report] [--lang nl,pt] [--lenders de,en] [--max N] [--gates 0,0.5]`:
 * a proxy for languages without a pack. No labelled data exists for Swedish or Czech here, so each language that
 * has data is read AS IF it had no pack: through each other pack in borrowed mode (what
 * an article in a language without a pack gets (borrowedPack): the article-casing checks, numeric dates, the gate
 * at each of --gates, a name below it going to `unsure`), and
 * scored against (a) today's behaviour for such a language (nothing found: recall 0) and (b) its own pack.
 * The borrowing table (src/languages/borrowed-packs.ts) is chosen on the tune halves; quote the report halves.
 *
 * Scored as bench/ner-whole-sets.ts scores: a PER/ORG/LOC name counts when its characters are exactly a gold span's
 * and its type the gold type ("sure"). "found" also counts the unsure names (listed, looked up by the cards) whose
 * span is a gold span, of any type: what reaches the reader as a card or an "Also mentioned" name. Texts are the
 * sets' documents, or blocks of neighbouring sentences where none are marked (scripts/ner/multilingual.ts), so the
 * article-casing checks see some context. Russian has no Cyrillic lender to compare with and is left out.
 * Reads ../shared/data (or $BACKSTORY_DATA); skips, saying so, when it is absent.
 */
import type { Sentence } from '../scripts/ner/datasets';
import { recipeFor } from '../scripts/ner/recipes';
import { packFor } from '../src/languages/all';
import { borrowedPack } from '../src/languages/borrowed-packs';
import { prepareNerModel } from '../src/languages/pack-model';
import type { LanguagePack } from '../src/languages/types';
import { recognize } from '../src/pipeline/recognize';
import type { RecognizeOptions } from '../src/pipeline/recognize/recognize';
import { joinDocument } from './ner-whole-sets';

const TYPES = new Set(['person', 'organization', 'place']);
const LATIN = ['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt'];

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  /** Gold spans found as a sure or unsure name of any type, and all names listed. */
  found: number;
  listed: number;
}

/**
 * Counts at each borrowed-gate threshold in one pass: recognize() runs ungated and a name is sure at threshold t
 * when its confidence reaches t (as splitUnsure decides).
 */
function score(documents: readonly Sentence[][], options: RecognizeOptions, lang: string, at: number[]): Counts[] {
  const cs = at.map((): Counts => ({ tp: 0, fp: 0, fn: 0, found: 0, listed: 0 }));
  for (const sentences of documents) {
    const { text, gold } = joinDocument(sentences);
    const analysis = recognize(text, { lang }, { ...options, ...(options.pack?.borrowed ? { minConfidence: 0 } : {}) });
    const all = [...analysis.entities, ...(analysis.unsure ?? [])].filter((e) => TYPES.has(e.type));
    const any = new Set(all.flatMap((e) => e.mentions.map((m) => `${m.start}:${m.end}`)));
    const listed = all.reduce((n, e) => n + e.mentions.length, 0);
    at.forEach((t, i) => {
      const c = cs[i]!;
      const sure = new Set<string>();
      for (const e of all) {
        if (options.pack?.borrowed ? (e.confidence ?? 1) < t : e.unsure) continue;
        for (const m of e.mentions) {
          const key = `${m.start}:${m.end}`;
          if (gold.get(key) === e.type && !sure.has(key)) {
            c.tp++;
            sure.add(key);
          } else c.fp++;
        }
      }
      c.listed += listed;
      c.fn += [...gold.keys()].filter((k) => !sure.has(k)).length;
      c.found += [...gold.keys()].filter((k) => any.has(k)).length;
    });
  }
  return cs;
}

function line(label: string, c: Counts, gold: number): string {
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (gold || 1);
  const f = (2 * p * r) / (p + r || 1);
  const foundP = c.found / (c.listed || 1);
  return (
    `  ${label.padEnd(22)} sure P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f.toFixed(3)}` +
    ` | found (sure+unsure, any type) P ${foundP.toFixed(3)} R ${(c.found / (gold || 1)).toFixed(3)}`
  );
}

function byDocument(sentences: readonly Sentence[]): Sentence[][] {
  const docs = new Map<string, Sentence[]>();
  for (const s of sentences) docs.set(s.doc, [...(docs.get(s.doc) ?? []), s]);
  return [...docs.values()];
}

async function main(): Promise<void> {
  const half = argValue('--half') === 'report' ? 'report' : 'tune';
  const targets = (argValue('--lang') ?? LATIN.join(',')).split(',');
  const lenders = (argValue('--lenders') ?? LATIN.join(',')).split(',');
  const max = Number(argValue('--max') ?? 600);
  const thresholds = (argValue('--gates') ?? '0,0.5,0.7,0.9').split(',').map(Number);
  const packs = new Map<string, LanguagePack>();
  for (const code of new Set([...targets, ...lenders])) {
    await prepareNerModel(code);
    packs.set(code, packFor(code)!);
  }
  // Sure F1 per lender and gate, by set: compared over the sets every lender was scored on (none is its language).
  const f1s = new Map<string, Map<string, number>>();
  for (const lang of targets) {
    for (const set of recipeFor(lang).evals) {
      let sentences: Sentence[];
      try {
        sentences = set.load()[half].slice(0, max);
      } catch {
        console.log(`${lang} ${set.name}: no data (is ../shared there?); skipped.`);
        continue;
      }
      if (!sentences.length) {
        console.log(`${lang} ${set.name}: no ${half} half; skipped.`);
        continue;
      }
      const docs = byDocument(sentences);
      const gold = docs.reduce((n, d) => n + joinDocument(d).gold.size, 0);
      console.log(`${lang} ${set.name}, ${half} half (${sentences.length} sentences, ${gold} names):`);
      console.log(`  ${'(a) no pack (today)'.padEnd(22)} sure P -     R 0.000 F1 0.000 | found R 0.000`);
      console.log(line('(b) own pack', score(docs, { pack: packs.get(lang)! }, lang, [0])[0]!, gold));
      for (const lender of lenders) {
        if (lender === lang) continue;
        const cs = score(docs, { pack: borrowedPack(packs.get(lender)!) }, lang, thresholds);
        cs.forEach((c, i) => {
          const key = `${lender} gate ${thresholds[i]}`;
          console.log(line(`(c) ${key}`, c, gold));
          const p = c.tp / (c.tp + c.fp || 1);
          const r = c.tp / (gold || 1);
          f1s.set(key, (f1s.get(key) ?? new Map()).set(`${lang} ${set.name}`, (2 * p * r) / (p + r || 1)));
        });
      }
    }
  }
  const all = [...f1s.values()];
  const common = [...(all[0]?.keys() ?? [])].filter((set) => all.every((m) => m.has(set)));
  console.log(`mean sure F1 of each lender and gate over the ${common.length} sets no lender is the language of:`);
  const mean = (m: Map<string, number>) => avg(common.map((set) => m.get(set)!));
  for (const [key, m] of [...f1s].sort((a, b) => mean(b[1]) - mean(a[1])))
    console.log(`  ${key}: ${mean(m).toFixed(3)}`);
}

const avg = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);

await main();
