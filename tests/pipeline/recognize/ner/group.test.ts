import { describe, expect, it } from 'vitest';
import { groupMentions, nameKey, titleCase } from '../../../../src/pipeline/recognize/ner/group';
import type { RawMention } from '../../../../src/pipeline/recognize/ner/mentions';
import type { EntityType } from '../../../../src/shared/types';

let pos = 0;
function mention(text: string, type: EntityType, caps = false): RawMention {
  const start = pos;
  pos += text.length + 10;
  return {
    type,
    nerType: null,
    text,
    start,
    end: start + text.length,
    tokenStart: start,
    tokenEnd: start + 1,
    sentence: 0,
    caps,
  };
}

const grouped = (ms: RawMention[]) => groupMentions(ms).map((c) => [c.type, c.name, c.mentions.map((m) => m.text)]);

describe('nameKey', () => {
  it.each([
    ['U.S.', 'us'],
    ['the Soviet Union', 'soviet union'],
    ['Erdoğan', 'erdogan'],
    ['PUTIN', 'putin'],
    ['Côte d’Ivoire', "cote d'ivoire"],
    ['  New   York ', 'new york'],
  ])('%s → %s', (raw, key) => expect(nameKey(raw)).toBe(key));
});

describe('titleCase', () => {
  it.each([
    ['GAZPROM', 'Gazprom'],
    ['SCO', 'SCO'],
    ['NEW YORK TIMES', 'New York Times'],
  ])('%s → %s', (a, b) => expect(titleCase(a)).toBe(b));
});

describe('groupMentions', () => {
  it.each<[string, RawMention[], unknown[]]>([
    [
      'surname and capitals join the full name',
      [mention('Putin', 'person'), mention('Vladimir Putin', 'person'), mention('PUTIN', 'person', true)],
      [['person', 'Vladimir Putin', ['Putin', 'Vladimir Putin', 'PUTIN']]],
    ],
    [
      'a short form tagged as a place still joins the one person it names',
      [mention('Xi Jinping', 'person'), mention('Xi', 'place')],
      [['person', 'Xi Jinping', ['Xi Jinping', 'Xi']]],
    ],
    [
      'aliases',
      [mention('USSR', 'organization'), mention('Soviet Union', 'place')],
      [['place', 'Soviet Union', ['USSR', 'Soviet Union']]],
    ],
    [
      'acronyms',
      [mention('European Central Bank', 'organization'), mention('ECB', 'organization')],
      [['organization', 'European Central Bank', ['European Central Bank', 'ECB']]],
    ],
    [
      'a capitals-only name is title-cased',
      [mention('GAZPROM', 'organization', true)],
      [['organization', 'Gazprom', ['GAZPROM']]],
    ],
    [
      'events stay apart from the names inside them',
      [
        mention('Shanghai Cooperation Organization', 'organization'),
        mention('Shanghai Cooperation Organization summit', 'event'),
      ],
      [
        ['event', 'Shanghai Cooperation Organization summit', ['Shanghai Cooperation Organization summit']],
        ['organization', 'Shanghai Cooperation Organization', ['Shanghai Cooperation Organization']],
      ],
    ],
    [
      'different people stay apart',
      [mention('Hillary Clinton', 'person'), mention('Bill Clinton', 'person')],
      [
        ['person', 'Hillary Clinton', ['Hillary Clinton']],
        ['person', 'Bill Clinton', ['Bill Clinton']],
      ],
    ],
    [
      'a place is no acronym of a person',
      [mention('Kim Jong Un', 'person'), mention('KJU', 'organization')],
      [
        ['person', 'Kim Jong Un', ['Kim Jong Un']],
        ['organization', 'KJU', ['KJU']],
      ],
    ],
  ])('%s', (_name, mentions, expected) => {
    expect(grouped(mentions)).toEqual(expected);
  });

  it('gives an ambiguous surname to the person mentioned last before it', () => {
    const ms = [mention('Hillary Clinton', 'person'), mention('Bill Clinton', 'person'), mention('Clinton', 'person')];
    const clusters = groupMentions(ms);
    expect(clusters.find((c) => c.name === 'Bill Clinton')!.mentions.map((m) => m.text)).toEqual([
      'Bill Clinton',
      'Clinton',
    ]);
  });
});
