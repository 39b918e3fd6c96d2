import { describe, expect, it } from 'vitest';
import { recognize, recognizeInSteps } from '../../../src/pipeline/recognize/recognize';
import type { Entity, EntityType } from '../../../src/shared/types';

const entities = (text: string, title?: string) => recognize(text, { title }).entities;
const named = (es: Entity[], type: EntityType) => es.filter((e) => e.type === type).map((e) => e.name);
const find = (es: Entity[], name: string) => es.find((e) => e.name === name);

describe('recognize: people of many origins, with their titles', () => {
  it.each([
    ['Chinese Premier Li Qiang met Indian Prime Minister Narendra Modi in New Delhi.', ['Li Qiang', 'Narendra Modi']],
    [
      'Saudi Crown Prince Mohammed bin Salman hosted Egyptian President Abdel Fattah el-Sisi in Riyadh.',
      ['Mohammed bin Salman', 'Abdel Fattah el-Sisi'],
    ],
    [
      'Ukrainian President Volodymyr Zelenskyy spoke with Polish President Andrzej Duda.',
      ['Volodymyr Zelenskyy', 'Andrzej Duda'],
    ],
    ['Mexican President Andrés Manuel López Obrador spoke on Tuesday.', ['Andrés Manuel López Obrador']],
    [
      "Subrahmanyam Jaishankar, India's foreign minister, met Wang Yi in Beijing.",
      ['Subrahmanyam Jaishankar', 'Wang Yi'],
    ],
    ['Turkish President Recep Tayyip Erdoğan met Vladimir Putin in Sochi.', ['Recep Tayyip Erdoğan', 'Vladimir Putin']],
    ["Nigeria's President Bola Ahmed Tinubu met Kenya's William Ruto.", ['Bola Ahmed Tinubu', 'William Ruto']],
    ['Former U.S. President Donald J. Trump attacked Gov. Ron DeSantis.', ['Donald J. Trump', 'Ron DeSantis']],
    ['North Korean leader Kim Jong Un fired a missile.', ['Kim Jong Un']],
    // Without a title: the tagger and the span repairs alone.
    ['Luiz Inacio Lula da Silva won the election.', ['Luiz Inacio Lula da Silva']],
    ['Abiy Ahmed visited Nairobi last week.', ['Abiy Ahmed']],
    // Nothing in the sentence marks the name as a person: the tagger alone.
    ['Prabowo Subianto won the vote.', ['Prabowo Subianto']],
    ['Mohammed Shia al-Sudani met the envoy.', ['Mohammed Shia al-Sudani']],
    ['Sheikh Tamim bin Hamad Al Thani hosted the talks.', ['Tamim bin Hamad Al Thani']],
    ['Tsai Ing-wen met U.S. lawmakers.', ['Tsai Ing-wen']],
    ['Kassym-Jomart Tokayev dismissed the government.', ['Kassym-Jomart Tokayev']],
    ['Ursula von der Leyen presented the plan.', ['Ursula von der Leyen']],
    // A surname that is also a month: the tagger ends the name early.
    ['Prime Minister Theresa May met President Donald Trump.', ['Theresa May', 'Donald Trump']],
    ['Talks with Theresa May ended.', ['Theresa May']],
    // A weekday or a date after a given name is not a surname.
    ['He told Emily Tuesday that it was over.', ['Emily']],
  ])('%s', (text, people) => {
    expect(named(entities(text), 'person').sort()).toEqual([...people].sort());
  });

  it.each([
    ['Saudi Crown Prince Mohammed bin Salman arrived.', 'Mohammed bin Salman', 'Saudi Crown Prince'],
    ['Former U.S. President Donald J. Trump spoke.', 'Donald J. Trump', 'Former U.S. President'],
    ['ECB President Christine Lagarde said rates would rise.', 'Christine Lagarde', 'ECB President'],
    ['Olaf Scholz, the German chancellor, said Germany would act.', 'Olaf Scholz', 'the German chancellor'],
    [
      'Andrey Denisov, Russian envoy to Beijing told reporters on Wednesday.',
      'Andrey Denisov',
      'Russian envoy to Beijing',
    ],
    [
      'Joe Biden and his French counterpart, Emmanuel Macron, met.',
      'Emmanuel Macron',
      "Joe Biden's French counterpart",
    ],
  ])('role: %s', (text, name, role) => {
    expect(find(entities(text), name)?.role).toBe(role);
  });

  it.each([
    ['Samarkand, Uzbekistan, hosted the summit in Uzbekistan.', 'Samarkand'],
    ['Jane Smith, 45, and Tom Jones, 52, were arrested.', 'Jane Smith'],
  ])('no role where the neighbouring phrase is not one: %s', (text, name) => {
    expect(find(entities(text), name)?.role).toBeUndefined();
  });
});

