import { describe, expect, it } from 'vitest';
import { buildInArticleCard } from '../../src/pipeline/link/card';
import { alsoMentionedNames, groupCards } from '../../src/popup/card-groups';
import type { Entity } from '../../src/shared/types';

const mention = (text: string, start: number) => ({ text, start, end: start + text.length });
const card = (entity: Partial<Entity> & Pick<Entity, 'type' | 'name'>, note: string | null = 'nil-no-match') =>
  buildInArticleCard({ mentions: [mention(entity.name, 0)], ...entity } as Entity & { type: 'person' }, {
    asOf: '2024-10-15',
    status: 'nil',
    note,
  });
const twice = (name: string) => [mention(name, 0), mention(name, 40)];
const linked = (c: ReturnType<typeof card>) => ({ ...c, status: 'linked' as const, qid: 'Q1', note: null });

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
    [
      'unsure, two mentions, nothing confirms it',
      card({ type: 'organization', name: 'Bazaar', unsure: true, mentions: twice('Bazaar') }),
      true,
    ],
    [
      'unsure, offline',
      card({ type: 'organization', name: 'Bazaar', unsure: true, mentions: twice('Bazaar') }, 'offline'),
      true,
    ],
    [
      'unsure but linked with confidence',
      linked(card({ type: 'organization', name: 'Bazaar', unsure: true, mentions: twice('Bazaar') })),
      false,
    ],
  ])('%s → %s', (_l, c, minor) => {
    const groups = groupCards([c]);
    expect(groups.alsoMentioned.includes(c)).toBe(minor);
    const shown = [...groups.key, ...groups.morePeople, ...groups.places, ...groups.namedEvents];
    expect(shown.includes(c)).toBe(!minor);
  });
});

describe('alsoMentionedNames', () => {
  it('names minor cards, then unsure names with no card, each once', () => {
    const minor = card({ type: 'organization', name: 'Harbor Analytics' });
    const shown = linked(card({ type: 'organization', name: 'Bazaar', unsure: true }));
    const cards = [minor, shown];
    const names = alsoMentionedNames(groupCards(cards), cards, ['Bazaar', 'Vogue', 'Harbor Analytics', 'Vogue']);
    expect(names).toEqual(['Harbor Analytics', 'Vogue']);
  });
  it('is empty when every name has a full card', () => {
    const cards = [linked(card({ type: 'organization', name: 'Bazaar', unsure: true }))];
    expect(alsoMentionedNames(groupCards(cards), cards, ['Bazaar'])).toEqual([]);
  });
});
