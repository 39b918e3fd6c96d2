// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { SiteAccessApi } from '../../src/shared/site-access';
import { AccessNotice } from '../../src/popup/AccessNotice';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../../src/shared/settings';
import type { TabState } from '../../src/shared/tab-state';

afterEach(cleanup);

const WIKI = ['https://*.wikipedia.org/*', 'https://www.wikidata.org/*'];
const NEWS = ['https://api.gdeltproject.org/*', 'https://news.google.com/*'];

function access(granted: string[], stored: Partial<Settings> = {}) {
  const have = new Set(granted);
  const requested: string[][] = [];
  const api: SiteAccessApi = {
    contains: async (p) => have.has(p),
    request: async (patterns) => {
      requested.push(patterns);
      for (const p of patterns) have.add(p);
      return true;
    },
  };
  return {
    siteAccess: { api, settings: async () => normalizeSettings({ ...DEFAULT_SETTINGS, ...stored }) },
    requested,
  };
}

/** A ready tab whose Google News look-up was refused and whose cards are as given. */
const tab = (o: { newsRefused?: boolean; cards?: 'ready' | 'degraded' } = {}) =>
  ({
    status: 'ready',
    cards: { status: o.cards ?? 'ready', cards: [], publisher: null, notes: [], elapsedMs: 1 },
    coverage: {
      status: 'ready',
      sources: {
        gdelt: { state: 'ok', count: 3 },
        googleNews: o.newsRefused
          ? { state: 'unavailable', reason: 'permission', count: 0 }
          : { state: 'ok', count: 2 },
      },
    },
  }) as unknown as TabState;

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('popup: site access notice', () => {
  it('a source refused for want of access: names its host and what may not work, asks the browser on click', async () => {
    const a = access([...WIKI, NEWS[0]!]);
    render(<AccessNotice access={a.siteAccess} state={tab({ newsRefused: true })} />);
    const note = await screen.findByRole('note');
    expect(note.textContent).toMatch(
      /not allowed Backstory to contact news\.google\.com\. Without it, these may not work: Google News/,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Allow access' }));
    expect(a.requested).toEqual([['https://news.google.com/*']]);
    await screen.findByText(/Access allowed/);
  });

  it('degraded cards with Wikipedia access missing: the note names the Wikipedia hosts', async () => {
    const a = access(NEWS);
    render(<AccessNotice access={a.siteAccess} state={tab({ cards: 'degraded' })} />);
    expect((await screen.findByRole('note')).textContent).toContain('en.wikipedia.org, www.wikidata.org');
  });

  it.each([
    [
      'all is granted, though a source failed',
      access([...WIKI, ...NEWS]).siteAccess,
      tab({ newsRefused: true, cards: 'degraded' }),
    ],
    ['access is missing but every source answered (cross-origin)', access([]).siteAccess, tab()],
    [
      'the reader turned the failing source off',
      access([...WIKI, NEWS[0]!], { sources: { ...DEFAULT_SETTINGS.sources, googleNews: false } }).siteAccess,
      tab({ newsRefused: true }),
    ],
    ['the browser has no permissions API', undefined, tab({ newsRefused: true })],
  ])('nothing when %s', async (_label, siteAccess, state) => {
    const { container } = render(<AccessNotice access={siteAccess} state={state} />);
    await settle();
    expect(container.textContent).toBe('');
  });
});

describe('popup: one host behind every source (a mirror)', () => {
  it('names only the sources that failed', async () => {
    const mirror = `http://127.0.0.1:4000`;
    const a = access([], {
      endpoints: {
        ...DEFAULT_SETTINGS.endpoints,
        wikipedia: `${mirror}/w/{lang}/api.php`,
        wikidata: `${mirror}/wd/api.php`,
        gdelt: `${mirror}/gdelt`,
        googleNews: `${mirror}/rss`,
      },
    });
    render(<AccessNotice access={a.siteAccess} state={tab({ newsRefused: true })} />);
    const note = await screen.findByRole('note');
    expect(note.textContent).toContain('127.0.0.1. Without it, these may not work: Google News (related coverage).');
    expect(note.textContent).not.toMatch(/Wikipedia|GDELT/);
  });
});

describe('popup: access granted', () => {
  it('calls onGranted once when the missing access comes, so the refused sources can be asked again', async () => {
    const a = access(WIKI);
    let granted = 0;
    render(<AccessNotice access={a.siteAccess} state={tab({ newsRefused: true })} onGranted={() => granted++} />);
    await screen.findByRole('note');
    expect(granted).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Allow access' }));
    await screen.findByText(/Access allowed/);
    await settle();
    expect(granted).toBe(1);
  });

  it.each([
    ['nothing was missing', access([...WIKI, ...NEWS]).siteAccess],
    ['the reader has not answered yet', access(WIKI).siteAccess],
  ])('does not call onGranted when %s', async (_label, siteAccess) => {
    let granted = 0;
    render(<AccessNotice access={siteAccess} state={tab({ newsRefused: true })} onGranted={() => granted++} />);
    await settle();
    expect(granted).toBe(0);
  });
});
