/**
 * The fuzz corpus: the fixture pages as written, then (seeded) generated pages and mutations of the fixture and
 * generated pages, as many as asked for. Deterministic for a given seed.
 */
import { loadFixturePages } from '../support/fixture-server';
import { generateDocument } from './generate';
import { mutate } from './mutate';
import { createRng } from './rng';

export interface FuzzDocument {
  /** e.g. "fixture:seed-fox-putin-xi", "generated#12", "mutated#40(truncate+bigText) of fixture:…". */
  name: string;
  html: string;
}

export function* fuzzCorpus(count: number, seed = 1): Generator<FuzzDocument> {
  const rng = createRng(seed);
  const fixtures = loadFixturePages().map((p) => ({ name: `fixture:${p.slug}`, html: p.html }));
  let produced = 0;
  for (const fixture of fixtures) {
    if (produced++ >= count) return;
    yield fixture;
  }
  const pool: FuzzDocument[] = [...fixtures];
  for (let i = 0; produced < count; i++, produced++) {
    if (!pool.length || rng.chance(0.35)) {
      const doc = { name: `generated#${i}`, html: generateDocument(rng) };
      if (pool.length < 200) pool.push(doc);
      yield doc;
    } else {
      const parent = rng.pick(pool);
      const { html, applied } = mutate(parent.html, rng);
      yield { name: `mutated#${i}(${applied.join('+')}) of ${parent.name}`, html };
    }
  }
}
