// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Lookup, type LookupApi } from '../../src/lookup/Lookup';
import { matchEntity } from '../../src/lookup/match';
import type { TabState } from '../../src/shared/tab-state';
import type { Entity } from '../../src/shared/types';

afterEach(cleanup);

const putin: Entity = {
  type: 'person',
  name: 'Vladimir Putin',
  role: 'Russian President',
  quotes: ['We value the balanced position.'],
  mentions: [
    { text: 'Vladimir Putin', start: 0, end: 14 },
    { text: 'Putin', start: 30, end: 35 },
  ],
};
const denisov: Entity = {
  type: 'person',
  name: 'Andrey Denisov',
  mentions: [{ text: 'Andrey Denisov', start: 50, end: 64 }],
};
const sco: Entity = {
  type: 'organization',
  name: 'Shanghai Cooperation Organization',
  mentions: [{ text: 'SCO', start: 70, end: 73 }],
};

describe('matchEntity', () => {
  it.each([
    ['Vladimir Putin', 'Vladimir Putin'],
    ['  putin ', 'Vladimir Putin'],
    ["Putin's", 'Vladimir Putin'],
    ['SCO', 'Shanghai Cooperation Organization'],
    ['Denisov', 'Andrey Denisov'],
    ['Xi Jinping', null],
    ['', null],
  ])('%j → %j', (q, name) => expect(matchEntity(q, [putin, denisov, sco])?.name ?? null).toBe(name));
});

function api(state: TabState | null, recognized: Entity[] = []): LookupApi {
  return { recognize: async () => recognized, tabState: async () => state, wikipediaLang: async () => 'de' };
}
const state = {
  tabId: 1,
  status: 'ready',
  analysis: { entities: [putin, sco], events: [] },
  cards: { cards: [{ key: 'person:Vladimir Putin', description: 'President of Russia since 2012' }] },
} as unknown as TabState;

describe('Lookup', () => {
  it('shows what the article says about the selected name, and its card line', async () => {
    const { container } = render(<Lookup query="Putin" api={api(state)} />);
    await waitFor(() => expect(container.querySelector('main')?.dataset.state).toBe('done'));
    const known = screen.getByRole('region', { name: /In the article/ });
    expect(known.textContent).toContain('Vladimir Putin');
    expect(known.textContent).toContain('Russian President');
    expect(known.textContent).toContain('President of Russia since 2012');
    expect(known.textContent).toContain('2 mentions');
    expect(known.querySelector('blockquote')?.textContent).toBe('We value the balanced position.');
    const link = screen.getByRole('link', { name: /Search Wikipedia/ }) as HTMLAnchorElement;
    expect(link.href).toBe('https://de.wikipedia.org/w/index.php?search=Vladimir+Putin');
  });

  it('falls back to the recognizer when the name is not in the article', async () => {
    const { container } = render(
      <Lookup query="Xi Jinping" api={api(state, [{ type: 'person', name: 'Xi Jinping', mentions: [] }])} />,
    );
    await waitFor(() => expect(container.querySelector('main')?.dataset.state).toBe('done'));
    expect(container.textContent).toContain('Person');
    expect(container.textContent).toContain("isn't among the people");
    expect(screen.queryByRole('region', { name: /In the article/ })).toBeNull();
  });
});
