/**
 * Roles attach to the person they describe, one row per construction, with rows where no role (or another
 * person's) must be given next to them.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../../src/pipeline/recognize/ner/entities';
import { shippedModel } from '../../../../src/languages/en/ner-model';

const roleOf = (text: string, name: string) =>
  findEntities(text, shippedModel()).find((e) => e.type === 'person' && e.name === name)?.role ?? null;

describe('roles by construction', () => {
  it.each([
    [
      'apposition after the name',
      'Andrey Denisov, Russian envoy to Beijing, told reporters.',
      'Andrey Denisov',
      'Russian envoy to Beijing',
    ],
    [
      'title before the name',
      'Russian President Vladimir Putin arrived on Thursday.',
      'Vladimir Putin',
      'Russian President',
    ],
    [
      '"X, the Y of Z"',
      'Keir Starmer, the leader of the Labour Party, spoke on Monday.',
      'Keir Starmer',
      'the leader of the Labour Party',
    ],
    [
      '"the Y\'s wife, X"',
      "Keir Starmer spoke. The Prime Minister's wife, Victoria Starmer, wore a gown.",
      'Victoria Starmer',
      "The Prime Minister's wife",
    ],
    [
      '"the Y\'s wife, Lady X" names the wife',
      "Sir Keir Starmer accepted gifts. The Prime Minister's wife, Lady Starmer, wore a gown.",
      'Lady Starmer',
      "The Prime Minister's wife",
    ],
    [
      '"the Z\'s Y, X"',
      "Critics fear a leadership in the mold of Egypt's president, Abdel Fattah el-Sisi.",
      'Abdel Fattah el-Sisi',
      "Egypt's president",
    ],
  ])('%s', (_, text, name, role) => {
    expect(roleOf(text, name)).toBe(role);
  });

  it.each([
    [
      "the husband does not take the wife's role",
      "Sir Keir Starmer accepted gifts. The Prime Minister's wife, Lady Starmer, wore a gown.",
      'Keir Starmer',
    ],
    [
      "the husband does not take the wife's role (full name)",
      "Keir Starmer spoke. The Prime Minister's wife, Victoria Starmer, wore a gown.",
      'Keir Starmer',
    ],
    ['a list of places is no role', 'Xi Jinping flew to Samarkand, Uzbekistan, on Wednesday.', 'Xi Jinping'],
  ])('no role: %s', (_, text, name) => {
    expect(roleOf(text, name)).toBeNull();
  });
});

describe('relatives', () => {
  it('a relative sharing a surname is a person of their own', () => {
    const found = findEntities('Joe Biden spoke. His son, Hunter Biden, was there.', shippedModel());
    expect(found.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Joe Biden', 'Hunter Biden']);
  });
});
