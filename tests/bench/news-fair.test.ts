import { describe, expect, it } from 'vitest';
import { isNameText, scoreArticle } from '../../bench/news-fair';

describe('isNameText', () => {
  it.each([
    ['Emmanuel Macron', true],
    ['the United Nations', true],
    ['Macron', true],
    ['I', false],
    ['He', false],
    ['the coach', false],
    ['The coach', false],
    ['my daughter', false],
  ])('%s → %s', (text, name) => {
    expect(isNameText(text)).toBe(name);
  });
});

describe('scoreArticle', () => {
  //            0         1         2         3         4         5
  //            0123456789012345678901234567890123456789012345678901234
  const text = 'Intro. Angela Merkel met Siemens in Berlin with her aide.';
  const article = {
    id: 1,
    title: '20200101 - test',
    text,
    evaluation_span: [7, 57] as [number, number],
    labels: [
      { span: [7, 20] as [number, number], type: 'Q215627' },
      { span: [25, 32] as [number, number], type: 'Q2424752|Q43229' },
      { span: [36, 42] as [number, number], type: 'Q27096213' },
      { span: [48, 51] as [number, number], type: 'Q215627' },
      { span: [52, 56] as [number, number], type: 'OTHER' },
    ],
  };

  it('counts exact spans of an accepted type, skips OTHER and out-of-span mentions', () => {
    const counts = scoreArticle(article, [
      { type: 'person', start: 7, end: 20 }, // right
      { type: 'organization', start: 25, end: 32 }, // right: one of the label's types
      { type: 'person', start: 36, end: 42 }, // wrong type
      { type: 'person', start: 52, end: 56 }, // over an OTHER label: not judged
      { type: 'place', start: 0, end: 5 }, // outside the evaluation span
    ]);
    expect(counts).toEqual({ tp: 2, fp: 1, fn: 1 });
  });

  it('misses what it does not find and does not count pronouns as names', () => {
    expect(scoreArticle(article, [])).toEqual({ tp: 0, fp: 0, fn: 3 });
  });

  it('counts a boundary error as a miss and a wrong mention', () => {
    expect(scoreArticle(article, [{ type: 'person', start: 14, end: 20 }])).toEqual({ tp: 0, fp: 1, fn: 3 });
  });
});
