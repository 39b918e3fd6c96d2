/**
 * `npm run bench:time`: date normalization on TempEval-3 platinum (TIMEX3 gold, each document's creation time as the
 * publication date). Reports recall of DATE expressions (a gold span overlapped by one of ours) and exact-value
 * accuracy, ours beside chrono-node alone (the peer: its first parse, day/month/year precision from what it knows).
 * Reading rules, so the numbers can be checked:
 *  - gold PRESENT_REF ("now") counts as the document date when our `present` mentions are included (second line);
 *  - an interval of ours ("2009/2010") matches a gold year inside it when the gold span covers only part of ours;
 *  - `mod` is reported separately and not needed for an exact value.
 * Data is read in place from $BACKSTORY_DATA or ../shared/data; absent data is skipped with exit 0.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as chrono from 'chrono-node';
import { findDates, type DateMention } from '../src/pipeline/recognize';
import { parseTimeMl, type TimeMlDoc, type Timex } from './timeml';

const root = resolve(process.env.BACKSTORY_DATA ?? '../shared/data', 'ner/tempeval3-platinum/te3-platinum-normalized');
const TARGET = 0.85;

interface Score {
  gold: number;
  found: number;
  exact: number;
  modOk: number;
  predicted: number;
  /** Predictions overlapping a gold TIMEX3 of any type (DATE, TIME, DURATION, SET). */
  predictedHit: number;
  misses: string[];
}

function score(docs: TimeMlDoc[], run: (doc: TimeMlDoc) => DateMention[], presentAsDct: boolean): Score {
  const s: Score = { gold: 0, found: 0, exact: 0, modOk: 0, predicted: 0, predictedHit: 0, misses: [] };
  for (const doc of docs) {
    const ours = run(doc);
    s.predicted += ours.length;
    s.predictedHit += ours.filter((o) => doc.timexes.some((t) => o.start < t.end && t.start < o.end)).length;
    for (const g of doc.timexes.filter((t) => t.type === 'DATE')) {
      s.gold++;
      const hit = ours.find((o) => o.start < g.end && g.start < o.end);
      if (!hit) {
        s.misses.push(`${doc.id}: miss "${g.text}" ${g.value}`);
        continue;
      }
      s.found++;
      const gold = g.value === 'PRESENT_REF' && presentAsDct ? doc.dct : g.value;
      if (valueMatches(hit, g, gold)) s.exact++;
      else s.misses.push(`${doc.id}: value "${g.text}" gold ${g.value} ours "${hit.text}" ${hit.value ?? '-'}`);
      if ((hit.mod ?? '') === (g.mod ?? '').toLowerCase()) s.modOk++;
    }
  }
  return s;
}

function valueMatches(hit: DateMention, g: Timex, gold: string): boolean {
  if (hit.value === gold) return true;
  if (!hit.value?.includes('/')) return false;
  const partial = g.start > hit.start || g.end < hit.end;
  return partial && hit.value.split('/').includes(gold);
}

function chronoOnly(doc: TimeMlDoc): DateMention[] {
  const [y, m, d] = doc.dct.split('-').map(Number);
  const instant = new Date(Date.UTC(y!, m! - 1, d!, 12));
  return chrono.en.casual.parse(doc.text, { instant, timezone: 0 }).map((r) => {
    const c = r.start;
    const pad = (n: number | null) => String(n ?? 0).padStart(2, '0');
    const value =
      c.isCertain('day') || c.isCertain('weekday') || (!c.isCertain('month') && !c.isCertain('year'))
        ? `${c.get('year')}-${pad(c.get('month'))}-${pad(c.get('day'))}`
        : c.isCertain('month')
          ? `${c.get('year')}-${pad(c.get('month'))}`
          : String(c.get('year'));
    return { text: r.text, start: r.index, end: r.index + r.text.length, value };
  });
}

