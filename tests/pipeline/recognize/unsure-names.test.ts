import { describe, expect, it } from 'vitest';
import { recognize } from '../../../src/pipeline/recognize/recognize';
import { SEED_PUBLISHED_AT, SEED_TEXT, SEED_TITLE } from '../../fixtures/seed/seed';

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

describe('gates given per type and for one-word names', () => {
  const ONE_WORD = 'Rezwan said the rally went ahead. Luiz Inacio Lula da Silva won the election.';
  const names = (a: ReturnType<typeof recognize>) => ({
    sure: a.entities.filter((e) => e.type !== 'date').map((e) => e.name),
    unsure: (a.unsure ?? []).map((e) => e.name),
  });
  const base = names(recognize(ONE_WORD, {}, { minConfidence: 0, minOneWordConfidence: 0 }));
  it.each([
    // [options, name, held back]
    [{ minConfidence: { organization: 0.99 } }, 'Luiz Inacio Lula da Silva', false],
    [{ minConfidence: { person: 0.99 } }, 'Luiz Inacio Lula da Silva', true],
    [{ minConfidence: 0, minOneWordConfidence: { person: 0.99 } }, 'Luiz Inacio Lula da Silva', false],
    [{ minConfidence: 0, minOneWordConfidence: { person: 0.99 } }, 'Rezwan', true],
    [{ minConfidence: 0, minOneWordConfidence: { place: 0.99 } }, 'Rezwan', false],
    [{ minConfidence: 0, minOneWordConfidence: 0.99 }, 'Rezwan', true],
  ] as const)('%o holds back %s: %s', (options, name, held) => {
    expect(base.sure).toContain(name);
    const a = names(recognize(ONE_WORD, {}, options));
    expect(a.unsure.includes(name)).toBe(held);
    expect(a.sure.includes(name)).toBe(!held);
  });
});

describe('default gates on English names', () => {
  const seed = { text: SEED_TEXT, context: { title: SEED_TITLE, publishedAt: SEED_PUBLISHED_AT } };
  const sentence = (text: string) => ({ text, context: {} });
  // [case, name, threshold the defaults give it, text]: held back exactly when its confidence is under that.
  const cases = [
    ['a one-word person', 'Iodine', 0.5, sentence('Iodine deficiency can lead to serious health problems.')],
    ['a person of several words', 'Luiz Inacio Lula da Silva', 0, sentence(UNSURE_PERSON)],
    ['a place', 'West', 0.5, seed],
    ['a sure place', 'Samarkand', 0.5, seed],
    ['a sure person', 'Andrey Denisov', 0, seed],
  ] as const;
  it.each(cases)('%s: %s', (_, name, threshold, { text, context }) => {
    const all = recognize(text, context, { minConfidence: 0, minOneWordConfidence: 0 }).entities;
    const confidence = all.find((e) => e.name === name)?.confidence;
    expect(confidence).toBeTypeOf('number');
    const a = recognize(text, context);
    const held = confidence! < threshold;
    expect(a.unsure?.some((e) => e.name === name) ?? false).toBe(held);
    expect(a.entities.some((e) => e.name === name)).toBe(!held);
  });
  it('holds back some one-word person and some place of these cases, and keeps an unsure person of several words', () => {
    const confidenceOf = (i: number) =>
      recognize(cases[i]![3].text, cases[i]![3].context, { minConfidence: 0, minOneWordConfidence: 0 }).entities.find(
        (e) => e.name === cases[i]![1],
      )?.confidence ?? 1;
    expect([confidenceOf(0), confidenceOf(2)].every((c) => c < 0.5)).toBe(true);
    expect(confidenceOf(1)).toBeLessThan(0.5);
  });
});
