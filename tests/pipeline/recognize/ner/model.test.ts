import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tagSentence } from '../../../../scripts/conll';
import { decodeBase64, encodeBase64 } from '../../../../src/pipeline/recognize/ner/base64';
import { HashSet } from '../../../../src/pipeline/recognize/ner/hash-set';
import { decodeModel, type ModelFile } from '../../../../src/pipeline/recognize/ner/model';
import file from '../../../../src/languages/en/ner-model.json';
import {
  allowedTransition,
  spansFromTags,
  TAG_INDEX,
  tagsFromSpans,
} from '../../../../src/pipeline/recognize/ner/tags';

describe('model file', () => {
  it('is compact (≤ 3 MB) and carries what it was trained on', () => {
    expect(statSync('src/languages/en/ner-model.json').size).toBeLessThanOrEqual(3 * 2 ** 20);
    expect((file as ModelFile).meta?.trainedOn).toBeDefined();
  });

  it('rejects a model of another format or tag set', () => {
    expect(() => decodeModel({ ...(file as ModelFile), format: 'other/1' })).toThrow(/format/);
    expect(() => decodeModel({ ...(file as ModelFile), tags: ['O'] })).toThrow(/tag set/);
  });
});

describe('base64 and hash sets', () => {
  it.each([[[]], [[0]], [[1, 2]], [[255, 0, 128]], [[1, 2, 3, 4, 5, 6, 7]]])('round-trips %j', (bytes) => {
    const b = Uint8Array.from(bytes);
    const s = encodeBase64(b);
    expect(s).toBe(Buffer.from(b).toString('base64'));
    expect(Array.from(decodeBase64(s))).toEqual(bytes);
  });

  it('finds keys and misses others', () => {
    const set = HashSet.fromMap(
      new Map([
        [7, 3],
        [4_000_000_000, 1],
        [12, 2],
      ]),
    );
    expect([set.get(7), set.get(12), set.get(4_000_000_000), set.get(8), set.get(0)]).toEqual([3, 2, 1, 0, 0]);
  });
});

describe('tagSentence (CoNLL mode)', () => {
  it.each([
    [
      ['EU', 'rejects', 'German', 'call', 'to', 'boycott', 'British', 'lamb', '.'],
      ['B-ORG', 'O', 'B-MISC', 'O', 'O', 'O', 'B-MISC', 'O', 'O'],
    ],
    [
      ['Peter', 'Blackburn'],
      ['B-PER', 'I-PER'],
    ],
    [
      ['BRUSSELS', '1996-08-22'],
      ['B-LOC', 'O'],
    ],
    [
      ['Chinese', 'President', 'Xi', 'Jinping', 'met', 'Vladimir', 'Putin', 'in', 'Samarkand', '.'],
      ['B-MISC', 'O', 'B-PER', 'I-PER', 'O', 'B-PER', 'I-PER', 'O', 'B-LOC', 'O'],
    ],
    [
      ['He', 'met', 'them', 'on', 'Monday', '.'],
      ['O', 'O', 'O', 'O', 'O', 'O'],
    ],
  ])('%j', (tokens, tags) => {
    expect(tagSentence(tokens)).toEqual(tags);
  });

  it('always returns valid IOB2, one tag per token', () => {
    const tokens =
      'the New York Stock Exchange , Goldman Sachs and J.P. Morgan of New York , N.Y. , said on Friday'.split(' ');
    const tags = tagSentence(tokens);
    expect(tags).toHaveLength(tokens.length);
    tags.forEach((t, i) => {
      expect(allowedTransition(i ? TAG_INDEX.get(tags[i - 1]!)! : 0, TAG_INDEX.get(t)!)).toBe(true);
    });
    expect(tagSentence([])).toEqual([]);
  });

  it('converts IOB1 spans to IOB2', () => {
    expect(tagsFromSpans(spansFromTags(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC']), 5)).toEqual([
      'B-PER',
      'I-PER',
      'O',
      'B-LOC',
      'B-LOC',
    ]);
  });
});
