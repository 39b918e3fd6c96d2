import { describe, expect, it } from 'vitest';
import { linkAll, type EntityCandidates } from '../../../src/pipeline/link/link-all';
import type { Entity } from '../../../src/shared/types';
import { candidates, spec } from './recorded';

const e = (type: Entity['type'], name: string, role?: string) =>
  ({ type, name, ...(role ? { role } : {}), mentions: [] }) as unknown as EntityCandidates['entity'];
const item = (
  entity: EntityCandidates['entity'],
  ids: string[],
  titleHit?: string,
  forced?: string | null,
): EntityCandidates => ({
  key: `${entity.type}:${entity.name}`,
  entity,
  candidates: candidates(ids.map(spec), titleHit),
  ...(forced !== undefined ? { forced } : {}),
});

const SEED = () => [
  item(e('person', 'Vladimir Putin', 'Russian President'), ['Q7747'], 'Q7747'),
  item(e('person', 'Xi Jinping', "Putin's Chinese counterpart"), ['Q15031'], 'Q15031'),
  item(e('person', 'Andrey Denisov', 'Russian envoy to Beijing'), ['Q4158302', 'Q2038476', 'Q37400921']),
  item(e('place', 'Russia'), ['Q159'], 'Q159'),
  item(e('place', 'China'), ['Q148'], 'Q148'),
  item(e('place', 'Beijing'), ['Q956'], 'Q956'),
  item(e('organization', 'Moscow'), ['Q649', 'Q499487'], 'Q649'),
  item(e('place', 'Georgia'), ['Q230', 'Q1428']),
];

describe('linkAll', () => {
  const byKey = (results: ReturnType<typeof linkAll>) =>
    Object.fromEntries(
      results.map((r) => [r.key, r.decision.kind === 'linked' ? r.decision.qid : `NIL:${r.decision.reason}`]),
    );

  it('links the seed article, using first-pass links as context in the second', () => {
    const linked = byKey(linkAll(SEED(), { title: 'Putin, Xi to meet next week', asOf: '2022-09-07' }));
    expect(linked).toMatchObject({
      'person:Vladimir Putin': 'Q7747',
      'person:Xi Jinping': 'Q15031',
      'person:Andrey Denisov': 'Q2038476',
      'place:Russia': 'Q159',
      'place:China': 'Q148',
      'organization:Moscow': 'Q649',
      // Georgia borders Russia (P47), which this article links: the country.
      'place:Georgia': 'Q230',
    });
  });

  it("the reader's choice wins, in both directions", () => {
    const items = SEED();
    items[2] = { ...items[2]!, forced: 'Q4158302' };
    items[3] = { ...items[3]!, forced: null };
    const results = linkAll(items, { asOf: '2022-09-07' });
    expect(results[2]!.decision).toEqual({ kind: 'linked', qid: 'Q4158302', confidence: 1, chosenBy: 'reader' });
    expect(results[3]!.decision).toEqual({ kind: 'nil', reason: 'reader' });
  });

  it('lists the other candidates for "Not this one?", never type conflicts', () => {
    const denisov = linkAll(SEED(), { asOf: '2022-09-07' })[2]!;
    expect(denisov.alternatives.map((a) => a.qid).sort()).toEqual(['Q2038476', 'Q4158302']);
  });

  it('no candidates at all: NIL', () => {
    expect(
      linkAll([item(e('event', 'Shanghai Cooperation Organization summit'), [])], { asOf: '2022-09-07' })[0]!.decision,
    ).toEqual({ kind: 'nil', reason: 'no-candidates' });
  });
});

describe('linkAll: the item gives the type', () => {
  const only = (entity: EntityCandidates['entity'], ids: string[], titleHit?: string) =>
    linkAll([item(entity, ids, titleHit)], { asOf: '2022-09-07' })[0]!.decision;

  it.each([
    ['a company tagged as a person is an organization', e('person', 'Gazprom'), ['Q102673'], 'organization'],
    ['a company tagged as a place is an organization', e('place', 'Gazprom'), ['Q102673'], 'organization'],
    ['a country tagged as a person is a place', e('person', 'Russia'), ['Q159'], 'place'],
  ])('%s', (_l, entity, ids, type) => {
    expect(only(entity, ids, ids[0])).toMatchObject({ kind: 'linked', qid: ids[0], type });
  });

  it.each([
    ['the tagged type fits: no retyping', e('organization', 'Gazprom'), ['Q102673']],
    ['a partial name never links to another type', e('person', 'Gaz'), ['Q102673']],
  ])('%s', (_l, entity, ids) => {
    const decision = only(entity, ids, ids[0]);
    expect(decision.kind === 'linked' ? decision.type : undefined).toBeUndefined();
  });
});
