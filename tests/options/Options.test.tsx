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

describe('options page', () => {
  it('has no Save button: nothing to forget', async () => {
    render(<Options store={fakeStore().store} />);
    await screen.findByRole('checkbox', { name: /GDELT/ });
    expect(screen.queryByRole('button', { name: /^Save/ })).toBeNull();
  });

  it.each<[string, () => void, (s: Settings) => unknown, unknown]>([
    [
      'GDELT off',
      () => fireEvent.click(screen.getByRole('checkbox', { name: /GDELT/ })),
      (s) => s.sources.gdelt,
      false,
    ],
    [
      'offline on',
      () => fireEvent.click(screen.getByRole('checkbox', { name: /Offline mode/ })),
      (s) => s.offline,
      true,
    ],
    [
      'highlights on',
      () => fireEvent.click(screen.getByRole('checkbox', { name: /Underline the names/ })),
      (s) => s.highlights.enabled,
      true,
    ],
    [
      'language',
      () => fireEvent.change(screen.getByRole('combobox', { name: /Wikipedia language/ }), { target: { value: 'de' } }),
      (s) => s.wikipediaLang,
      'de',
    ],
    [
      'card language',
      () => fireEvent.click(screen.getByRole('radio', { name: "My browser's language" })),
      (s) => s.cardLanguage,
      'browser',
    ],
    [
      'cards always in English',
      () => fireEvent.click(screen.getByRole('radio', { name: 'Always English' })),
      (s) => s.cardLanguage,
      'english',
    ],
    [
      'retention',
      () =>
        fireEvent.input(screen.getByRole('spinbutton', { name: /Keep reading history/ }), { target: { value: '30' } }),
      (s) => s.historyRetentionDays,
      30,
    ],
  ])('saves "%s" as it is changed', async (_name, change, read, value) => {
    const { store, saved } = fakeStore();
    render(<Options store={store} textDelayMs={0} />);
    await screen.findByRole('checkbox', { name: /GDELT/ });
    change();
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(read(saved[0]!)).toEqual(value);
    expect(document.body.textContent).toContain('Saved. Changes take effect at once.');
  });

  it('offline mode takes effect at once: saved on the click, and the network sources are switched off with it', async () => {
    const { store, saved } = fakeStore();
    render(<Options store={store} />);
    fireEvent.click(await screen.findByRole('checkbox', { name: /Offline mode/ }));
    // No typing delay for a switch: the save is already under way when the click returns.
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.offline).toBe(true);
    expect((screen.getByRole('checkbox', { name: /GDELT/ }) as HTMLInputElement).disabled).toBe(true);
  });

  it('waits for a pause in typing before saving a text field, then saves once', async () => {
    const { store, saved } = fakeStore();
    render(<Options store={store} textDelayMs={30} />);
    const sites = await screen.findByRole('textbox', { name: /Sites where Backstory never runs/ });
    for (const value of ['e', 'ex', 'example.com']) fireEvent.input(sites, { target: { value } });
    expect(saved).toHaveLength(0);
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.excludedSites).toEqual(['example.com']);
  });

  it('saves nothing while a field is invalid, and marks it', async () => {
    const { store, saved } = fakeStore();
    render(<Options store={store} textDelayMs={0} />);
    const days = await screen.findByRole('spinbutton', { name: /Keep reading history/ });
    fireEvent.input(days, { target: { value: '-4' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'GDELT DOC API' }), {
      target: { value: 'javascript:alert(1)' },
    });
    await waitFor(() => expect(document.body.textContent).toContain('Not saved: fix the field marked below.'));
    // A valid change elsewhere is not saved either while the form holds an invalid field.
    fireEvent.click(screen.getByRole('checkbox', { name: /GDELT/ }));
    expect(saved).toHaveLength(0);
    expect(days.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(days.getAttribute('aria-describedby')!)?.textContent).toMatch(/0 to 3650/);
    expect(screen.getByRole('textbox', { name: 'GDELT DOC API' }).getAttribute('aria-invalid')).toBe('true');
  });

  it('normalizes excluded sites and rejects what is not a host', async () => {
    const { store, saved } = fakeStore();
    render(<Options store={store} textDelayMs={0} />);
    const sites = await screen.findByRole('textbox', { name: /Sites where Backstory never runs/ });
    fireEvent.input(sites, { target: { value: 'https://www.Example.com/x\nnot a site' } });
    await waitFor(() => expect(document.body.textContent).toContain('Not a site: not a site'));
    expect(saved).toHaveLength(0);
    fireEvent.input(sites, { target: { value: 'https://www.Example.com/x\n\nnews.test' } });
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
