import { describe, expect, it } from 'vitest';
import { buildInArticleCard } from '../../src/pipeline/link/card';
import { groupCards } from '../../src/popup/card-groups';
import type { Entity } from '../../src/shared/types';

const mention = (text: string, start: number) => ({ text, start, end: start + text.length });
const card = (entity: Partial<Entity> & Pick<Entity, 'type' | 'name'>, note: string | null = 'nil-no-match') =>
  buildInArticleCard({ mentions: [mention(entity.name, 0)], ...entity } as Entity & { type: 'person' }, {
    asOf: '2024-10-15',
    status: 'nil',
    note,
  });

describe('groupCards: "Also mentioned"', () => {
  it.each([
    ['one mention, no role, nothing confirms it', card({ type: 'organization', name: 'Harbor Analytics' }), true],
    [
      'two mentions',
      card({ type: 'organization', name: 'Harbor Analytics', mentions: [mention('Harbor', 0), mention('Harbor', 9)] }),
      false,
    ],
    ['a role in the article', card({ type: 'person', name: 'Maria Delgado', role: 'campaign spokeswoman' }), false],
    ['a quote in the article', card({ type: 'person', name: 'Maria Delgado', quotes: ['Every vote counts'] }), false],
    ['offline: unknown, not unconfirmed', card({ type: 'person', name: 'Maria Delgado' }, 'offline'), false],
    ['an event: the Events section shows it', card({ type: 'event', name: 'Harbor Festival' }), false],
  ])('%s → %s', (_l, c, minor) => {
    const groups = groupCards([c]);
    expect(groups.alsoMentioned.includes(c)).toBe(minor);
    const shown = [...groups.key, ...groups.morePeople, ...groups.places, ...groups.namedEvents];
    expect(shown.includes(c)).toBe(!minor);
  });
});
