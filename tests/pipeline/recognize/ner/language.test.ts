import { describe, expect, it } from 'vitest';
import { isEnglish } from '../../../../src/pipeline/recognize/ner/language';
import { recognize } from '../../../../src/pipeline/recognize/recognize';

const english =
  'Russian President Vladimir Putin and his Chinese counterpart, Xi Jinping, will meet next week for their first face-to-face meeting since the war in Ukraine began over six months ago, officials said on Wednesday in Moscow.';
const german =
  'Warum Mangos und Papayas jetzt teurer sind: Die Händler im Großmarkt klagen über hohe Kosten für die Fracht aus Asien, weil weniger Flüge stattfinden und die Nachfrage in der Stadt gestiegen ist, sagte die Sprecherin.';
const french =
  'Un juge de la Cour canadienne de l’impôt se récuse dans une affaire qui oppose le fisc à la firme KPMG, selon des documents obtenus par Radio-Canada dans le cadre de son enquête sur les paradis fiscaux.';

describe('isEnglish', () => {
  it.each([
    [english, undefined, true],
    [german, undefined, false],
    [french, undefined, false],
    [german, 'en-US', true],
    [english, 'de-DE', false],
    [english, 'en', true],
    [english, 'EN_gb', true],
    ['Putin meets Xi', undefined, true],
  ])('%#: %s… (lang %s) → %s', (text, lang, expected) => {
    expect(isEnglish(text, lang)).toBe(expected);
  });
});

describe('recognize by language', () => {
  it('finds no names in a page declared German, and names in English', () => {
    expect(recognize(german, { lang: 'de-DE' }).entities.filter((e) => e.type !== 'date')).toEqual([]);
    expect(recognize(english, { lang: 'en-US' }).entities.some((e) => e.name === 'Vladimir Putin')).toBe(true);
  });
});
