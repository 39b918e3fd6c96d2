import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../../scripts/ner/datasets';
import { splitHalves } from '../../../scripts/ner/multilingual';

const sentence = (doc: string, i: number): Sentence => ({ tokens: [`w${i}`], tags: ['O'], doc });

describe('splitHalves', () => {
  const docs = ['a', 'a', 'b', 'c', 'c', 'c', 'd', 'e'];
  const sentences = docs.map((d, i) => sentence(d, i));
  const { tune, report } = splitHalves(sentences);

  it('sends whole documents (or blocks) alternately to the tune and the report half', () => {
    expect(tune.map((s) => s.doc)).toEqual(['a', 'a', 'c', 'c', 'c', 'e']);
    expect(report.map((s) => s.doc)).toEqual(['b', 'd']);
  });

  it('loses and duplicates nothing, and never splits a document', () => {
    expect(tune.length + report.length).toBe(sentences.length);
    const tuneDocs = new Set(tune.map((s) => s.doc));
    expect(report.some((s) => tuneDocs.has(s.doc))).toBe(false);
  });

  it('is the same every time', () => {
    expect(splitHalves(sentences)).toEqual({ tune, report });
  });
});
