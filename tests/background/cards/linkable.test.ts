import { describe, expect, it } from 'vitest';
import { pickEntities } from '../../../src/background/cards/linkable';
import type { Entity } from '../../../src/shared/types';

const e = (name: string, salience: number, extra: Partial<Entity> = {}): Entity => ({
  type: 'organization',
  name,
  salience,
  mentions: [],
  ...extra,
});

describe('pickEntities', () => {
  it('takes the most salient first', () => {
    expect(pickEntities([e('Low', 0.1), e('High', 0.9)], 5).map((x) => x.name)).toEqual(['High', 'Low']);
  });
  it('puts names the tagger was unsure of after every sure one, however salient', () => {
    const picked = pickEntities([e('Unsure', 0.9, { unsure: true }), e('Sure', 0.1), e('Sure too', 0.2)], 2);
    expect(picked.map((x) => x.name)).toEqual(['Sure too', 'Sure']);
  });
  it('leaves out dates and names of one letter', () => {
    expect(pickEntities([e('X', 1), e('Sept. 15', 1, { type: 'date' })], 5)).toEqual([]);
  });
});
