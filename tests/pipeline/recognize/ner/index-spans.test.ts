import { describe, expect, it } from 'vitest';
import { indexSpans, TAG_INDEX } from '../../../../src/pipeline/recognize/ner/tags';

const tags = (...names: string[]) => Int32Array.from(names.map((n) => TAG_INDEX.get(n)!));

describe('indexSpans', () => {
  it.each([
    ['one name of two words', tags('O', 'B-PER', 'I-PER', 'O'), [0, 4], [['PER', 1, 3]]],
    [
      'two names side by side',
      tags('B-ORG', 'B-LOC', 'I-LOC'),
      [0, 3],
      [
        ['ORG', 0, 1],
        ['LOC', 1, 3],
      ],
    ],
    ['an I- of another type ends the name', tags('B-PER', 'I-ORG', 'O'), [0, 3], [['PER', 0, 1]]],
    ['a stray I- after O opens no name', tags('O', 'I-PER', 'I-PER'), [0, 3], []],
    ['nothing tagged', tags('O', 'O'), [0, 2], []],
    ['a window cuts the name at its end', tags('B-ORG', 'I-ORG', 'I-ORG'), [0, 2], [['ORG', 0, 2]]],
    ['a window starting inside a name skips it', tags('B-ORG', 'I-ORG', 'B-PER'), [1, 3], [['PER', 2, 3]]],
  ])('%s', (_name, given, [from, to], expected) => {
    expect(indexSpans(given, from, to).map((s) => [s.type, s.start, s.end])).toEqual(expected);
  });
});
