/**
 * Roles and the names around them outside English: a role's complement run into the holder's name is split off
 * ("presidente del Consiglio Giorgia Meloni"), a compound title leaves the name ("EU-Kommissionspräsidentin"), a role
 * phrase is no organization ("ministre des Affaires étrangères"), ministries and offices are organizations in any
 * case form, well-known companies are organizations, and the holder gets the whole role. Each true row has false
 * rows beside it: names that look alike and must stay as they are.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { packFor } from '../../src/languages/all';
import { prepareNerModel } from '../../src/languages/pack-model';
import { analyzeArticle } from '../../src/pipeline/recognize';
import { textArticle } from '../support/text-article';

const CODES = ['de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'ru'];
beforeAll(async () => {
  for (const code of CODES) await prepareNerModel(code);
}, 60_000);

function entities(code: string, text: string) {
  return analyzeArticle(textArticle(code, text), packFor).entities.filter((e) => e.type !== 'date');
}

// code, text, entities it must have, entities it must not have.
const NAMES: [string, string, string[], string[]][] = [
  // A role's complement run into the holder's name.
  [
    'it',
    'La presidente del Consiglio Giorgia Meloni ha parlato a lungo mercoledì.',
    ['person:Giorgia Meloni', 'organization:Consiglio'],
    ['organization:Consiglio Giorgia Meloni'],
  ],
  [
    'it',
    'Ha incontrato la presidente della Commissione europea Ursula von der Leyen.',
    ['person:Ursula von der Leyen', 'organization:Commissione europea'],
    ['person:Commissione europea Ursula von der Leyen'],
  ],
  [
    'pl',
    'Premier przyjął w środę kanclerza Niemiec Olafa Scholza w stolicy.',
    // Named in the nominative (base-forms.ts); the mention keeps "Olafa Scholza".
    ['person:Olaf Scholz', 'place:Niemiec'],
    ['place:Niemiec Olafa Scholza'],
  ],
  [
    'ru',
    'Пресс-секретарь Кремля Дмитрий Песков заявил об этом в четверг.',
    ['person:Дмитрий Песков', 'organization:Кремля'],
    ['person:Кремля Дмитрий Песков'],
  ],
  [
    'fr',
    'Il doit rencontrer le ministre-président de Bavière Markus Söder la semaine prochaine.',
    ['person:Markus Söder', 'place:Bavière'],
    ['person:Bavière Markus Söder'],
  ],
  // Not a complement: a name with its own "of" part after a role stays whole, a place named so stays a place.
  [
    'es',
    'El presidente de la Federación Hotelera de Baleares calificó de injusta la medida.',
    [],
    ['person:Hotelera de Baleares', 'organization:Federación'],
  ],
  ['it', 'Il premier ha ricevuto il cancelliere a Palazzo Chigi, a Roma.', ['place:Palazzo Chigi'], []],
  ['es', 'El gobernador del Banco de España compareció el martes.', ['organization:Banco de España'], []],
  // Compound titles leave the name; particles go on with it.
  [
    'de',
    'Söder reist nach Brüssel, um EU-Kommissionspräsidentin Ursula von der Leyen zu treffen.',
    ['person:Ursula von der Leyen'],
    ['person:EU-Kommissionspräsidentin Ursula'],
  ],
  [
    'de',
    'Die Johannes Gutenberg-Universität in Mainz hat am Montag neue Studiengänge vorgestellt.',
    [],
    ['person:Johannes', 'organization:Universität'],
  ],
  ['de', 'Wie kann Renate Schmidt den Nerv besitzen, das zu sagen?', ['person:Renate Schmidt'], []],
  // A compound that describes the name after it is no part of it, and gives its type.
  [
    'de',
    'Am Montag hat Kremlchef Wladimir Putin gewarnt, wie Kremlsprecher Dmitri Peskow sagte.',
    ['person:Wladimir Putin', 'person:Dmitri Peskow'],
    ['person:Kremlchef Wladimir Putin', 'person:Kremlsprecher Dmitri Peskow'],
  ],
  [
    'de',
    'Der Autobauer Volkswagen und der Chiphersteller Infineon wollen in Dresden investieren, berichtete die Nachrichtenagentur Reuters.',
    ['organization:Reuters', 'organization:Infineon'],
    ['person:Reuters', 'person:Nachrichtenagentur Reuters', 'place:Chiphersteller Infineon'],
  ],
  // A surname that is such an ending alone ("Bauer") describes nobody.
  [
    'de',
    'Anna Bauer sprach am Dienstag mit Thomas Bauer in Berlin über die Wahl.',
    ['person:Anna Bauer', 'person:Thomas Bauer', 'place:Berlin'],
    [],
  ],
  // A role phrase is no organization; "Premier" before "ministre" is no person; "Premier League" stays.
  [
    'fr',
    'La ministre des Affaires étrangères Catherine Colonna a participé au déjeuner.',
    ['person:Catherine Colonna'],
    ['organization:ministre des Affaires étrangères'],
  ],
  [
    'fr',
    'Selon Le Monde, le Premier ministre Élisabeth Borne se rendra à Berlin.',
    ['person:Élisabeth Borne'],
    ['person:Premier'],
  ],
  ['fr', 'Le club anglais a remporté la Premier League dimanche.', ['organization:Premier League'], []],
  // A word that finishes the office is no place; a role read into one MISC span with the name leaves it.
  [
    'fr',
    'Le président de la République Emmanuel Macron a parlé mardi.',
    ['person:Emmanuel Macron'],
    ['place:République', 'person:République Emmanuel Macron'],
  ],
  [
    'it',
    'Il presidente della Repubblica Sergio Mattarella ha parlato.',
    ['person:Sergio Mattarella'],
    ['place:Repubblica', 'organization:Repubblica', 'person:Repubblica Sergio Mattarella'],
  ],
  [
    'pt',
    'O presidente da República Marcelo Rebelo de Sousa falou.',
    ['person:Marcelo Rebelo de Sousa'],
    ['place:República'],
  ],
  ['fr', 'Il vit en République tchèque depuis 2010.', ['place:République tchèque'], []],
  [
    'fr',
    'La Première ministre britannique Liz Truss a démissionné jeudi.',
    ['person:Liz Truss'],
    ['person:Première ministre britannique Liz Truss'],
  ],
  ['es', 'Durante la Primera Guerra Mundial, el pueblo quedó vacío.', [], ['person:Guerra Mundial']],
  // A lower-case common noun opening a name.
  ['it', "Lo ha riferito l'agenzia Ansa nel pomeriggio di mercoledì.", ['organization:Ansa'], ['place:agenzia Ansa']],
  ['it', 'Il comune si trova in provincia di Pisa, vicino al mare.', ['place:provincia di Pisa'], ['place:Pisa']],
  // Ministries and offices in any case form.
  [
    'pt',
    'Amazon e Google foram convidados pelo Ministério da Economia.',
    ['organization:Ministério da Economia'],
    ['place:Ministério da Economia'],
  ],
  [
    'pl',
    'Firmy zostały zaproszone przez Ministerstwo Rozwoju w piątek.',
    ['organization:Ministerstwo Rozwoju'],
    ['place:Ministerstwo Rozwoju'],
  ],
  [
    'pl',
    'Spotkanie odbyło się w Kancelarii Premiera w Warszawie.',
    ['organization:Kancelaria Premiera', 'place:Warszawie'],
    ['place:Kancelarii Premiera w Warszawie'],
  ],
  [
    'pl',
    'Delegacja odwiedziła Ministerstwo Spraw Zagranicznych we wtorek.',
    ['organization:Ministerstwo Spraw Zagranicznych'],
    ['organization:Ministerstwo'],
  ],
  [
    'ru',
    'Компании были приглашены Министерством экономического развития.',
    ['organization:Министерство'],
    ['person:Министерством', 'person:Министерство'],
  ],
  // Well-known companies.
  [
    'es',
    'Amazon y Google fueron invitados por el Ministerio de Economía.',
    ['organization:Google', 'organization:Amazon'],
    ['person:Google'],
  ],
  ['it', 'Amazon e Google sono stati invitati dal ministero.', ['organization:Amazon'], ['place:Amazon']],
];

// code, text, person, role it must get.
const ROLES: [string, string, string, string][] = [
  [
    'fr',
    'Le président a reçu mercredi le chancelier allemand Olaf Scholz à Paris.',
    'Olaf Scholz',
    'chancelier allemand',
  ],
  ['it', 'Meloni ha ricevuto il cancelliere tedesco Olaf Scholz a Roma.', 'Olaf Scholz', 'cancelliere tedesco'],
  ['es', 'Sánchez recibió al canciller alemán Olaf Scholz en Madrid.', 'Olaf Scholz', 'canciller alemán'],
  ['pt', 'Lula recebeu o chanceler alemão Olaf Scholz em Brasília.', 'Olaf Scholz', 'chanceler alemão'],
  ['es', 'La canciller alemana Angela Merkel habló el lunes.', 'Angela Merkel', 'canciller alemana'],
  ['fr', 'Le porte-parole du gouvernement Olivier Véran a parlé.', 'Olivier Véran', 'porte-parole du gouvernement'],
  [
    'fr',
    'La ministre des Affaires étrangères Catherine Colonna a participé au déjeuner.',
    'Catherine Colonna',
    'ministre des Affaires étrangères',
  ],
  [
    'it',
    "Il ministro degli Esteri Antonio Tajani ha partecipato all'incontro.",
    'Antonio Tajani',
    'ministro degli Esteri',
  ],
  ['ru', 'В переговорах участвовал министр иностранных дел Сергей Лавров.', 'Сергей Лавров', 'министр иностранных дел'],
  [
    'it',
    'La presidente del Consiglio Giorgia Meloni ha parlato a lungo.',
    'Giorgia Meloni',
    'presidente del Consiglio',
  ],
  [
    'de',
    'Er will EU-Kommissionspräsidentin Ursula von der Leyen treffen.',
    'Ursula von der Leyen',
    'EU-Kommissionspräsidentin',
  ],
  [
    'fr',
    'Selon Le Monde, le Premier ministre Élisabeth Borne se rendra à Berlin.',
    'Élisabeth Borne',
    'Premier ministre',
  ],
  [
    'fr',
    'Le président de la République Emmanuel Macron a parlé mardi.',
    'Emmanuel Macron',
    'président de la République',
  ],
  [
    'fr',
    'La Première ministre britannique Liz Truss a démissionné jeudi.',
    'Liz Truss',
    'Première ministre britannique',
  ],
];

// code, text, person who must get no role: a verb between a role word and the name is no part of a title.
const NO_ROLES: [string, string, string][] = [
  ['fr', 'Le président a reçu Olaf Scholz mercredi à Paris.', 'Olaf Scholz'],
  ['fr', 'Le président reçoit Olaf Scholz à Paris.', 'Olaf Scholz'],
  ['it', 'Il presidente incontra Olaf Scholz a Roma.', 'Olaf Scholz'],
  ['it', 'Il ministro ha detto che Antonio Tajani parteciperà.', 'Antonio Tajani'],
];

describe('roles and names outside English', () => {
  it.each(NAMES)('%s: %s', (code, text, wanted, unwanted) => {
    const found = entities(code, text).map((e) => `${e.type}:${e.name}`);
    for (const w of wanted) expect(found).toContain(w);
    for (const u of unwanted) expect(found).not.toContain(u);
  });

  it.each(ROLES)('%s: %s', (code, text, person, role) => {
    const found = entities(code, text).find((e) => e.type === 'person' && e.name === person);
    expect(found?.role).toBe(role);
  });

  it.each(NO_ROLES)('%s: %s', (code, text, person) => {
    const found = entities(code, text).find((e) => e.type === 'person' && e.name === person);
    expect(found).toBeDefined();
    expect(found?.role).toBeUndefined();
  });
});
