/**
 * German role compounds before a name ("US-Präsident Joe Biden", "SPD-Chef Lars Klingbeil", "die frühere
 * CDU-Vorsitzende Annegret Kramp-Karrenbauer"): the name after the compound is the person, who gets the compound
 * as their role, and the compound is no part of the name. Double-barrelled surnames stay whole ("Martina
 * Voss-Tecklenburg"). The compound's first part, a country or a party the article names nowhere else, is an
 * unsure name the cards look up ("US", "Grünen"). False rows: a compound with no name after it, a common noun after it, a compound that is no
 * role ("SPD-Fraktion"), a hyphenated word that is a role, not a surname.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { packFor } from '../../src/languages/all';
import { prepareNerModel } from '../../src/languages/pack-model';
import { analyzeArticle } from '../../src/pipeline/recognize';
import { textArticle } from '../support/text-article';

beforeAll(async () => {
  await prepareNerModel('de');
  await prepareNerModel('pl');
});

function entities(code: string, text: string) {
  return analyzeArticle(textArticle(code, text), packFor).entities.filter((e) => e.type !== 'date');
}

// code, text, person, the role they must get (null: none).
const PEOPLE: [string, string, string, string | null][] = [
  ['de', 'SPD-Chef Lars Klingbeil lobte den Plan am Montag.', 'Lars Klingbeil', 'SPD-Chef'],
  [
    'de',
    'Die frühere CDU-Vorsitzende Annegret Kramp-Karrenbauer meldete sich zu Wort.',
    'Annegret Kramp-Karrenbauer',
    'frühere CDU-Vorsitzende',
  ],
  [
    'de',
    'Es gab Kritik. Auch Ex-Verfassungsschutzchef Hans-Georg Maaßen äußerte sich.',
    'Hans-Georg Maaßen',
    'Ex-Verfassungsschutzchef',
  ],
  [
    'de',
    'Der frühere Verfassungsschutzpräsident Hans-Georg Maaßen sagte am Montag nichts.',
    'Hans-Georg Maaßen',
    'frühere Verfassungsschutzpräsident',
  ],
  ['de', 'Am Abend sprach US-Präsident Joe Biden mit Grünen-Chefin Ricarda Lang.', 'Joe Biden', 'US-Präsident'],
  ['de', 'Am Abend sprach US-Präsident Joe Biden mit Grünen-Chefin Ricarda Lang.', 'Ricarda Lang', 'Grünen-Chefin'],
  ['de', 'Auch Ex-Präsident Donald Trump meldete sich.', 'Donald Trump', 'Ex-Präsident'],
  ['de', 'Die Trainerin Martina Voss-Tecklenburg sprach am Montag.', 'Martina Voss-Tecklenburg', 'Trainerin'],
  ['de', 'Das sagte Infrastrukturvorstand Berthold Huber am Montag.', 'Berthold Huber', 'Infrastrukturvorstand'],
  ['de', 'Am Montag hat Kremlchef Wladimir Putin gewarnt.', 'Wladimir Putin', 'Kremlchef'],
  ['de', 'Laut Annegret Kramp-Karrenbauer ist das falsch.', 'Annegret Kramp-Karrenbauer', null],
  ['pl', 'W środę przemawiała Anna Nowak-Karpińska z Krakowa.', 'Anna Nowak-Karpińska', null],
];

// code, text, entities it must not have ("type:name"), and whether it names any person at all.
const NOT_NAMES: [string, string, string[], boolean][] = [
  ['de', 'Der US-Präsident reist am Montag nach Kiew.', ['person:Kiew'], false],
  ['de', 'Der SPD-Chef Journalisten gegenüber schwieg.', ['person:Journalisten'], false],
  ['de', 'Die SPD-Fraktion Berlin stimmte zu.', ['person:Berlin'], false],
  [
    'de',
    'Gestern traf Anna SPD-Chef Lars Klingbeil.',
    ['person:Anna SPD-Chef', 'person:Anna SPD-Chef Lars Klingbeil', 'person:SPD-Chef Lars Klingbeil'],
    true,
  ],
  [
    'de',
    'SPD-Chef Lars Klingbeil lobte den Plan am Montag.',
    ['person:SPD-Chef Lars Klingbeil', 'person:Lars', 'person:Klingbeil'],
    true,
  ],
  ['de', 'Die Trainerin Martina Voss-Tecklenburg sprach am Montag.', ['person:Martina'], true],
];

// text, the compound's first parts held back as unsure names ("type:name"), and the entities it must have.
const PREFIXES: [string, string[], string[]][] = [
  ['US-Präsident Joe Biden sagte, der US-Präsident werde helfen.', ['place:US'], ['person:Joe Biden']],
  [
    'Ex-Kanzlerin Angela Merkel traf Grünen-Chefin Ricarda Lang und EU-Kommissarin Mairead McGuinness.',
    ['organization:Grünen', 'organization:EU'],
    ['person:Angela Merkel', 'person:Ricarda Lang'],
  ],
  // Named on its own too: an entity already, no unsure name beside it.
  ['SPD-Chef Lars Klingbeil lobte die SPD am Montag.', [], ['organization:SPD', 'person:Lars Klingbeil']],
  // "Ex-", "Vize-" and a compound that is no role name nothing.
  ['Vize-Präsident Robert Habeck sprach mit der SPD-Fraktion.', [], ['person:Robert Habeck']],
];

describe('German role compounds and double-barrelled surnames', () => {
  it.each(PREFIXES)('de: %s', (text, unsure, wanted) => {
    const analysis = analyzeArticle(textArticle('de', text), packFor);
    expect((analysis.unsure ?? []).map((e) => `${e.type}:${e.name}`).sort()).toEqual([...unsure].sort());
    expect(analysis.entities.map((e) => `${e.type}:${e.name}`)).toEqual(expect.arrayContaining(wanted));
  });

  it.each(PEOPLE)('%s: %s (%s)', (code, text, person, role) => {
    const found = entities(code, text).find((e) => e.type === 'person' && e.name === person);
    expect(found).toBeDefined();
    expect(found?.role ?? null).toBe(role);
  });

  it.each(NOT_NAMES)('%s: %s', (code, text, unwanted, anyPerson) => {
    const found = entities(code, text);
    const names = found.map((e) => `${e.type}:${e.name}`);
    for (const u of unwanted) expect(names).not.toContain(u);
    expect(found.some((e) => e.type === 'person')).toBe(anyPerson);
  });
});
