/**
 * `npx tsx bench/news-fair-split.ts [tune|report|all] [--errors] [--classes] [--min-confidence X]
 * [--min-one-word-confidence X]` (the gates as in min-confidence-arg.ts): person / organization / place mentions of
 * the whole analysis (recognize(), as the extension runs it) on News-Fair v2 dev, scored as its SOURCE.txt describes: inside
 * each article's evaluation span, exact span and type against labels whose text is a name; predictions over labels
 * of type OTHER are not judged; a prediction over a label of another type is wrong. Split once by article order:
 * the first 20 articles tune, the last 20 report. Reads ../shared/data (or $BACKSTORY_DATA); skips when absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recognize } from '../src/pipeline/recognize';
import { gateArgs } from './min-confidence-arg';

const DATA = process.env.BACKSTORY_DATA ?? join(process.cwd(), '..', '..', 'shared', 'data');
const FILE = join(DATA, 'ner', 'news-fair', 'news-fair-v2-dev.jsonl');
const TYPE_OF: Record<string, string> = { Q215627: 'person', Q43229: 'organization', Q27096213: 'place' };
const PRONOUN = /^(?:i|me|my|mine|you|your|he|him|his|she|her|hers|it|its|we|us|our|they|them|their|theirs)$/i;

interface Label {
  span: [number, number];
  type: string;
  coref?: boolean;
}
interface Doc {
  id: number;
  title: string;
  text: string;
  evaluation_span: [number, number];
  labels: Label[];
}

const typesOf = (l: Label) =>
  l.type
    .split('|')
    .map((t) => TYPE_OF[t])
    .filter(Boolean) as string[];
const isName = (text: string) =>
  /^\p{Lu}/u.test(text) && !PRONOUN.test(text) && !/^(?:The|This|That)\s+\p{Ll}/u.test(text);

/** False positives by kind, over every article scored (no names: safe to print for the report half). */
const classes = new Map<string, number>();
const gates = gateArgs(process.argv);

function fpClass(gold: string[] | undefined, over: Label[], m: { start: number; end: number }, type: string): string {
  if (gold) return `wrong type (${type} for ${gold.join('|')})`;
  const named = over.filter((l) => typesOf(l).length);
  if (named.some((l) => l.span[0] === m.start || l.span[1] === m.end)) return 'wrong span, one end right';
  if (named.length) return 'wrong span, inside or across a name';
  if (over.some((l) => l.type !== 'OTHER')) return `over a label of another type (${type})`;
  return `no label (${type})`;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export function scoreDoc(doc: Doc, errors: string[] | null): Counts {
  const [a, b] = doc.evaluation_span;
  const inside = (s: number, e: number) => s >= a && e <= b;
  const date = /^(\d{4})(\d{2})(\d{2})/.exec(doc.title);
  const analysis = recognize(
    doc.text,
    { title: doc.text.split('\n')[0], publishedAt: date ? `${date[1]}-${date[2]}-${date[3]}` : null },
    gates,
  );
  const gold = new Map<string, string[]>();
  const labels = doc.labels.filter((l) => inside(l.span[0], l.span[1]));
  for (const l of labels) {
    const text = doc.text.slice(l.span[0], l.span[1]);
    if (typesOf(l).length && isName(text)) gold.set(`${l.span[0]}:${l.span[1]}`, typesOf(l));
  }
  const c: Counts = { tp: 0, fp: 0, fn: 0 };
  const found = new Set<string>();
  for (const e of analysis.entities) {
    if (e.type !== 'person' && e.type !== 'organization' && e.type !== 'place') continue;
    for (const m of e.mentions) {
      if (!inside(m.start, m.end)) continue;
      const key = `${m.start}:${m.end}`;
      const g = gold.get(key);
      if (g?.includes(e.type)) {
        c.tp++;
        found.add(key);
        continue;
      }
      const over = labels.filter((l) => l.span[0] < m.end && m.start < l.span[1]);
      if (!g && over.length && over.every((l) => l.type === 'OTHER')) continue;
      c.fp++;
      classes.set(fpClass(g, over, m, e.type), (classes.get(fpClass(g, over, m, e.type)) ?? 0) + 1);
      errors?.push(`FP ${e.type.padEnd(12)} ${JSON.stringify(m.text)}${g ? ` (gold ${g.join('|')})` : ''} [${doc.id}]`);
    }
  }
  for (const [key, types] of gold) {
    if (found.has(key)) continue;
    c.fn++;
    const [s, e] = key.split(':').map(Number);
    errors?.push(`FN ${types.join('|').padEnd(12)} ${JSON.stringify(doc.text.slice(s, e))} [${doc.id}]`);
  }
  return c;
}

function main(): void {
  if (!existsSync(FILE)) {
    console.log(`news-fair: no data at ${FILE} (set BACKSTORY_DATA); skipped.`);
    return;
  }
  const part = process.argv[2] ?? 'all';
  const docs = readFileSync(FILE, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Doc);
  const half = Math.floor(docs.length / 2);
  const parts: [string, Doc[]][] = [
    ['tune', docs.slice(0, half)],
    ['report', docs.slice(half)],
  ];
  const errors = process.argv.includes('--errors') ? ([] as string[]) : null;
  for (const [name, set] of parts) {
    if (part !== 'all' && part !== name) continue;
    const t: Counts = { tp: 0, fp: 0, fn: 0 };
    for (const d of set) {
      const c = scoreDoc(d, errors);
      t.tp += c.tp;
      t.fp += c.fp;
      t.fn += c.fn;
    }
    const p = t.tp / (t.tp + t.fp || 1);
    const r = t.tp / (t.tp + t.fn || 1);
    const f = (2 * p * r) / (p + r || 1);
    console.log(
      `News-Fair dev ${name} (${set.length} articles): P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f.toFixed(3)} (tp ${t.tp} fp ${t.fp} fn ${t.fn})`,
    );
    if (process.argv.includes('--classes'))
      for (const [k, v] of [...classes].sort((x, y) => y[1] - x[1])) console.log(`  ${String(v).padStart(3)} ${k}`);
    classes.clear();
  }
  if (errors) console.log(errors.sort().join('\n'));
}

main();
