import { describe, expect, it } from 'vitest';
import { trueCase, trueCaseName } from '../../../src/pipeline/page/true-case';

const text =
  'Russian President Vladimir Putin will meet Xi Jinping. Gazprom, the gas giant, signed a deal with China. ' +
  'The SCO summit is in Samarkand. The gas deal was signed in rubles.';

describe('trueCase', () => {
  it.each([
    ['RUSSIA’S GAZPROM SIGNS GAS DEAL WITH CHINA', 'Russia’s Gazprom signs gas deal with China'],
    ['PUTIN TO ATTEND WAR GAMES WITH CHINA', 'Putin to attend war games with China'],
    ['XI AND PUTIN AT SCO SUMMIT', 'Xi and Putin at SCO summit'],
    ['Putin to attend war games with China', 'Putin to attend war games with China'],
  ])('%s → %s', (caps, want) => {
    expect(trueCase(caps, { text, names: ['Russia'] })).toBe(want);
  });

  it('takes a name from the name list when the article never writes it in normal case', () => {
    expect(trueCase('KREMLIN WARNS THE WEST', { text, names: ['Kremlin'] })).toBe('Kremlin warns the west');
  });

  it('a word of a name stays lower case where the article writes it so ("war" beside "Cold War")', () => {
    expect(trueCase('PUTIN TO ATTEND WAR GAMES', { text: `${text} The war goes on.`, names: ['Cold War'] })).toBe(
      'Putin to attend war games',
    );
  });

  it('lower-cases a word the article writes capitalized only at a sentence start', () => {
    expect(trueCase('THE GAS DEAL IS SIGNED', { text })).toBe('The gas deal is signed');
  });
});

describe('trueCaseName', () => {
  it.each([
    ['STEVE PEOPLES', 'Steve Peoples'],
    ['MARIA MCDONALD', 'Maria McDonald'],
    ['Thomas Beaumont', 'Thomas Beaumont'],
  ])('%s → %s', (name, want) => {
    expect(trueCaseName(name, { text: 'Maria McDonald said so.' })).toBe(want);
  });
});
