// @vitest-environment happy-dom
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { buildInArticleCard, buildLinkedCard } from '../../src/pipeline/link';
import type { CardsResult } from '../../src/shared/cards';
import { Cards } from '../../src/popup/Cards';
import { EntityCard } from '../../src/popup/EntityCard';
import { ALL_LABELS } from '../fixtures/api/wikimedia/entities';
import { entitiesFrom, spec } from '../pipeline/link/recorded';

afterEach(cleanup);

const [putinWd, samarkandWd, foxWd] = entitiesFrom([spec('Q7747'), spec('Q5753'), spec('Q186068')]);
const base = {
  labels: ALL_LABELS,
  page: null,
  asOf: '2022-09-07',
  lang: 'en',
  commonsFileBase: 'https://commons.wikimedia.org/wiki/Special:FilePath/',
  confidence: 0.9,
  articleText: '',
};
const putin = buildLinkedCard({
  ...base,
  entity: {
    type: 'person',
    name: 'Vladimir Putin',
    role: 'Russian President',
    quotes: ['greatest geopolitical catastrophe'],
    mentions: [{ text: 'Putin', start: 0, end: 5 }],
  },
  wd: putinWd!,
  image: {
    file: 'P.jpg',
    thumbUrl: 'https://upload.wikimedia.org/p.jpg',
    pageUrl: 'https://commons.wikimedia.org/wiki/File:P.jpg',
    license: 'CC BY 4.0',
    licenseUrl: 'https://creativecommons.org/licenses/by/4.0',
    artist: 'Kremlin.ru',
  },
  alternatives: [
    { qid: 'Q7747', label: 'Vladimir Putin', description: null },
    { qid: 'Q999', label: 'Vladimir Putin', description: 'Russian footballer' },
  ],
});
const samarkand = buildLinkedCard({
  ...base,
  entity: { type: 'place', name: 'Samarkand', mentions: [] },
  wd: samarkandWd!,
  image: null,
  alternatives: [],
});
const summit = buildInArticleCard(
  { type: 'event', name: 'Shanghai Cooperation Organization summit', mentions: [{ text: 'x', start: 0, end: 1 }] },
  { asOf: '2022-09-07', status: 'nil', note: 'nil-no-match' },
);
const hostile = buildInArticleCard(
  { type: 'person', name: '<img src=x onerror=alert(1)>', mentions: [] },
  { asOf: null, status: 'nil', note: null },
);
const fox = buildLinkedCard({
  ...base,
  entity: { type: 'organization', name: 'Fox News', mentions: [] },
  wd: foxWd!,
  image: null,
  alternatives: [],
});
const result = (extra: Partial<CardsResult> = {}): CardsResult => ({
  status: 'ready',
  cards: [putin, samarkand, summit, hostile],
  publisher: fox,
  notes: [],
  elapsedMs: 10,
  ...extra,
});

