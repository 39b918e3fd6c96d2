// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Card } from '../../src/shared/cards';
import { CopyCard } from '../../src/popup/CopyCard';
import { cardText } from '../../src/popup/copy-card';

afterEach(cleanup);

const base: Card = {
  key: 'person:Vladimir Putin',
  type: 'person',
  name: 'Vladimir Putin',
  status: 'linked',
  qid: 'Q7747',
  title: 'Vladimir Putin',
  description: 'President of Russia',
  summary: 'Vladimir Vladimirovich Putin is a Russian politician.',
  image: {
    src: 'https://upload.test/p.jpg',
    pageUrl: 'https://commons.wikimedia.org/wiki/File:Putin.jpg',
    license: 'CC BY 4.0',
    licenseUrl: null,
    artist: 'Kremlin.ru',
  },
  facts: [{ key: 'born', value: '7 October 1952 (age 69)' }],
  positions: [
    {
      label: 'President of Russia',
      start: null,
      end: null,
      current: true,
      endedSince: false,
      text: 'President of Russia (since 2012)',
    },
  ],
  coordinates: null,
  inArticle: { role: 'Russian President', mentionCount: 5, quotes: ['We value it.'], firstMention: null },
  alternatives: [],
  wikipediaUrl: 'https://en.wikipedia.org/wiki/Vladimir_Putin',
  wikidataUrl: 'https://www.wikidata.org/wiki/Q7747',
  asOf: '2022-09-07',
  confidence: 0.9,
  metonym: false,
  note: null,
} as Card;

describe('cardText', () => {
  it('keeps the facts and names every source with its licence', () => {
    const text = cardText(base);
    expect(text.split('\n')[0]).toBe('Vladimir Putin — President of Russia');
    expect(text).toContain('Born: 7 October 1952 (age 69)');
    expect(text).toContain('In the article: Russian President');
    expect(text).toContain('“We value it.”');
    expect(text).toContain(
      'Wikipedia, https://en.wikipedia.org/wiki/Vladimir_Putin (CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/)',
    );
    expect(text).toContain('Wikidata, https://www.wikidata.org/wiki/Q7747');
    expect(text).toContain('Photo: Kremlin.ru, CC BY 4.0, https://commons.wikimedia.org/wiki/File:Putin.jpg');
  });

  it('credits only the article for an in-article card', () => {
    const nil = {
      ...base,
      status: 'nil',
      qid: null,
      description: null,
      summary: null,
      image: null,
      facts: [],
      positions: [],
    } as Card;
    const text = cardText(nil);
    expect(text).toContain('Source: the article');
    expect(text).not.toContain('Wikipedia');
  });
});

describe('CopyCard', () => {
  it('copies and says so; reports a refused clipboard', async () => {
    const copied: string[] = [];
    render(<CopyCard card={base} write={async (t) => void copied.push(t)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy with source' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Copied, with its source.'));
    expect(copied[0]).toContain('Vladimir Putin');
    cleanup();
    render(<CopyCard card={base} write={() => Promise.reject(new Error('denied'))} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy with source' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Couldn't copy/));
  });
});
