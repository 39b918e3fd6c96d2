// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
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
  it('shows the people and organizations first; places, named events and the publisher wait behind a button', () => {
    const { container } = render(<Cards result={result()} />);
    const shown = () => [...container.querySelectorAll('.card')].map((c) => c.getAttribute('data-key'));
    expect(shown()).toEqual([putin.key, hostile.key]);
    expect(container.querySelector('.card-image-none')).toBeNull();
    const cases: [RegExp, string][] = [
      [/^1 place$/, samarkand.key],
      [/^1 named event$/, summit.key],
      [/^Publisher: Fox News$/, fox.key],
    ];
    for (const [label, key] of cases) {
      const button = screen.getByRole('button', { name: label });
      expect(button.getAttribute('aria-expanded')).toBe('false');
      expect(shown()).not.toContain(key);
      fireEvent.click(button);
      expect(button.getAttribute('aria-expanded')).toBe('true');
      // In place: the card follows its button.
      expect(button.parentElement!.querySelector(`.card[data-key="${key}"]`)).not.toBeNull();
    }
  });

  it.each([
    [3, 5, 3, 0],
    [3, 2, 2, 1],
    [7, 5, 5, 2],
    [2, 0, 0, 2],
  ])('with %i people cards and maxKey %i, %i are shown and %i wait behind "more"', (people, maxKey, shown, more) => {
    const cards = Array.from({ length: people }, (_, i) => ({ ...putin, key: `person:P${i}`, name: `P${i}` }));
    const { container } = render(<Cards result={result({ cards, publisher: null })} maxKey={maxKey} />);
    expect(container.querySelectorAll('.card')).toHaveLength(shown);
    const button = screen.queryByRole('button', { name: /more (person|people)/ });
    expect(button?.textContent ?? null).toBe(
      more ? `${more} more ${more === 1 ? 'person or organization' : 'people and organizations'}` : null,
    );
  });

  it('names the recognizer was unsure of join the "Also mentioned" line, untyped; none, no line', () => {
    const { container } = render(<Cards result={result()} unsureNames={['Bazaar', 'Gator']} />);
    const line = container.querySelector('.also-mentioned')!;
    expect(line.textContent).toMatch(/Bazaar · Gator$/);
    // Each name isolated, so a right-to-left name cannot reorder the separators around it.
    expect([...line.querySelectorAll('bdi')].map((b) => b.textContent)).toEqual(['Bazaar', 'Gator']);
    cleanup();
    const bare = render(<Cards result={result()} />);
    expect(bare.container.querySelector('.also-mentioned')).toBeNull();
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

  it('a place card says where it is in words, with no map frame that shows nothing', () => {
    const { container } = render(<Cards result={result()} />);
    fireEvent.click(screen.getByRole('button', { name: '1 place' }));
    expect(container.querySelector('.card-map, svg')).toBeNull();
    expect(container.querySelector('.card[data-qid="Q5753"] .card-coordinates')!.textContent).toBe(
      '39.65° N, 66.98° E',
    );
  });

  it('an in-article card says why, and names stay text', () => {
    const { container } = render(<Cards result={result()} />);
    for (const button of container.querySelectorAll<HTMLElement>('.expander-button')) fireEvent.click(button);
    const nil = container.querySelector('.card[data-type="event"]')!;
    expect(nil.getAttribute('data-status')).toBe('nil');
    expect(nil.querySelector('.card-note')!.textContent).toMatch(/No Wikipedia article we are sure of/);
    expect(container.querySelectorAll('img')).toHaveLength(
      [putin, samarkand, summit, hostile, fox].filter((c) => c.image).length,
    );
    expect(container.querySelector('img[src="x"]')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('"Not this one?" lists the other candidates and reports the pick', () => {
    const picks: (string | null)[] = [];
    const { container } = render(<Cards result={result()} onChoose={(_card, qid) => picks.push(qid)} />);
    const card = container.querySelector('.card[data-qid="Q7747"]')!;
    const options = () => {
      if (!card.querySelector('.card-alternatives')) fireEvent.click(card.querySelector('.card-choose > button')!);
      return [...card.querySelectorAll<HTMLElement>('.card-alternatives button')];
    };
    expect(options().map((b) => b.getAttribute('data-qid'))).toEqual(['Q999', '']);
    for (const [i, qid] of [[0, 'Q999'] as const, [1, null] as const]) {
      options()[i]!.focus();
      fireEvent.click(card.querySelectorAll('.card-alternatives button')[i]!);
      expect(picks.at(-1)).toBe(qid);
      // The list closes and focus goes back to the card, not to the page's top.
      expect(card.querySelector('.card-alternatives')).toBeNull();
      expect(document.activeElement).toBe(card.querySelector('summary'));
    }
  });

  it.each([
    ['a key card', () => putin.key, null],
    ['a place behind "1 place"', () => samarkand.key, '1 place'],
    ['a named event behind its button', () => summit.key, '1 named event'],
  ])('opens %s asked for from the page, its group with it, and focuses it', (_name, key, group) => {
    const { container } = render(<Cards result={result()} openKey={key()} />);
    const card = container.querySelector<HTMLDetailsElement>(`details[data-key="${key()}"]`)!;
    expect(card.open).toBe(true);
    expect(document.activeElement).toBe(card.querySelector('summary'));
    if (group) expect(screen.getByRole('button', { name: group }).getAttribute('aria-expanded')).toBe('true');
    expect(container.querySelectorAll('details[open]')).toHaveLength(1);
  });

  it('reads the name before the photo (the photo comes after it in the markup)', () => {
    const { container } = render(<Cards result={result()} />);
    const summary = container.querySelector('.card[data-qid="Q7747"] summary')!;
    expect([...summary.children].map((c) => c.className)).toEqual(['card-heading', 'card-image']);
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
    fireEvent.click(screen.getByRole('button', { name: /^Publisher/ }));
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
    expect(container.querySelectorAll('.card')).toHaveLength(2);
    expect(container.querySelector('.card-body')).toBeNull();
    await waitFor(() => expect(container.querySelectorAll('.card-body')).toHaveLength(2));
  });
});
