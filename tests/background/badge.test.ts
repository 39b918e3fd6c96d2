import { describe, expect, it } from 'vitest';
import { badgeText, showBadge, type ActionLike } from '../../src/background/badge';
import type { TabState } from '../../src/shared/tab-state';
import type { Entity } from '../../src/shared/types';

const entity = (type: Entity['type'], name: string): Entity => ({
  type,
  name,
  mentions: [{ text: name, start: 0, end: name.length }],
});
const state = (status: TabState['status'], entities: Entity[] = []): TabState => ({
  tabId: 1,
  status,
  pageUrl: 'https://x.test/a',
  detection: null,
  article: null,
  analysis: { entities, events: [] },
  error: null,
  updatedAt: 0,
});

describe('badgeText', () => {
  it.each([
    ['no state', null, ''],
    ['not an article', state('not-article'), ''],
    ['analyzing', state('analyzing'), '…'],
    ['an error', state('error'), '!'],
    ['ready, nothing found', state('ready'), '•'],
    ['ready, dates are not counted', state('ready', [entity('date', 'Monday')]), '•'],
    ['ready with two entities', state('ready', [entity('person', 'Xi Jinping'), entity('place', 'Samarkand')]), '2'],
    [
      'ready with many',
      state(
        'ready',
        Array.from({ length: 120 }, (_, i) => entity('person', `P${i}`)),
      ),
      '99+',
    ],
  ])('%s → %j', (_name, s, text) => expect(badgeText(s)).toBe(text));
});

describe('showBadge', () => {
  function fakeAction() {
    const calls: Record<string, unknown[]> = {};
    const record = (name: string) => async (details: unknown) => {
      calls[name] ??= [];
      calls[name].push(details);
    };
    const action: ActionLike = {
      setBadgeText: record('text'),
      setBadgeBackgroundColor: record('color'),
      setIcon: record('icon'),
      setTitle: record('title'),
      setPopup: record('popup'),
    };
    return { action, calls };
  }

  it('lights the icon on articles and greys it elsewhere', async () => {
    const { action, calls } = fakeAction();
    await showBadge(action, 7, state('ready', [entity('person', 'Xi')]), () => 'title');
    await showBadge(action, 7, state('not-article'), () => 'title');
    const icons = calls.icon as { tabId: number; path: Record<string, string> }[];
    expect(icons[0]).toEqual({ tabId: 7, path: expect.objectContaining({ '16': '/icons/icon-16.png' }) });
    expect(icons[1]!.path['16']).toBe('/icons/icon-disabled-16.png');
    expect(calls.text).toEqual([
      { tabId: 7, text: '1' },
      { tabId: 7, text: '' },
    ]);
  });

  it.each([
    ['an article', state('ready', [entity('person', 'Xi')])],
    ['a page that is not one', state('not-article')],
    ['no state (after a navigation)', null],
  ])('gives the tab a popup address with its id, on %s', async (_name, s) => {
    const { action, calls } = fakeAction();
    await showBadge(action, 42, s, () => 'title');
    expect(calls.popup).toEqual([{ tabId: 42, popup: 'src/popup/index.html?tabId=42' }]);
  });

  it('survives a tab that closed meanwhile (every call rejects)', async () => {
    const fail = async () => {
      throw new Error('No tab with id: 7');
    };
    await expect(
      showBadge(
        { setBadgeText: fail, setBadgeBackgroundColor: fail, setIcon: fail, setTitle: fail, setPopup: fail },
        7,
        null,
        () => '',
      ),
    ).resolves.toBeUndefined();
  });
});
