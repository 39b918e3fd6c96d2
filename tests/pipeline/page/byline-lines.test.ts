import { describe, expect, it } from 'vitest';
import { withoutBylineLines } from '../../../src/pipeline/page/byline-lines';

const STORY = [
  'Sometimes, if I am in the middle of editing or writing, I do not notice when someone else in the office has brought in food for everyone.',
  'The second paragraph of the story goes on about the office kitchen and the people in it.',
];

describe('withoutBylineLines', () => {
  it.each([
    ['the byline, as the metadata found it', 'By Laura E. Adkins December 28, 2016', 'By Laura E. Adkins December 28, 2016', ['Laura E. Adkins']],
    ['a line opening with an author, names run together', 'Paul WisemanFatima Hussein, The Associated Press', 'Paul Wiseman', ['Paul Wiseman']],
    ['"By" and an author, with a role', 'By Jeff McCausland, retired U.S. Army colonel', null, ['Jeff McCausland']],
    ['a German "Von" line', 'Von Tina Hildebrandt, Berlin', null, ['Tina Hildebrandt']],
    ['an author and a date', 'Stevie Martin | Staff Writer | Tuesday, 25 November 2014', null, ['Stevie Martin']],
  ])('drops %s', (_what, line, byline, authors) => {
    expect(withoutBylineLines([line, ...STORY], byline, authors)).toEqual(STORY);
  });

  it.each([
    ['a long first paragraph that starts with the author', `Laura E. Adkins ${'has written about food for years and '.repeat(4)}`, ['Laura E. Adkins']],
    ['a short line that names someone else', 'By the river, the city waited.', ['Laura E. Adkins']],
    ['a line with the author further in', 'An interview with Laura E. Adkins', ['Laura E. Adkins']],
    ['an author name too short to trust', 'AP reports', ['AP']],
  ])('keeps %s', (_what, line, authors) => {
    expect(withoutBylineLines([line, ...STORY], null, authors)).toEqual([line, ...STORY]);
  });

  it('looks only at the first lines: a byline-like line further down is story', () => {
    const lines = [STORY[0]!, STORY[1]!, STORY[0]!.replace('Sometimes', 'Often'), 'By Laura E. Adkins'];
    expect(withoutBylineLines(lines, null, ['Laura E. Adkins'])).toEqual(lines);
  });

  it('without a byline or authors, changes nothing', () => {
    expect(withoutBylineLines(['By Someone', ...STORY], null, [])).toEqual(['By Someone', ...STORY]);
  });
});
