import { describe, expect, it } from 'vitest';
import type { QueryTerm } from '../../../src/pipeline/coverage/build-query';
import { entityOverlap, scoreCandidate, timeCloseness } from '../../../src/pipeline/coverage/rank';
import { SEED_ARTICLE } from './seed-entities';

const term = (text: string, anchor: boolean, aliases: string[] = []): QueryTerm => ({
  text,
  type: 'person',
  aliases: [text, ...aliases],
  anchor,
  weight: 1,
  key: text.toLowerCase(),
});
const terms = [term('Vladimir Putin', true, ['Putin']), term('Xi Jinping', true, ['Xi']), term('Samarkand', false)];

describe('entityOverlap', () => {
  it.each([
    ['both anchors and the context', 'Putin and Xi meet in Samarkand', 1],
    ['both anchors by surname', 'Putin, Xi to meet', 2 / 2.5],
    ['one anchor', 'Putin speaks on gas', 1 / 2.5],
    ['nothing', 'Royal garden party photos', 0],
    ['a name inside another word (no match)', 'Xiaomi unveils phone in Putinsk', 0],
    ['diacritics and case', 'PUTIN ve Xİ SAMARKAND’da', 1],
  ])('%s', (_why, title, expected) => {
    expect(entityOverlap({ title }, terms)).toBeCloseTo(expected, 5);
  });

  it('counts a name in the summary at half weight', () => {
    expect(entityOverlap({ title: 'Summit opens', snippet: 'Putin arrived in Samarkand' }, terms)).toBeCloseTo(
      (0.5 + 0.25) / 2.5,
      5,
    );
  });
});

describe('timeCloseness', () => {
  it.each([
    ['2022-09-07T12:00:00Z', '2022-09-07T12:00:00Z', 1],
    ['2022-09-11T12:00:00Z', '2022-09-07T12:00:00Z', Math.exp(-1)],
    ['2022-09-03T12:00:00Z', '2022-09-07T12:00:00Z', Math.exp(-1)],
    [null, '2022-09-07T12:00:00Z', 0.3],
    ['garbage', '2022-09-07T12:00:00Z', 0.3],
  ])('%s vs %s', (a, b, expected) => {
    expect(timeCloseness(a, b)).toBeCloseTo(expected, 5);
  });
});

describe('scoreCandidate', () => {
  const base = {
    url: 'https://x.com/a',
    direct: true,
    outlet: 'X',
    family: 'x',
    domain: 'x.com',
    country: null,
    lang: null,
    source: 'gdelt' as const,
  };
  it('ranks an on-story item of the same week above an off-story one and a stale one', () => {
    const onStory = scoreCandidate(
      { ...base, title: 'Putin and Xi meet in Samarkand', publishedAt: '2022-09-08T10:00:00Z' },
      SEED_ARTICLE,
      terms,
    ).score;
    const stale = scoreCandidate(
      { ...base, title: 'Putin and Xi meet in Samarkand', publishedAt: '2021-09-08T10:00:00Z' },
      SEED_ARTICLE,
      terms,
    ).score;
    const offStory = scoreCandidate(
      { ...base, title: 'Royal garden party photos', publishedAt: '2022-09-07T10:00:00Z' },
      SEED_ARTICLE,
      terms,
    ).score;
    expect(onStory).toBeGreaterThan(stale);
    expect(stale).toBeGreaterThan(offStory);
  });
});
