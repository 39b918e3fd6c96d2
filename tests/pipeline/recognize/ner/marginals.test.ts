import { describe, expect, it } from 'vitest';
import { shippedModel } from '../../../../src/pipeline/recognize';
import { TAG_COUNT, TAG_INDEX, tokenize } from '../../../../src/pipeline/recognize/ner';
import { lattice, marginals, spanProbability } from '../../../../src/pipeline/recognize/ner/marginals';
import { scoreTokens } from '../../../../src/pipeline/recognize/ner/tagger';

const model = shippedModel();
const latticeOf = (text: string, temperature = 20) => {
  const tokens = tokenize(text).map((t) => t.text);
  return {
    tokens,
    l: lattice(scoreTokens(tokens, model), tokens.length, model.transitions, model.start, { temperature }),
  };
};

describe('forward-backward over the tagger’s scores', () => {
  it('gives each token a distribution over tags', () => {
    const { tokens, l } = latticeOf('Angela Merkel met Emmanuel Macron in Berlin on Monday.');
    const p = marginals(l);
    for (let i = 0; i < tokens.length; i++) {
      let sum = 0;
      for (let t = 0; t < TAG_COUNT; t++) sum += p[i * TAG_COUNT + t]!;
      expect(sum).toBeCloseTo(1, 9);
    }
  });
  it('believes the right span and type, and not a wrong span or type', () => {
    const { l } = latticeOf('Angela Merkel met Emmanuel Macron in Berlin on Monday.');
    const per = TAG_INDEX.get('B-PER')!;
    expect(spanProbability(l, 0, 2, per)).toBeGreaterThan(0.8);
    expect(spanProbability(l, 0, 1, per)).toBeLessThan(0.1);
    expect(spanProbability(l, 6, 7, TAG_INDEX.get('B-LOC')!)).toBeGreaterThan(0.8);
    expect(spanProbability(l, 6, 7, per)).toBeLessThan(0.1);
  });
  it('a span’s probability is the product path: a higher temperature makes it less sure', () => {
    const per = TAG_INDEX.get('B-PER')!;
    const sharp = spanProbability(latticeOf('Angela Merkel spoke.', 1).l, 0, 2, per);
    const flat = spanProbability(latticeOf('Angela Merkel spoke.', 60).l, 0, 2, per);
    expect(sharp).toBeGreaterThan(flat);
  });
  it('handles an empty sentence', () => {
    expect(marginals(lattice(new Float64Array(0), 0, model.transitions, model.start)).length).toBe(0);
  });
});
