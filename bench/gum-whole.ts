/**
 * `npx tsx bench/gum-whole.ts [dev|train] [--min-confidence X] [--min-one-word-confidence X] [--classes] [--errors]`: the whole analysis
 * (recognize(), as the extension runs it) on GUM documents, scored on person / organization / place names by exact
 * character span and type. The gold name is the capitalized run inside each named GUM mention, as in
 * scripts/ner/datasets.ts, one-word proper nouns included (readGumDoc). A second set, beside News-Fair, on which
 * rules over the tagger's output are checked before they are kept: GUM's genres (news, interviews, travel guides,
 * biographies, fiction…) are unlike the tagger's training news. --classes counts the wrong names by kind, --errors
 * lists every wrong and missed name in its context. Reads ../shared/data.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type GumDoc, hasData, nameWithin, nerPath, readGumDoc } from '../scripts/ner/datasets';
import { recognize } from '../src/pipeline/recognize';
import { tokenize } from '../src/pipeline/recognize/ner';
import type { RecognizeOptions } from '../src/pipeline/recognize/recognize';
import { gateArgs } from './min-confidence-arg';

const TYPES: Record<string, string> = { person: 'person', organization: 'organization', place: 'place' };

/** "start:end" → type of each gold name, by the character offsets of its first and last tokens. */
function goldNames(doc: GumDoc): Map<string, string> {
  const gold = new Map<string, string>();
  for (const m of doc.mentions) {
    if (!m.named || !TYPES[m.etype]) continue;
    const toks = tokenize(doc.text.slice(m.start, m.end));
    const [a, b] = nameWithin(
      toks.map((t) => t.text),
      0,
      toks.length,
    );
    if (a >= b) continue;
    gold.set(`${m.start + toks[a]!.start}:${m.start + toks[b - 1]!.end}`, TYPES[m.etype]!);
  }
  return gold;
}

/** Why a predicted mention is wrong, against GUM's mentions over it (named or not, any entity type). */
function fpClass(doc: GumDoc, gold: Map<string, string>, m: { start: number; end: number }, type: string): string {
  const key = `${m.start}:${m.end}`;
  if (gold.has(key)) return `wrong type (${type} for ${gold.get(key)})`;
  const golds = [...gold.keys()].map((k) => k.split(':').map(Number) as [number, number]);
  const over = golds.filter(([s, e]) => s < m.end && m.start < e);
  if (over.some(([s, e]) => s === m.start || e === m.end)) return 'wrong span, one end right';
  if (over.length) return 'wrong span, inside or across a name';
  const mention = doc.mentions.find((g) => g.start <= m.start && m.end <= g.end && g.named);
  if (mention) return `inside a named ${mention.etype} (${type})`;
  return `no named label (${type})`;
}

export function benchGumWhole(
  split: 'dev' | 'train' = 'dev',
  gates: Pick<RecognizeOptions, 'minConfidence' | 'minOneWordConfidence'> = {},
  errors?: string[],
): void {
  const dir = nerPath('gum', 'json');
  if (!hasData(dir)) {
    console.log(`gum-whole: no GUM data at ${dir}; skipped.`);
    return;
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const classes = new Map<string, number>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json.gz'))) {
    const doc = readGumDoc(join(dir, file), { oneWordNames: true });
    if (doc.split !== split) continue;
    const gold = goldNames(doc);
    const found = new Set<string>();
    const around = (s: number, e: number) =>
      `${doc.text.slice(Math.max(0, s - 50), s)}[[${doc.text.slice(s, e)}]]${doc.text.slice(e, e + 50)}`.replace(
        /\s+/g,
        ' ',
      );
    for (const e of recognize(doc.text, {}, gates).entities) {
      if (!TYPES[e.type]) continue;
      for (const m of e.mentions) {
        const key = `${m.start}:${m.end}`;
        if (gold.get(key) === e.type && !found.has(key)) {
          tp++;
          found.add(key);
        } else {
          fp++;
          const kind = fpClass(doc, gold, m, e.type);
          classes.set(kind, (classes.get(kind) ?? 0) + 1);
          errors?.push(`FP ${kind} | ${around(m.start, m.end)} [${doc.doc}]`);
        }
      }
    }
    fn += gold.size - found.size;
    for (const [key, type] of gold) {
      if (found.has(key)) continue;
      const [s, e] = key.split(':').map(Number) as [number, number];
      errors?.push(`FN ${type} | ${around(s, e)} [${doc.doc}]`);
    }
  }
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  console.log(
    `GUM ${split}, whole analysis: P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r || 1)).toFixed(3)} (tp ${tp} fp ${fp} fn ${fn})`,
  );
  if (process.argv.includes('--classes'))
    for (const [k, v] of [...classes].sort((x, y) => y[1] - x[1])) console.log(`  ${String(v).padStart(3)} ${k}`);
  if (errors) console.log(errors.sort().join('\n'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchGumWhole(
    process.argv[2] === 'train' ? 'train' : 'dev',
    gateArgs(process.argv),
    process.argv.includes('--errors') ? [] : undefined,
  );
}
