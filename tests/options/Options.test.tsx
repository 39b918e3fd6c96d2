// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Options, type SettingsStore } from '../../src/options/Options';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../../src/shared/settings';

afterEach(cleanup);

function fakeStore(initial: Partial<Settings> = {}, clearReply: { ok: boolean; error?: string } = { ok: true }) {
  const saved: Settings[] = [];
  let clears = 0;
  const store: SettingsStore = {
    load: async () => normalizeSettings({ ...DEFAULT_SETTINGS, ...initial }),
    save: async (s) => void saved.push(s),
    clearAll: async () => {
      clears++;
      return clearReply;
    },
    clearHistory: async () => ({ ok: true }),
  };
  return { store, saved, clears: () => clears };
}

const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Save' }));

describe('options page', () => {
  it('saves sources, offline, language and highlight settings', async () => {
    const { store, saved } = fakeStore();
    render(<Options store={store} />);
    fireEvent.click(await screen.findByRole('checkbox', { name: /GDELT/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Underline the names/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Places' }));
    fireEvent.change(screen.getByRole('combobox', { name: /Wikipedia language/ }), { target: { value: 'de' } });
    expect(screen.getByRole('radio', { name: "The article's language" })).toHaveProperty('checked', true);
    fireEvent.click(screen.getByRole('radio', { name: "My browser's language" }));
    submit();
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.sources).toEqual({ ...DEFAULT_SETTINGS.sources, gdelt: false });
    expect(saved[0]!.highlights).toEqual({
      enabled: true,
      types: { ...DEFAULT_SETTINGS.highlights.types, place: false },
    });
    expect(saved[0]!.wikipediaLang).toBe('de');
    expect(saved[0]!.cardLanguage).toBe('browser');
    expect(document.body.textContent).toContain('Saved.');
  });

  it('refuses to save a bad address or day count and marks the fields', async () => {
    const { store, saved } = fakeStore();
    render(<Options store={store} />);
    const days = await screen.findByRole('spinbutton', { name: /Keep reading history/ });
    fireEvent.input(days, { target: { value: '-4' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'GDELT DOC API' }), {
      target: { value: 'javascript:alert(1)' },
    });
    submit();
    await waitFor(() => expect(document.body.textContent).toContain('Fix the marked fields'));
    expect(saved).toHaveLength(0);
    expect(days.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(days.getAttribute('aria-describedby')!)?.textContent).toMatch(/0 to 3650/);
    expect(screen.getByRole('textbox', { name: 'GDELT DOC API' }).getAttribute('aria-invalid')).toBe('true');
  });

  it('normalizes excluded sites and rejects what is not a host', async () => {
    const { store, saved } = fakeStore();
    render(<Options store={store} />);
    const sites = await screen.findByRole('textbox', { name: /Sites where Backstory never runs/ });
    fireEvent.input(sites, { target: { value: 'https://www.Example.com/x\nnot a site' } });
    submit();
    await waitFor(() => expect(document.body.textContent).toContain('Not a site: not a site'));
    fireEvent.input(sites, { target: { value: 'https://www.Example.com/x\n\nnews.test' } });
    submit();
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.excludedSites).toEqual(['example.com', 'news.test']);
  });

  it('states exactly which services are asked, following the switches', async () => {
    const { store } = fakeStore({ wikipediaLang: 'fr' });
    render(<Options store={store} />);
    const privacy = () => screen.getByRole('region', { name: /What leaves your device/ }).textContent ?? '';
    // Cards follow each article's language: any edition may be asked.
    await waitFor(() => expect(privacy()).toContain('*.wikipedia.org'));
    fireEvent.click(screen.getByRole('radio', { name: 'Always English' }));
    expect(privacy()).toContain('*.wikipedia.org'); // fr is the fallback edition
    fireEvent.change(screen.getByRole('combobox', { name: /Wikipedia language/ }), { target: { value: 'en' } });
    expect(privacy()).toContain('en.wikipedia.org');
    expect(privacy()).toContain('api.gdeltproject.org');
    expect(privacy()).toContain('news.google.com');
    expect(privacy()).toMatch(/Never sent anywhere: the address of the page/);
    fireEvent.click(screen.getByRole('checkbox', { name: /Google News/ }));
    expect(privacy()).not.toContain('news.google.com');
    fireEvent.click(screen.getByRole('checkbox', { name: /Offline mode/ }));
    expect(privacy()).toContain('nothing is sent anywhere');
    expect(privacy()).not.toContain('wikipedia.org');
  });

  it('follows a change made in the popup while nothing is being edited', async () => {
    const { store } = fakeStore();
    let push: (s: Settings) => void = () => {};
    store.subscribe = (cb) => {
      push = cb;
      return () => {};
    };
    render(<Options store={store} />);
    const box = (await screen.findByRole('checkbox', { name: /Underline the names/ })) as HTMLInputElement;
    expect(box.checked).toBe(false);
    push(normalizeSettings({ highlights: { enabled: true } }));
    await waitFor(() => expect(box.checked).toBe(true));
  });

  it('names the host a changed address sends to', async () => {
    const { store } = fakeStore({
      endpoints: { ...DEFAULT_SETTINGS.endpoints, gdelt: 'http://127.0.0.1:9/gdelt/doc' },
    });
    render(<Options store={store} />);
    const privacy = await screen.findByRole('region', { name: /What leaves your device/ });
    expect(privacy.textContent).toContain('To 127.0.0.1:9: a few keywords');
    expect(privacy.textContent).toContain('Some addresses were changed');
  });

  it('clears all data only after confirmation, and says so', async () => {
    const { store, clears } = fakeStore();
    render(<Options store={store} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Clear all data' }));
    expect(clears()).toBe(0);
    const yes = screen.getByRole('button', { name: /Yes, delete it/ });
    await waitFor(() => expect(document.activeElement).toBe(yes));
    fireEvent.click(yes);
    await waitFor(() => expect(document.body.textContent).toContain('All stored data was deleted.'));
    expect(clears()).toBe(1);
  });

  it('reports a failed clear', async () => {
    const { store } = fakeStore({}, { ok: false, error: 'quota' });
    render(<Options store={store} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Clear all data' }));
    fireEvent.click(screen.getByRole('button', { name: /Yes, delete it/ }));
    await waitFor(() => expect(document.body.textContent).toContain("Couldn't delete the data: quota"));
  });
});
