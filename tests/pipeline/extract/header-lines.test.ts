import { describe, expect, it } from 'vitest';
import { withoutHeaderLines } from '../../../src/pipeline/extract/header-lines';

const STORY = [
  'Sometimes, if I am in the middle of editing or writing, I do not notice when someone else in the office has brought in food for everyone.',
  'The second paragraph of the story goes on about the office kitchen and the people in it.',
];

describe('withoutHeaderLines', () => {
  const lines = ['Flood waters close Route 9', 'By TOM BRADLEY, Staff Writer', 'Updated: 4/12/05 5:12 PM'];
  it.each([
    [
      'the header lines run together',
      'Flood waters close Route 9 By TOM BRADLEY, Staff Writer Updated: 4/12/05 5:12 PM',
      true,
    ],
    ['the headline alone', 'Flood waters close Route 9', true],
    ['the byline and the date line', 'By TOM BRADLEY, Staff Writer Updated: 4/12/05 5:12 PM', true],
    ['a header line and story text', 'Flood waters close Route 9 after three days of rain in the county', false],
    ['story text only', STORY[0]!, false],
  ])('a paragraph made of the lines the text read as header: %s', (_what, paragraph, dropped) => {
    const out = withoutHeaderLines([paragraph, ...STORY], { title: null, byline: null, authors: [], lines });
    expect(out).toEqual(dropped ? STORY : [paragraph, ...STORY]);
  });

  it.each([
    [
      'the byline, as the metadata found it',
      'By Laura E. Adkins December 28, 2016',
      'By Laura E. Adkins December 28, 2016',
      ['Laura E. Adkins'],
    ],
    [
      'a line opening with an author, names run together',
      'Paul WisemanFatima Hussein, The Associated Press',
      'Paul Wiseman',
      ['Paul Wiseman'],
    ],
    ['"By" and an author, with a role', 'By Jeff McCausland, retired U.S. Army colonel', null, ['Jeff McCausland']],
    ['a German "Von" line', 'Von Tina Hildebrandt, Berlin', null, ['Tina Hildebrandt']],
    ['an author and a date', 'Stevie Martin | Staff Writer | Tuesday, 25 November 2014', null, ['Stevie Martin']],
  ])('drops %s', (_what, line, byline, authors) => {
    expect(withoutHeaderLines([line, ...STORY], { title: null, byline, authors })).toEqual(STORY);
  });

  it.each([
    [
      'a long first paragraph that starts with the author',
      `Laura E. Adkins ${'has written about food for years and '.repeat(4)}`,
      ['Laura E. Adkins'],
    ],
    ['a short line that names someone else', 'By the river, the city waited.', ['Laura E. Adkins']],
    ['a line with the author further in', 'An interview with Laura E. Adkins', ['Laura E. Adkins']],
    ['an author name too short to trust', 'AP reports', ['AP']],
  ])('keeps %s', (_what, line, authors) => {
    expect(withoutHeaderLines([line, ...STORY], { title: 'The office kitchen', byline: null, authors })).toEqual([
      line,
      ...STORY,
    ]);
  });

  it('looks only at the first lines: a byline-like line further down is story', () => {
    const lines = [STORY[0]!, STORY[1]!, STORY[0]!.replace('Sometimes', 'Often'), 'By Laura E. Adkins'];
    expect(withoutHeaderLines(lines, { title: null, byline: null, authors: ['Laura E. Adkins'] })).toEqual(lines);
  });

  it('without a title, byline or authors, changes nothing', () => {
    expect(withoutHeaderLines(['By Someone', ...STORY], { title: null, byline: null, authors: [] })).toEqual([
      'By Someone',
      ...STORY,
    ]);
  });

  it("drops the title and a paper's author list printed above the abstract, however long the list", () => {
    const authors = [
      'Havell Markus',
      'Jun Zhao',
      'Tania Contente-Cuomo',
      'Elizabeth Raupach',
      'Ahuva Odenheimer-Bergman',
    ];
    const lines = [
      'Sub-nucleosomal organization in urine cell-free DNA',
      `${authors.join(', ')}, Sydney Chan, Muhammed Murtaza`,
      ...STORY,
    ];
    expect(
      withoutHeaderLines(lines, {
        title: 'Sub-nucleosomal organization in urine cell-free DNA',
        byline: null,
        authors,
      }),
    ).toEqual(STORY);
  });

  it('keeps a long paragraph that names two of the authors in passing', () => {
    const line = `Laura E. Adkins and Paul Wiseman ${'spent the week reporting from the harbour, where the ferries were late again '.repeat(2)}`;
    expect(
      withoutHeaderLines([line, ...STORY], { title: null, byline: null, authors: ['Laura E. Adkins', 'Paul Wiseman'] }),
    ).toEqual([line, ...STORY]);
  });
});
