/**
 * `npx tsx bench/ner-whole-sets.ts [--min-confidence X] [--min-one-word-confidence X] [--errors]`: the whole analysis (recognize(), as the
 * extension runs it, with its rules and gates after the tagger) on CoNLL-2003 valid (one text per news document) and
 * WNUT17 dev (one text per post). bench/ner-tune-sets.ts scores the tagger alone, so a rule after it shows here and
 * not there. Tokens are joined by spaces and sentences by line breaks; a PER/ORG/LOC mention counts when its
 * characters are exactly a gold span's tokens and its type is the gold type. the gates as in
 * min-confidence-arg.ts; --errors lists wrong and missed names. Reads ../shared/data (or $BACKSTORY_DATA).
 */
import { pathToFileURL } from 'node:url';
import { conllValid, hasData, nerPath, type Sentence, wnut17 } from '../scripts/ner/datasets';
import type { LanguagePack } from '../src/languages/types';
import { recognize } from '../src/pipeline/recognize';
import { spansFromTags } from '../src/pipeline/recognize/ner';
import type { RecognizeOptions } from '../src/pipeline/recognize/recognize';
import { gateArgs } from './min-confidence-arg';

type Gates = Pick<RecognizeOptions, 'minConfidence' | 'minOneWordConfidence'>;

const TYPES: Record<string, string> = { PER: 'person', ORG: 'organization', LOC: 'place' };

export interface WholeCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** One text from sentences, with each gold name as "start:end" character offsets → type. */
export function joinDocument(sentences: readonly Sentence[]) {
  let text = '';
  const gold = new Map<string, string>();
  for (const s of sentences) {
    const starts: number[] = [];
    const ends: number[] = [];
    for (const token of s.tokens) {
      if (starts.length) text += ' ';
      starts.push(text.length);
      text += token;
      ends.push(text.length);
    }
    text += '\n';
    for (const span of spansFromTags(s.tags))
      if (TYPES[span.type]) gold.set(`${starts[span.start]}:${ends[span.end - 1]}`, TYPES[span.type]!);
  }
  return { text, gold };
}

/** Scores recognize() on each group of sentences as one text; `errors`, when given, gets the wrong and missed names. */
export function scoreWhole(
  documents: readonly (readonly Sentence[])[],
  gates: Gates = {},
  errors?: string[],
  lang = 'en',
  pack?: LanguagePack,
): WholeCounts {
  const c: WholeCounts = { tp: 0, fp: 0, fn: 0 };
  for (const sentences of documents) {
    const { text, gold } = joinDocument(sentences);
    const found = new Set<string>();
    const around = (s: number, e: number) =>
      `${text.slice(Math.max(0, s - 40), s)}[[${text.slice(s, e)}]]${text.slice(e, e + 40)}`.replace(/\s+/g, ' ');
    for (const e of recognize(text, { lang }, { ...gates, pack }).entities) {
      if (!Object.values(TYPES).includes(e.type)) continue;
      for (const m of e.mentions) {
        const key = `${m.start}:${m.end}`;
        if (gold.get(key) === e.type && !found.has(key)) {
          c.tp++;
          found.add(key);
        } else {
          c.fp++;
          errors?.push(
            `FP ${e.type}${gold.has(key) ? ` for ${gold.get(key)}` : ''} ${e.confidence ?? ''} | ${around(m.start, m.end)}`,
          );
        }
      }
    }
    for (const [key, type] of gold) {
      if (found.has(key)) continue;
      c.fn++;
      const [s, e] = key.split(':').map(Number) as [number, number];
      errors?.push(`FN ${type} | ${around(s, e)}`);
    }
  }
  return c;
}

function byDocument(sentences: readonly Sentence[]): Sentence[][] {
  const docs = new Map<string, Sentence[]>();
  for (const s of sentences) docs.set(s.doc, [...(docs.get(s.doc) ?? []), s]);
  return [...docs.values()];
}

export function benchWholeSets(gates: Gates = {}, errors?: string[]): void {
  const sets: [string, string, () => Sentence[][]][] = [
    ['CoNLL-2003 valid', nerPath('conll2003', 'valid.txt'), () => byDocument(conllValid())],
    ['WNUT17 dev', nerPath('wnut17', 'emerging.dev.conll'), () => wnut17('dev').map((s) => [s])],
  ];
  for (const [name, file, load] of sets) {
    if (!hasData(file)) {
      console.log(`${name}, whole analysis: no data at ${file}; skipped.`);
      continue;
    }
    const c = scoreWhole(load(), gates, errors);
    const p = c.tp / (c.tp + c.fp || 1);
    const r = c.tp / (c.tp + c.fn || 1);
    const f = (2 * p * r) / (p + r || 1);
    console.log(
      `${name}, whole analysis: P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f.toFixed(3)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`,
    );
  }
  if (errors) console.log(errors.sort().join('\n'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  benchWholeSets(gateArgs(process.argv), process.argv.includes('--errors') ? [] : undefined);
