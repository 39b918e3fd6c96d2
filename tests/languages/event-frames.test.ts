/**
 * Who and where of named events outside English, read with the pack's words (EventArgumentWords): the place or party
 * inside the name, the place after "in"/"à"/"в", the participants after "mit"/"avec"/"с". False cases beside them:
 * a place after a word that is not a place word, a person who only reports.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { packFor } from '../../src/languages/all';
import { prepareNerModel } from '../../src/languages/pack-model';
import { analyzeArticle } from '../../src/pipeline/recognize';
import { textArticle } from '../support/text-article';

const CODES = ['de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'ru'];
beforeAll(async () => {
  for (const code of CODES) await prepareNerModel(code);
});

const frames = (code: string, text: string) => analyzeArticle(textArticle(code, text), packFor).events;

// code, text, event name, who it must have, where it must have, names it must not have in either.
const CASES: [string, string, string, string[], string[], string[]][] = [
  ['fr', 'Les dirigeants ont évoqué la guerre en Ukraine.', 'guerre en Ukraine', [], ['Ukraine'], []],
  ['fr', "Macron a parlé du sommet de l'OTAN à Vilnius.", "sommet de l'OTAN", ['OTAN'], ['Vilnius'], []],
  ['es', 'El ministro habló de la guerra de Ucrania en Madrid.', 'guerra de Ucrania', [], ['Ucrania'], []],
  ['it', 'Meloni ha parlato del vertice della Nato a Washington.', 'vertice della Nato', ['Nato'], ['Washington'], []],
  ['de', 'Der G20-Gipfel in Hamburg endete ohne Einigung.', 'G20-Gipfel', [], ['Hamburg'], []],
  [
    'de',
    'Die Ukraine wehrt sich. Der Ukraine-Krieg dauert an, sagte Olaf Scholz.',
    'Ukraine-Krieg',
    [],
    ['Ukraine'],
    ['Olaf Scholz'],
  ],
  ['ru', 'Стороны обсудили саммит НАТО в Вильнюсе.', 'саммит НАТО', ['НАТО'], ['Вильнюсе'], []],
  // "nach" names where one goes, but Berlin is no place of this summit's: a reporting person is no participant.
  ['de', 'Scholz sprach über den Nato-Gipfel, bevor er nach Berlin flog.', 'Nato-Gipfel', [], [], ['Berlin', 'Scholz']],
];

describe('event frames outside English', () => {
  it.each(CASES)('%s: %s', (code, text, name, who, where, neither) => {
    const frame = frames(code, text).find((f) => f.name === name);
    expect(frame, `${name} in ${JSON.stringify(frames(code, text).map((f) => f.name))}`).toBeDefined();
    expect(frame!.who ?? []).toEqual(expect.arrayContaining(who));
    expect(frame!.where ?? []).toEqual(expect.arrayContaining(where));
    for (const x of neither) {
      expect(frame!.who ?? []).not.toContain(x);
      expect(frame!.where ?? []).not.toContain(x);
    }
  });

  it('leaves English frames to English’s own patterns', () => {
    const text =
      'Vladimir Putin and Xi Jinping will meet at the Shanghai Cooperation Organization summit in Samarkand next week.';
    const events = analyzeArticle(textArticle('en', text), packFor).events;
    expect(events.some((e) => (e.where ?? []).includes('Samarkand'))).toBe(true);
  });
});
