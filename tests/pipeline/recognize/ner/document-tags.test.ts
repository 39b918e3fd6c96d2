import { describe, expect, it } from 'vitest';
import { propagateInDocument } from '../../../../src/pipeline/recognize/ner/document-tags';
import { hashString } from '../../../../src/pipeline/recognize/ner/hash';
import { NO_LEXICONS, type Lexicons } from '../../../../src/pipeline/recognize/ner/features';

const split = (s: string) => s.split(' ');
const tagsOf = (s: string) => split(s);
/** "Regierung" is a common word here: a person's name word it is not propagated from. */
const lexicons: Lexicons = { ...NO_LEXICONS, isCommonWord: (h) => h === hashString('regierung') };

describe('propagateInDocument', () => {
  it.each([
    {
      why: "a person's surname recurs untagged",
      doc: ['CDU-Sprecher Wolfgang Männer widersprach .', 'Männer sagt das .'],
      tags: ['O B-PER I-PER O O', 'O O O O'],
      second: 'B-PER O O O',
    },
    {
      why: "a person's surname recurs in the genitive",
      doc: ['CDU-Sprecher Wolfgang Männer widersprach .', 'Männers Vorwürfe wiegen schwer .'],
      tags: ['O B-PER I-PER O O', 'O O O O O'],
      second: 'B-PER O O O O',
    },
    {
      why: 'a whole name recurs untagged',
      doc: ['Die Deutsche Bank meldet Gewinne .', 'Die Deutsche Bank wächst .'],
      tags: ['O B-ORG I-ORG O O O', 'O O O O O'],
      second: 'O B-ORG I-ORG O O',
    },
    {
      why: 'a form seen with two types is left alone',
      doc: ['Paris Hilton kam .', 'Paris liegt an der Seine .', 'Paris ist schön .'],
      tags: ['B-PER I-PER O O', 'B-LOC O O O B-LOC O', 'O O O O'],
      second: 'B-LOC O O O B-LOC O',
    },
    {
      why: 'a lower-case occurrence is not a name',
      doc: ['Herr Bach spielte .', 'Der bach fließt .'],
      tags: ['O B-PER O O', 'O O O O'],
      second: 'O O O O',
    },
    {
      why: 'a common word inside a person span is not propagated alone',
      doc: ['Hans Regierung kam .', 'Die Regierung tagt .'],
      tags: ['B-PER I-PER O O', 'O O O O'],
      second: 'O O O O',
    },
  ])('$why', ({ doc, tags, second }) => {
    const out = propagateInDocument(doc.map(split), tags.map(tagsOf), lexicons);
    expect(out[1]!.join(' ')).toBe(second);
    expect(out[0]!.join(' ')).toBe(tags[0]);
  });
});
