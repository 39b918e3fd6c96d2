/**
 * `npm run bench:events`: event-mention recall on GUM (type `event`), the development data for events.
 * GUM's own people, organizations and places are given as the entity list (NER is measured elsewhere), news
 * documents get their creation date as publishedAt. A gold mention counts as found when one of our event mentions
 * overlaps it. GUM marks many non-nominal events (clauses, pronouns "it"/"that"), so recall is also reported on
 * nominal non-pronoun mentions and on named events, and precision as the share of our mentions overlapping a gold
 * event. Data is read in place from $BACKSTORY_DATA or ../shared/data; absent data is skipped with exit 0.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { findEvents } from '../src/pipeline/recognize';
import type { Entity, EntityType } from '../src/shared/types';

const root = resolve(process.env.BACKSTORY_DATA ?? '../shared/data', 'ner/gum/json');

interface GumMention {
  start: number;
  end: number;
  etype: string;
  entity_id: number;
  text: string;
  named: boolean;
}
interface GumDoc {
  doc: string;
  genre: string;
  split: string;
  meta: { dateCreated?: string };
  text: string;
  mentions: GumMention[];
}

const TYPES: Record<string, EntityType> = { person: 'person', organization: 'organization', place: 'place' };
const PRONOUN =
  /^(?:it|that|this|these|those|they|them|which|what|one|there|so|all|its|itself|here|both|something|anything|everything)$/i;

function entitiesOf(doc: GumDoc): Entity[] {
  const byId = new Map<number, Entity>();
  for (const m of doc.mentions) {
    const type = TYPES[m.etype];
    if (!type) continue;
    const e = byId.get(m.entity_id) ?? { type, name: m.text, mentions: [] };
    if (m.named && m.text.length > e.name.length) e.name = m.text;
    e.mentions.push({ text: m.text, start: m.start, end: m.end });
    byId.set(m.entity_id, e);
  }
  return [...byId.values()];
}

interface Tally {
  gold: number;
  found: number;
  nominal: number;
  nominalFound: number;
  named: number;
  namedFound: number;
  ours: number;
  oursHit: number;
  docs: number;
  ms: number;
}
const empty = (): Tally => ({
  gold: 0,
  found: 0,
  nominal: 0,
  nominalFound: 0,
  named: 0,
  namedFound: 0,
  ours: 0,
  oursHit: 0,
  docs: 0,
  ms: 0,
});

function score(doc: GumDoc, t: Tally, includeWeak: boolean): void {
  const publishedAt = doc.genre === 'news' ? (doc.meta.dateCreated ?? null) : null;
  const t0 = performance.now();
  const frames = findEvents(doc.text, entitiesOf(doc), { publishedAt, includeWeak });
  t.ms += performance.now() - t0;
  t.docs++;
  const ours = frames.flatMap((f) => f.mentions);
  const gold = doc.mentions.filter((m) => m.etype === 'event');
  const hit = (g: GumMention) => ours.some((o) => o.start < g.end && g.start < o.end);
  for (const g of gold) {
    const found = hit(g);
    t.gold++;
    if (found) t.found++;
    if (!PRONOUN.test(g.text.trim()) && g.text.split(/\s+/).length <= 8) {
      t.nominal++;
      if (found) t.nominalFound++;
    }
    if (g.named) {
      t.named++;
      if (found) t.namedFound++;
    }
  }
  t.ours += ours.length;
  t.oursHit += ours.filter((o) => gold.some((g) => o.start < g.end && g.start < o.end)).length;
}

const pct = (n: number, d: number) => (d ? (n / d).toFixed(3) : ' n/a ');

function main(): void {
  if (!existsSync(root)) {
    console.log(`bench:events: GUM not found at ${root}; skipped (set BACKSTORY_DATA).`);
    return;
  }
  const docs = readdirSync(root)
    .filter((f) => f.endsWith('.json.gz'))
    .sort()
    .map((f) => JSON.parse(gunzipSync(readFileSync(join(root, f))).toString('utf8')) as GumDoc);
  console.log(
    `GUM event mentions: ${docs.length} documents (train+dev). Recall = gold event mention overlapped by one of ours.`,
  );
  for (const includeWeak of [false, true]) {
    const groups: [string, (d: GumDoc) => boolean][] = [
      ['all genres', () => true],
      ['dev split', (d) => d.split === 'dev'],
      ['news genre', (d) => d.genre === 'news'],
    ];
    for (const [name, keep] of groups) {
      const t = empty();
      for (const d of docs.filter(keep)) score(d, t, includeWeak);
      console.log(
        `${(includeWeak ? 'findEvents +weak ' : 'findEvents       ') + name.padEnd(11)} docs ${String(t.docs).padStart(3)}  recall ${pct(t.found, t.gold)} (${t.found}/${t.gold})  nominal ${pct(t.nominalFound, t.nominal)}  named ${pct(t.namedFound, t.named)}  precision ${pct(t.oursHit, t.ours)}  ${(t.ms / Math.max(1, t.docs)).toFixed(1)} ms/doc`,
      );
    }
  }
  console.log('peer: none in this stack (compromise has no event layer); figures are for tracking.');
}

main();
