// @vitest-environment happy-dom
/**
 * The seed fixture page through the whole pipeline into the popup (no network, no cards): one story, dates shown as
 * their days with the article's phrase as the source, no generic fragments among the events.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/dom';
import { analyzeDocument } from '../../scripts/analyze-document';
import type { PopupApi } from '../../src/popup/api';
import { App } from '../../src/popup/App';
import { resolveDates } from '../../src/popup/article-dates';
import type { TabState } from '../../src/shared/tab-state';

afterEach(cleanup);

const dir = resolve(process.cwd(), 'tests/fixtures/pages/seed-fox-putin-xi');
const { url } = JSON.parse(readFileSync(resolve(dir, 'expected.json'), 'utf8')) as { url: string };
const report = await analyzeDocument(parseHtml(readFileSync(resolve(dir, 'source.html'), 'utf8'), url), url);

const state: TabState = {
  tabId: 4,
  status: 'ready',
  pageUrl: url,
  detection: null,
  article: report.article,
  analysis: { entities: report.entities, events: report.events },
  error: null,
  updatedAt: 0,
};
const api: PopupApi = {
  currentTabId: async () => 4,
  getState: async () => state,
  analyze: async () => ({ ok: true }),
  subscribe: () => () => {},
};

describe('seed page dates', () => {
  it.each([
    ['next week', 'Sep 12–18, 2022'],
    ['on Wednesday', 'Sep 7, 2022'],
    ['Sept. 15 to 16', 'Sep 15–16, 2022'],
    ['over six months ago', 'before Mar 2022'],
  ])('"%s" is shown as %s', (phrase, days) => {
    expect(resolveDates(report.entities, 'en-US').find((d) => d.phrase === phrase)?.days).toBe(days);
  });
});

describe('seed page popup', () => {
  it('shows one story and no fragments among the events', async () => {
    const { container } = render(<App api={api} />);
    await waitFor(() => expect(container.querySelector('.events')).not.toBeNull());
    expect(container.querySelectorAll('.event[data-kind="story"]')).toHaveLength(1);
    const names = [...container.querySelectorAll('.event-name')].map((n) => n.textContent);
    for (const fragment of ['gas deals', 'war games', 'international trip']) expect(names).not.toContain(fragment);
  });
});

describe('a page detection turned down, analysed anyway', () => {
  it('has no story line: a section front has many stories', async () => {
    const front: TabState = { ...state, detection: { isArticle: false, score: 0.2, reasons: ['-url:section-root'] } };
    const { container } = render(<App api={{ ...api, getState: async () => front }} />);
    await waitFor(() => expect(container.querySelector('.article-title')).not.toBeNull());
    expect(container.querySelector('.story-line:not(.story-standfirst)')).toBeNull();
  });

  it('the same page as an article has its line', async () => {
    const { container } = render(<App api={api} />);
    await waitFor(() => expect(container.querySelector('.story-line')).not.toBeNull());
    expect(container.querySelector('.story-line')!.textContent).toMatch(/Putin–Xi meeting/);
  });
});
