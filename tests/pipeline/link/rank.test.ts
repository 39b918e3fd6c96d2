import { describe, expect, it } from 'vitest';
import { decide, rankCandidates, tokens, typeAgreement, type LinkContext } from '../../../src/pipeline/link/rank';
import type { LinkableType } from '../../../src/pipeline/link/types';
import { coord, item, qty, time } from '../../fixtures/api/wikimedia/format';
import { candidates, entitiesFrom, spec } from './recorded';

const ctx = (words: string, ids: string[] = [], asOf: string | null = '2022-09-07'): LinkContext => ({
  words: tokens(words),
  ids: new Set(ids),
  asOf,
});
const pick = (name: string, type: LinkableType, cands: ReturnType<typeof candidates>, context: LinkContext) => {
  const decision = decide(rankCandidates(name, type, cands, context));
  return decision.kind === 'linked' ? decision.qid : `NIL:${decision.reason}`;
};

const georgias = () => candidates([spec('Q230'), spec('Q1428')]);
const atlanta = {
  id: 'Q23556',
  label: 'Atlanta',
  description: 'capital of Georgia, United States',
  sitelinks: 20,
  claims: { P31: [item('Q1637706')], P17: [item('Q30')], P625: [coord(33.76, -84.42)] },
};

describe('two Georgias', () => {
  it('is the country next to Russia and Tbilisi', () => {
    expect(pick('Georgia', 'place', georgias(), ctx('Russia Tbilisi Kremlin troops', ['Q159']))).toBe('Q230');
  });
  it('is the US state next to Atlanta and the United States', () => {
    expect(pick('Georgia', 'place', georgias(), ctx('Atlanta United States governor Kemp', ['Q30', 'Q23556']))).toBe(
      'Q1428',
    );
  });
  it('is nobody when nothing in the article tells them apart', () => {
    expect(pick('Georgia', 'place', georgias(), ctx('', [], null))).toMatch(/^NIL/);
  });
  it('a person named Georgia is neither', () => {
    expect(pick('Georgia', 'person', georgias(), ctx('Russia', ['Q159']))).toBe('NIL:no-candidates');
  });
  it('uses a linked Atlanta as context', () => {
    const [a] = entitiesFrom([atlanta]);
    expect(a!.claims.P17![0]!.id).toBe('Q30');
  });
});

describe('two Denisovs', () => {
  const denisovs = () => candidates([spec('Q4158302'), spec('Q2038476'), spec('Q37400921')]);
  it('the envoy to Beijing is the diplomat, even when the footballer comes first in search', () => {
    expect(
      pick(
        'Andrey Denisov',
        'person',
        denisovs(),
        ctx('Russian envoy to Beijing Putin Xi Jinping Samarkand', ['Q159', 'Q148']),
      ),
    ).toBe('Q2038476');
  });
  it('a striker named Denisov is the footballer', () => {
    expect(pick('Andrey Denisov', 'person', denisovs(), ctx('striker Spartak goal Premier League', ['Q159']))).toBe(
      'Q4158302',
    );
  });
  it('the family-name item is never a person', () => {
    const [surname] = entitiesFrom([spec('Q37400921')]);
    expect(typeAgreement('person', surname!)).toBe('conflict');
  });
  it('without any context the two are too close to call: no card is better than a wrong one', () => {
    expect(pick('Andrey Denisov', 'person', denisovs(), ctx('', [], '2022-09-07'))).toBe('NIL:ambiguous');
  });
});

describe('"Moscow" meaning the government', () => {
  const moscows = () => candidates([spec('Q649'), spec('Q499487')], 'Q649');
  it('as an organization, links the Russian capital as a metonym, not Moscow, Idaho', () => {
    const decision = decide(
      rankCandidates(
        'Moscow',
        'organization',
        moscows(),
        ctx('Beijing Putin Xi Russia China war effort', ['Q159', 'Q148']),
      ),
    );
    expect(decision).toMatchObject({ kind: 'linked', qid: 'Q649', metonym: true });
  });
  it('as a place, links the capital without the metonym flag', () => {
    const decision = decide(rankCandidates('Moscow', 'place', moscows(), ctx('Beijing Russia', ['Q159'])));
    expect(decision).toMatchObject({ kind: 'linked', qid: 'Q649' });
    expect(decision).not.toHaveProperty('metonym');
  });
  it('Moscow, Idaho next to the University of Idaho', () => {
    const local = candidates([spec('Q649'), spec('Q499487')]);
    expect(pick('Moscow', 'place', local, ctx('Idaho Latah County university United States', ['Q30']))).toBe('Q499487');
  });
  it('a small town alone never becomes a metonym for a government', () => {
    const [idaho] = entitiesFrom([spec('Q499487')]);
    expect(typeAgreement('organization', idaho!)).toBe('unknown'); // only capitals and countries stand for governments
    expect(pick('Moscow', 'organization', candidates([spec('Q499487')]), ctx('', [], null))).toMatch(/^NIL/);
  });
});