function line(name: string, s: Score, ms: number): string {
  const pct = (n: number, d: number) => (d ? (n / d).toFixed(3) : 'n/a');
  return `${name.padEnd(34)} recall ${pct(s.found, s.gold)}  value-acc(found) ${pct(s.exact, s.found)}  value-acc(all gold) ${pct(s.exact, s.gold)}  mod ${pct(s.modOk, s.found)}  precision ${pct(s.predictedHit, s.predicted)} (${s.predicted})  ${ms.toFixed(0)} ms`;
}

function main(): void {
  if (!existsSync(root)) {
    console.log(`bench:time: TempEval-3 platinum not found at ${root}; skipped (set BACKSTORY_DATA).`);
    return;
  }
  const docs = readdirSync(root)
    .filter((f) => f.endsWith('.tml'))
    .sort()
    .map((f) => parseTimeMl(f.replace(/\.tml$/, ''), readFileSync(join(root, f), 'utf8')));
  const runs: [string, (d: TimeMlDoc) => DateMention[], boolean][] = [
    ['backstory findDates', (d) => findDates(d.text, { publishedAt: d.dct }), false],
    ['backstory findDates +present', (d) => findDates(d.text, { publishedAt: d.dct, includePresent: true }), true],
    ['peer: chrono-node 2.10.3 alone', chronoOnly, true],
  ];
  const gold = docs.reduce((n, d) => n + d.timexes.filter((t) => t.type === 'DATE').length, 0);
  console.log(
    `TempEval-3 platinum: ${docs.length} documents, ${gold} DATE expressions (creation times excluded). Target ≥ ${TARGET}.`,
  );
  const results: Score[] = [];
  // Warm both up first (regex compilation, chrono's parser tables), so the timings compare steady states.
  for (const [, run] of runs) run(docs[0]!);
  for (const [name, run, presentAsDct] of runs) {
    const t0 = performance.now();
    const s = score(docs, run, presentAsDct);
    results.push(s);
    console.log(line(name, s, performance.now() - t0));
  }
  gumTimes();
  if (process.argv.includes('--verbose')) for (const m of results[0]!.misses) console.log(`  ${m}`);
  const ours = results[0]!;
  const ok = ours.found / ours.gold >= TARGET && ours.exact / ours.found >= TARGET;
  console.log(ok ? 'bench:time: targets met' : 'bench:time: BELOW TARGET');
  if (!ok) process.exitCode = 1;
}

/**
 * A second check beside TempEval: GUM's `time` mentions (news documents, creation date known), detection only (GUM
 * gives no normalized values). Durations and sets are included because GUM marks them as times. Clock durations,
 * sets and decade words were added after reading its misses, so it is development data, not a held-out test.
 */
function gumTimes(): void {
  const gum = resolve(process.env.BACKSTORY_DATA ?? '../shared/data', 'ner/gum/json');
  if (!existsSync(gum)) return;
  let gold = 0;
  let found = 0;
  let chronoFound = 0;
  for (const f of readdirSync(gum)
    .filter((name) => name.includes('_news_'))
    .sort()) {
    const doc = JSON.parse(gunzipSync(readFileSync(join(gum, f))).toString('utf8')) as {
      text: string;
      meta: { dateCreated?: string };
      mentions: { start: number; end: number; etype: string }[];
    };
    const publishedAt = doc.meta.dateCreated ?? null;
    const ours = findDates(doc.text, { publishedAt, includeDurations: true, includePresent: true });
    const peer = publishedAt ? chronoOnly({ id: f, dct: publishedAt, text: doc.text, timexes: [] }) : [];
    for (const g of doc.mentions.filter((m) => m.etype === 'time')) {
      gold++;
      if (ours.some((o) => o.start < g.end && g.start < o.end)) found++;
      if (peer.some((o) => o.start < g.end && g.start < o.end)) chronoFound++;
    }
  }
  const pct = (n: number) => (gold ? (n / gold).toFixed(3) : 'n/a');
  console.log(
    `GUM news "time" mentions (dev data, detection only): ${gold} gold; recall backstory ${pct(found)}, chrono-node alone ${pct(chronoFound)}`,
  );
}

main();