describe('recognize: grouping mentions into entities', () => {
  it('groups full name, surname, possessive and ALL-CAPS headline forms', () => {
    const text =
      "PUTIN WARNS WEST\nRussian President Vladimir Putin spoke on Friday. Putin's speech was long, and Putin left.";
    const putin = entities(text).filter((e) => e.type === 'person');
    expect(putin).toHaveLength(1);
    expect(putin[0]!.name).toBe('Vladimir Putin');
    expect(putin[0]!.mentions.map((m) => m.text)).toEqual(['PUTIN', 'Vladimir Putin', 'Putin', 'Putin']);
    for (const m of putin[0]!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('joins aliases and acronyms', () => {
    const es = entities(
      'Gorbachev was the last leader of the USSR. The Soviet Union collapsed in 1991. Leaders met at the Shanghai Cooperation Organization summit; the SCO has eight members.',
    );
    const ussr = es.find((e) => e.mentions.some((m) => m.text === 'USSR'));
    expect(ussr?.mentions.map((m) => m.text).sort()).toEqual(['Soviet Union', 'USSR']);
    expect(ussr?.type).toBe('place');
    const sco = es.find((e) => e.type === 'organization' && e.name === 'Shanghai Cooperation Organization');
    expect(sco?.mentions.map((m) => m.text)).toEqual(['Shanghai Cooperation Organization', 'SCO']);
  });

  it('keeps two people who share a surname apart when both are named in full', () => {
    const es = entities('Hillary Clinton met voters in Ohio while Bill Clinton stayed in New York.');
    expect(named(es, 'person').sort()).toEqual(['Bill Clinton', 'Hillary Clinton']);
  });

  it('takes the type of the fullest form ("Xi" alone looks like a place)', () => {
    const es = entities(
      'Chinese President Xi Jinping will travel. The meetup between Xi and Putin matters, and Xi has not travelled since.',
    );
    expect(find(es, 'Xi Jinping')?.type).toBe('person');
    expect(find(es, 'Xi Jinping')?.mentions).toHaveLength(3);
  });
});

describe('recognize: false positives', () => {
  it.each([
    'Trending\nSign Up\nAdvertisement\nMonday, Sept. 12',
    'Yesterday the markets fell. Moreover, Tuesday was worse.',
    'NEWYou can now listen to these articles!',
    'Both world leaders have accused the government of over stepping.',
  ])('%s', (text) => {
    const es = entities(text).filter((e) => e.type !== 'date');
    expect(es.filter((e) => e.type === 'person' || e.type === 'organization' || e.type === 'place')).toEqual([]);
  });

  it('does not take capitals of a headline for names it does not know', () => {
    const es = entities('RUSSIA’S GAZPROM SIGNS GAS DEAL WITH CHINA TO CONVERT PAYMENTS TO RUBLE, YUAN');
    expect(named(es, 'organization')).toContain('Gazprom');
    expect(es.map((e) => e.name)).not.toContain('Ruble');
  });
});

describe('recognize: named events, quotes, salience', () => {
  it('finds named events', () => {
    const es = entities(
      'He was hailed for ending the Cold War. Leaders met at the Shanghai Cooperation Organization summit.',
    );
    expect(named(es, 'event').sort()).toEqual(['Cold War', 'Shanghai Cooperation Organization summit']);
  });

  it('attributes quotes to people', () => {
    const es = entities(
      'Andrey Denisov, the envoy, spoke. “This summit promises to be interesting,” Denisov said. Moscow agreed.',
    );
    expect(find(es, 'Andrey Denisov')?.quotes).toEqual(['This summit promises to be interesting,']);
  });

  it('ranks the headline and lead entity first', () => {
    const text = 'Angela Merkel met Emmanuel Macron in Paris.\n\nLater, Macron flew to Berlin. Macron spoke there.';
    const es = entities(text, 'Merkel visits Paris');
    const people = es.filter((e) => e.type === 'person').sort((a, b) => b.salience! - a.salience!);
    expect(people.map((e) => e.name)).toEqual(['Angela Merkel', 'Emmanuel Macron']);
    expect(people[0]!.salience).toBe(1);
    expect(people[1]!.salience).toBeLessThan(1);
  });
});

describe('recognize: hostile input', () => {
  it.each([
    ['empty', ''],
    ['whitespace', ' \n\t '],
    ['punctuation only', '!!! ??? ... ,,, “” ‘’'],
    ['binary-ish', '\u0000\u0001\uFFFD\uD800 abc \uDFFF'],
    ['one huge word', 'A'.repeat(100_000)],
    ['no punctuation', 'Word '.repeat(20_000)],
  ])('%s never throws and keeps offsets inside the text', (_name, text) => {
    const { entities: es } = recognize(text);
    for (const e of es) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('ignores a non-string text', () => {
    expect(recognize(undefined as unknown as string)).toEqual({ entities: [], events: [] });
  });
});

describe('recognize: headings and clitics', () => {
  it('treats a Title Case heading line like capitals: unknown phrases there are no names', () => {
    const es = entities(
      "Vice President Joe Biden spoke to reporters.\n\nBasis Behind Alleged Grudge\n\nPaging Alexa\n\nYou've got mail, Biden said.",
    );
    expect(es.filter((e) => e.type !== 'date').map((e) => e.name)).toEqual(['Joe Biden']);
    expect(find(es, 'Joe Biden')?.role).toBe('Vice President');
  });

  it('keeps a sentence full of names (ending with a period) as ordinary text', () => {
    const es = entities('Chinese Premier Li Qiang Met Indian Prime Minister Narendra Modi In New Delhi.');
    expect(named(es, 'person').sort()).toEqual(['Li Qiang', 'Narendra Modi']);
  });
});

describe('recognizeInSteps', () => {
  it.each([
    ['Chinese President Xi Jinping will meet Vladimir Putin in Samarkand on Sept. 15, the Kremlin said on Wednesday.'],
    ['Le président Emmanuel Macron a rencontré Olaf Scholz à Paris mardi.'],
    [''],
  ])("hands over the names first, then gives recognize()'s result: %s", async (text) => {
    const context = { title: 'Putin and Xi to meet', publishedAt: '2022-09-07' };
    const handed: Entity[][] = [];
    const result = await recognizeInSteps(text, context, {}, (named) => handed.push(named));
    expect(result).toEqual(recognize(text, context));
    expect(handed.flat().map((e) => e.name)).toEqual(
      result.entities.filter((e) => e.type !== 'date').map((e) => e.name),
    );
  });
});
