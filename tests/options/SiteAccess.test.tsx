// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { SiteAccessApi } from '../../src/shared/site-access';
import { Options, type SettingsStore } from '../../src/options/Options';
import { SiteAccess } from '../../src/options/SiteAccess';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../../src/shared/settings';

afterEach(cleanup);

/** A browser's permissions: `granted` patterns, a scripted answer to request(), and the onAdded/onRemoved events. */
function fakeAccess(granted: string[], answer = true) {
  const have = new Set(granted);
  const requests: { patterns: string[]; sync: boolean }[] = [];
  const listeners = new Set<() => void>();
  let inClick = false;
  const access: SiteAccessApi = {
    contains: async (p) => have.has(p),
    request: async (patterns) => {
      requests.push({ patterns, sync: inClick });
      if (answer) for (const p of patterns) have.add(p);
      return answer;
    },
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
  /** Clicks like the browser: request() only counts as the reader's gesture while the click handler runs. */
  const click = (el: Element) => {
    inClick = true;
    try {
      fireEvent.click(el);
    } finally {
      inClick = false;
    }
  };
  return {
    access,
    requests,
    click,
    revoke: (p: string) => {
      have.delete(p);
      for (const l of listeners) l();
    },
  };
}

const ALL = [
  'https://*.wikipedia.org/*',
  'https://www.wikidata.org/*',
  'https://api.gdeltproject.org/*',
  'https://news.google.com/*',
];
const settings = (patch: Partial<Settings> = {}) => normalizeSettings({ ...DEFAULT_SETTINGS, ...patch });

describe('options: site access', () => {
  it('shows nothing while every host the settings use is granted', async () => {
    const { access } = fakeAccess(ALL);
    const { container } = render(<SiteAccess settings={settings()} access={access} />);
    await new Promise((r) => setTimeout(r, 20));
    expect(container.textContent).toBe('');
  });

  it('names the missing hosts and what is lost; "Allow access" asks for exactly those, from the click', async () => {
    const f = fakeAccess(ALL.slice(0, 2));
    render(<SiteAccess settings={settings()} access={f.access} />);
    const note = await screen.findByRole('note');
    expect(note.textContent).toContain('api.gdeltproject.org, news.google.com');
    expect(note.textContent).toContain('GDELT (related coverage); Google News (related coverage)');
    expect(note.textContent).not.toContain('wikipedia');
    f.click(screen.getByRole('button', { name: 'Allow access' }));
    expect(f.requests).toEqual([
      { patterns: ['https://api.gdeltproject.org/*', 'https://news.google.com/*'], sync: true },
    ]);
    await screen.findByText(/Access allowed/);
    expect(screen.queryByRole('button', { name: 'Allow access' })).toBeNull();
  });

  it('a refusal says how to allow it later, and the button stays', async () => {
    const f = fakeAccess([], false);
    render(
      <SiteAccess
        settings={settings({ sources: { ...DEFAULT_SETTINGS.sources, gdelt: false, googleNews: false } })}
        access={f.access}
      />,
    );
    f.click(await screen.findByRole('button', { name: 'Allow access' }));
    await screen.findByText(/Not allowed\. You can allow it here later/);
    expect(screen.getByRole('note').textContent).toContain('en.wikipedia.org, www.wikidata.org');
    expect(screen.getByRole('button', { name: 'Allow access' })).toBeTruthy();
  });

  it("follows grants withdrawn in the browser's own settings", async () => {
    const f = fakeAccess(ALL);
    render(<SiteAccess settings={settings()} access={f.access} />);
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByRole('note')).toBeNull();
    f.revoke('https://news.google.com/*');
    expect((await screen.findByRole('note')).textContent).toContain('news.google.com');
  });

  it('offline: nothing is needed, nothing is asked', async () => {
    const f = fakeAccess([]);
    const { container } = render(<SiteAccess settings={settings({ offline: true })} access={f.access} />);
    await new Promise((r) => setTimeout(r, 20));
    expect(container.textContent).toBe('');
  });

  it('a custom address typed in Advanced shows its need before saving, with the cross-origin hint', async () => {
    const f = fakeAccess(ALL);
    const store: SettingsStore = {
      load: async () => settings(),
      save: async () => {},
      clearAll: async () => ({ ok: true }),
      clearHistory: async () => ({ ok: true }),
    };
    render(<Options store={store} access={f.access} />);
    const gdelt = await screen.findByRole('textbox', { name: 'GDELT DOC API' });
    expect(screen.queryByRole('note')).toBeNull();
    fireEvent.input(gdelt, { target: { value: 'https://gdelt.mirror.example:8443/api/v2/doc/doc' } });
    const note = await screen.findByRole('note');
    expect(note.textContent).toContain('gdelt.mirror.example');
    expect(note.textContent).toContain('custom address needs access of its own');
    f.click(screen.getByRole('button', { name: 'Allow access' }));
    expect(f.requests[0]!.patterns).toEqual(['https://gdelt.mirror.example/*']);
    await waitFor(() => expect(screen.getByText(/Access allowed/)).toBeTruthy());
  });
});
