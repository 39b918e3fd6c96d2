/**
 * `npx tsx bench/gum-whole.ts [dev|train] [--min-confidence X]`: the whole analysis (recognize(), as the extension
 * runs it) on GUM documents, scored on person / organization / place names by exact character span and type. The
 * gold name is the capitalized run inside each named GUM mention, as in scripts/ner/datasets.ts. A second set, beside
 * News-Fair, on which rules over the tagger's output are checked before they are kept: GUM's genres (news,
 * interviews, travel guides, biographies, fiction…) are unlike the tagger's training news. Reads ../shared/data.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { type GumDoc, hasData, nameWithin, nerPath } from '../scripts/ner/datasets';
import { recognize } from '../src/pipeline/recognize';
import { tokenize } from '../src/pipeline/recognize/ner';

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

export function benchGumWhole(split: 'dev' | 'train' = 'dev', minConfidence?: number): void {
  const dir = nerPath('gum', 'json');
  if (!hasData(dir)) {
    console.log(`gum-whole: no GUM data at ${dir}; skipped.`);
    return;
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json.gz'))) {
    const doc = JSON.parse(gunzipSync(readFileSync(join(dir, file))).toString('utf8')) as GumDoc;
    if (doc.split !== split) continue;
    const gold = goldNames(doc);
    const found = new Set<string>();
    for (const e of recognize(doc.text, {}, { minConfidence }).entities) {
      if (!TYPES[e.type]) continue;
      for (const m of e.mentions) {
        const key = `${m.start}:${m.end}`;
        if (gold.get(key) === e.type && !found.has(key)) {
          tp++;
          found.add(key);
        } else fp++;
      }
    }
    fn += gold.size - found.size;
  }
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  console.log(
    `GUM ${split}, whole analysis: P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r || 1)).toFixed(3)} (tp ${tp} fp ${fp} fn ${fn})`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--min-confidence');
  benchGumWhole(process.argv[2] === 'train' ? 'train' : 'dev', at > 0 ? Number(process.argv[at + 1]) : undefined);
}
