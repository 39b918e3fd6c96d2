import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { type GumDoc, nerPath } from '../scripts/ner/datasets';
import { recognize } from '../src/pipeline/recognize';
const dir = nerPath('gum', 'json');
let n = 0;
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.json.gz'))
  .slice(0, 400)) {
  const doc = JSON.parse(gunzipSync(readFileSync(join(dir, file))).toString('utf8')) as GumDoc;
  if (doc.split !== 'dev' || n > 3) continue;
  n++;
  const ms = doc.mentions.filter((m) => m.named && ['person', 'organization', 'place'].includes(m.etype));
  console.log(
    doc.doc,
    ms
      .slice(0, 12)
      .map((m) => `${m.etype}:${doc.text.slice(m.start, m.end)}`)
      .join(' | '),
  );
  const es = recognize(doc.text).entities.filter((e) => e.type !== 'date' && e.type !== 'event');
  console.log(
    '  ours:',
    es
      .slice(0, 14)
      .map((e) => `${e.type}:${e.mentions[0]!.text}`)
      .join(' | '),
  );
}
