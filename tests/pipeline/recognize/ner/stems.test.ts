import { describe, expect, it } from 'vitest';
import { stemOf, stemPhraseHash } from '../../../../src/pipeline/recognize/ner/features';

const POLISH = 'ami ach owi ego emu ych ich ymi imi om em ie ą ę a y i u e o'.split(' ');

describe('stemOf', () => {
  it.each([
    ['warszawa', POLISH, 'warsza'],
    ['warszawy', POLISH, 'warsza'],
    ['warszawie', POLISH, 'warsza'],
    ['kowalskiego', POLISH, 'kowals'],
    ['kowalski', POLISH, 'kowals'],
    // An ending is not removed when fewer than three letters would be left.
    ['ola', POLISH, 'ola'],
    // Without endings the stem is the first six letters.
    ['frankfurter', [], 'frankf'],
    ['bonn', [], 'bonn'],
  ])('%s → %s', (word, endings, stem) => {
    expect(stemOf(word, endings)).toBe(stem);
  });

  it('gives inflected forms of a phrase one hash and other phrases another', () => {
    expect(stemPhraseHash(['uniwersytet', 'warszawski'], POLISH)).toBe(
      stemPhraseHash(['uniwersytetu', 'warszawskiego'], POLISH),
    );
    expect(stemPhraseHash(['uniwersytet', 'warszawski'], POLISH)).not.toBe(
      stemPhraseHash(['uniwersytet', 'jagielloński'], POLISH),
    );
  });
});