describe('a person who died before the article', () => {
  const gorbachev = spec('Q30487');
  const namesake = {
    id: 'Q999001',
    label: 'Mikhail Gorbachev',
    description: 'Russian footballer',
    sitelinks: 1,
    claims: { P31: [item('Q5')], P569: [time('1995-05-01')] },
  };
  it('Gorbachev, dead a week, is still linked: the article is about his legacy', () => {
    expect(
      pick(
        'Mikhail Gorbachev',
        'person',
        candidates([namesake, gorbachev]),
        ctx('the last leader of the USSR Soviet Union Cold War Putin', ['Q15180', 'Q159']),
      ),
    ).toBe('Q30487');
  });
  const oldAdmiral = {
    id: 'Q999002',
    label: 'Alexander Novak',
    description: 'Russian admiral',
    sitelinks: 3,
    claims: { P31: [item('Q5')], P569: [time('1801-01-01')], P570: [time('1870-02-02')], P27: [item('Q159')] },
  };
  const minister = {
    id: 'Q999003',
    label: 'Alexander Novak',
    description: 'Russian politician',
    sitelinks: 3,
    claims: { P31: [item('Q5')], P569: [time('1971-08-23')], P27: [item('Q159')] },
  };
  it('a namesake dead for 150 years loses to the living minister', () => {
    expect(
      pick(
        'Alexander Novak',
        'person',
        candidates([oldAdmiral, minister]),
        ctx('Deputy Prime Minister energy gas Russia', ['Q159']),
      ),
    ).toBe('Q999003');
  });
  it('but "the late admiral" may mean the dead one', () => {
    expect(
      pick(
        'Alexander Novak',
        'person',
        candidates([oldAdmiral, minister]),
        ctx('the late admiral navy fleet', ['Q159']),
      ),
    ).toBe('Q999002');
  });
  it('nobody born after the article', () => {
    const future = {
      id: 'Q999004',
      label: 'Alexander Novak',
      description: 'Russian politician',
      sitelinks: 9,
      claims: { P31: [item('Q5')], P569: [time('2030-01-01')] },
    };
    const ranked = rankCandidates('Alexander Novak', 'person', candidates([future, minister]), ctx('politician', []));
    expect(ranked[0]!.candidate.entity.id).toBe('Q999003');
  });
});

describe('type agreement', () => {
  const [putin, samarkand, sco, summit, russia] = entitiesFrom([
    spec('Q7747'),
    spec('Q5753'),
    spec('Q485207'),
    spec('Q113134370'),
    spec('Q159'),
  ]);
  it.each([
    ['person', putin, 'agree'],
    ['place', putin, 'conflict'],
    ['organization', putin, 'conflict'],
    ['place', samarkand, 'agree'],
    ['person', samarkand, 'conflict'],
    ['organization', sco, 'agree'],
    ['place', sco, 'conflict'],
    ['event', summit, 'agree'],
    ['person', summit, 'conflict'],
    ['organization', russia, 'metonym'],
  ] as const)('%s / %#', (type, entity, expected) => expect(typeAgreement(type, entity!)).toBe(expected));

  it('an entity with no classes falls back to description words', () => {
    const [bare] = entitiesFrom([
      {
        id: 'Q999005',
        label: 'Vostok 2022',
        description: 'military exercise of Russia and China',
        claims: { P1082: [qty(1)] },
      },
    ]);
    expect(typeAgreement('event', bare!)).toBe('agree');
    expect(typeAgreement('person', bare!)).toBe('unknown');
  });
});
