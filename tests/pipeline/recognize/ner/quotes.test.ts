import { describe, expect, it } from 'vitest';
import { attributeQuotes, type PersonSpan } from '../../../../src/pipeline/recognize/ner/quotes';

/** People are given by name: every occurrence of each name in the text is a mention of that person (index). */
function spans(text: string, names: string[]): PersonSpan[] {
  return names.flatMap((name, person) =>
    [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({ person, start: m.index!, end: m.index! + name.length })),
  );
}

const attributed = (text: string, names: string[]) =>
  attributeQuotes(text, spans(text, names)).map((q) => [names[q.person], q.text]);

describe('attributeQuotes', () => {
  it.each<[string, string, string[], [string, string][]]>([
    [
      'speaker after the quote',
      '“This summit promises to be interesting,” Denisov said.',
      ['Denisov'],
      [['Denisov', 'This summit promises to be interesting,']],
    ],
    [
      'speaker before the quote',
      'Denisov said it will be a “serious, full-fledged meeting.”',
      ['Denisov'],
      [['Denisov', 'serious, full-fledged meeting.']],
    ],
    [
      'the subject of the verb, not the last name before the quote',
      'Denisov said Putin and Xi will meet but said it will be a “serious, full-fledged meeting.”',
      ['Denisov', 'Putin', 'Xi'],
      [['Denisov', 'serious, full-fledged meeting.']],
    ],
    [
      'a pronoun: the person mentioned last',
      'Andrey Denisov spoke.\n“In general, this summit promises much,” media reported him saying.',
      ['Andrey Denisov'],
      [['Andrey Denisov', 'In general, this summit promises much,']],
    ],
    [
      'a second quote of the same paragraph',
      '“We will meet soon,” Denisov said. “It will be a long talk indeed.”',
      ['Denisov'],
      [
        ['Denisov', 'We will meet soon,'],
        ['Denisov', 'It will be a long talk indeed.'],
      ],
    ],
    [
      'straight quotes',
      '"Something is deeply broken at the FBI," Podesta wrote.',
      ['Podesta'],
      [['Podesta', 'Something is deeply broken at the FBI,']],
    ],
  ])('%s', (_name, text, names, expected) => {
    expect(attributed(text, names)).toEqual(expected);
  });

  it.each<[string, string, string[]]>([
    ['scare quotes of one or two words', 'Putin called it a “catastrophe” and a “big mistake”.', ['Putin']],
    ['a quote with no speech verb and no speaker', 'The film “Gone with the Wind” opened in Atlanta.', []],
    [
      'a title in quotes with a person but no speech verb',
      'Smith starred in “The Long Way Home Again” last year.',
      ['Smith'],
    ],
  ])('no attribution: %s', (_name, text, names) => {
    expect(attributed(text, names)).toEqual([]);
  });
});
