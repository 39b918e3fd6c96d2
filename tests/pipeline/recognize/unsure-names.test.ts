import { describe, expect, it } from 'vitest';
import { recognize } from '../../../src/pipeline/recognize/recognize';

const TEXT = "She discussed online photos with Naomi Wolf in Harper's Bazaar in 2016.";

describe('names the tagger is unsure of', () => {
  it('stay entities by default', () => {
    const a = recognize(TEXT);
    expect(a.entities.map((e) => e.name)).toContain('Bazaar');
    expect(a.alsoMentioned).toBeUndefined();
  });
  it('with a minimum confidence, leave the entities for the plain list', () => {
    const a = recognize(TEXT, {}, { minConfidence: 0.5 });
    expect(a.entities.map((e) => e.name)).not.toContain('Bazaar');
    expect(a.entities.map((e) => e.name)).toContain('Naomi Wolf');
    expect(a.alsoMentioned).toEqual(['Bazaar']);
  });
});