describe('Cards', () => {
  it('groups cards by type, with the publisher card last', () => {
    const { container } = render(<Cards result={result()} />);
    expect([...container.querySelectorAll('.card-group')].map((g) => (g as HTMLElement).dataset.type)).toEqual([
      'person',
      'place',
      'event',
      'publisher',
    ]);
  });

  it('a person card: photo, description, as-of facts, offices, links and attribution', () => {
    const { container } = render(<Cards result={result()} />);
    const card = container.querySelector('.card[data-qid="Q7747"]')!;
    expect(card.querySelector('img')!.getAttribute('src')).toBe('https://upload.wikimedia.org/p.jpg');
    expect(card.querySelector('img')!.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(card.querySelector('img')!.getAttribute('alt')).toBe('Picture of Vladimir Putin (Wikimedia Commons)');
    expect(card.querySelector('.card-fact[data-key="born"] dd')!.textContent).toBe('7 October 1952 (age 69)');
    expect(card.querySelector('.card-positions li.current')!.textContent).toBe(
      'President of Russia (since 2012; also 2000–2008)',
    );
    expect(card.querySelector('.card-asof')!.textContent).toMatch(/Sep(t)? 7, 2022/);
    expect(card.querySelector('.card-role')!.textContent).toBe('Russian President');
    expect(card.querySelector('.card-quotes q')!.textContent).toBe('greatest geopolitical catastrophe');
    const links = [...card.querySelectorAll('.card-links a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['https://en.wikipedia.org/wiki/Vladimir_Putin', 'https://www.wikidata.org/wiki/Q7747']);
    expect(card.querySelector('.card-image-credit')!.textContent).toContain('Kremlin.ru, CC BY 4.0');
  });

  it('a place card shows its position on a small map', () => {
    const { container } = render(<Cards result={result()} />);
    expect(container.querySelector('.card[data-qid="Q5753"] .card-coordinates')!.textContent).toBe(
      '39.65° N, 66.98° E',
    );
  });

  it('an in-article card says why, and names stay text', () => {
    const { container } = render(<Cards result={result()} />);
    const nil = container.querySelector('.card[data-type="event"]')!;
    expect(nil.getAttribute('data-status')).toBe('nil');
    expect(nil.querySelector('.card-note')!.textContent).toMatch(/No Wikipedia article we are sure of/);
    expect(container.querySelectorAll('img')).toHaveLength([putin, samarkand, fox].filter((c) => c.image).length);
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('"Not this one?" lists the other candidates and reports the pick', () => {
    const picks: (string | null)[] = [];
    const { container } = render(<Cards result={result()} onChoose={(_card, qid) => picks.push(qid)} />);
    const card = container.querySelector('.card[data-qid="Q7747"]')!;
    fireEvent.click(card.querySelector('.card-choose > button')!);
    const options = [...card.querySelectorAll('.card-alternatives button')];
    expect(options.map((b) => b.getAttribute('data-qid'))).toEqual(['Q999', '']);
    fireEvent.click(options[0]!);
    fireEvent.click(options[1]!);
    expect(picks).toEqual(['Q999', null]);
  });

  it.each([
    ['offline', ['offline'], /Offline/],
    ['degraded', ['source-failed'], /could not be reached/],
  ] as const)('%s shows a visible note', (status, notes, text) => {
    const { container } = render(<Cards result={result({ status, notes: [...notes] })} />);
    expect(container.querySelector('.cards-note')!.textContent).toMatch(text);
  });

  it('no bias rating anywhere on the publisher card', () => {
    const { container } = render(<Cards result={result()} />);
    expect(container.querySelector('.publisher-card')!.textContent).not.toMatch(/bias|left|right|reliab/i);
    expect(container.querySelector('.publisher-card .card-fact[data-key="owner"] dd')!.textContent).toBe(
      'Fox Corporation',
    );
  });
});

describe('EntityCard: bodies after the first paint', () => {
  it.each([
    ['left out while collapsed', { body: false }, false],
    ['rendered when asked', { body: true }, true],
    ['rendered when open from the start', { body: false, open: true }, true],
  ])('%s', (_, props, present) => {
    const { container } = render(<EntityCard card={putin} {...props} />);
    expect(container.querySelector('.card-body') !== null).toBe(present);
    expect(container.querySelector('.card-title')!.textContent).toBe(putin.title);
  });

  it('a collapsed card without its body gets it when the reader opens it', async () => {
    const { container } = render(<EntityCard card={putin} body={false} />);
    container.querySelector('details')!.open = true;
    await waitFor(() =>
      expect(container.querySelector('.card-fact[data-key="born"] dd')?.textContent).toBe('7 October 1952 (age 69)'),
    );
  });
});

describe('Cards with bodiesAfterPaint', () => {
  it('renders the summaries first and the collapsed bodies after the next frame', async () => {
    const { container } = render(<Cards result={result()} bodiesAfterPaint />);
    expect(container.querySelectorAll('.card')).toHaveLength(5);
    expect(container.querySelector('.card-body')).toBeNull();
    await waitFor(() => expect(container.querySelectorAll('.card-body')).toHaveLength(5));
  });
});
