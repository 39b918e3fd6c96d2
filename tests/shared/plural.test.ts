import { describe, expect, it } from 'vitest';
import { tn } from '../../src/shared/plural';

describe('tn: counts through the catalogue’s ICU plural patterns', () => {
  it.each([
    ['mentions', { count: 0 }, '0 mentions'],
    ['mentions', { count: 1 }, '1 mention'],
    ['mentions', { count: 2 }, '2 mentions'],
    ['navCount', { count: 1 }, '1 item'],
    ['navCount', { count: 21 }, '21 items'],
    ['popupMoreEvents', { count: 1 }, '1 more event'],
    ['morePlaces', { count: 11 }, '11 places'],
    ['historySummary', { count: 1, name: 'Xi Jinping' }, 'You read 1 earlier story about Xi Jinping'],
    ['historySummary', { count: 3, name: 'Xi Jinping' }, 'You read 3 earlier stories about Xi Jinping'],
    ['clockNewSince', { count: 0, date: 'Sep 3' }, 'Nothing new since you read this story on Sep 3'],
    ['clockNewSince', { count: 1, date: 'Sep 3' }, '1 new report since you read this story on Sep 3'],
  ])('%s %j → %s', (key, values, text) => {
    expect(tn(key, values)).toBe(text);
  });

  it('an unknown key or a pattern that does not parse comes back as its key, never thrown', () => {
    expect(tn('noSuchMessage{', { count: 1 })).toBe('noSuchMessage{');
  });
});

describe('the toolbar title', () => {
  it.each([
    [1, 'Backstory: 1 person, organization, place or event'],
    [18, 'Backstory: 18 people, organizations, places and events'],
  ])('%i name(s)', async (count, title) => {
    const { titleFor } = await import('../../src/background/titles');
    const entities = Array.from({ length: count }, (_, i) => ({
      type: 'person' as const,
      name: `P${i}`,
      mentions: [],
    }));
    expect(titleFor({ status: 'ready', analysis: { entities, events: [] } } as never)).toBe(title);
  });
});
