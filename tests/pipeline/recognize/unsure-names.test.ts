import { describe, expect, it } from 'vitest';
import { recognize } from '../../../src/pipeline/recognize/recognize';

const TEXT = "She discussed online photos with Naomi Wolf in Harper's Bazaar in 2016.";
const UNSURE_PERSON = 'Luiz Inacio Lula da Silva won the election.';

describe('names the tagger is unsure of', () => {
  it('by default, an English organization the tagger is unsure of is only listed', () => {
    const a = recognize(TEXT);
    expect(a.entities.map((e) => e.name)).not.toContain('Bazaar');
    expect(a.entities.map((e) => e.name)).toContain('Naomi Wolf');
    expect(a.unsure?.map((e) => e.name)).toEqual(['Bazaar']);
    expect(a.unsure?.[0]).toMatchObject({ type: 'organization', unsure: true });
  });
  it('by default, a person the tagger is unsure of stays an entity', () => {
    const lula = recognize(UNSURE_PERSON).entities.find((e) => e.name === 'Luiz Inacio Lula da Silva');
    expect(lula?.type).toBe('person');
    expect(lula!.confidence).toBeLessThan(0.8);
  });
  it('with no minimum, every name stays an entity', () => {
    const a = recognize(TEXT, {}, { minConfidence: 0 });
    expect(a.entities.map((e) => e.name)).toContain('Bazaar');
    expect(a.unsure).toBeUndefined();
  });
  it('a minimum given applies to every type', () => {
    const a = recognize(UNSURE_PERSON, {}, { minConfidence: 0.8 });
    expect(a.entities.map((e) => e.name)).not.toContain('Luiz Inacio Lula da Silva');
    expect(a.unsure?.map((e) => e.name)).toEqual(['Luiz Inacio Lula da Silva']);
  });
});
