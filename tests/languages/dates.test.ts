import { describe, expect, it } from 'vitest';
import { packFor } from '../../src/languages/all';
import { findDates } from '../../src/pipeline/recognize/time/find-dates';

/** Published on Wednesday 6 May 2026: Thursday before is 30 April, after is 7 May; this is ISO week 19. */
const PUBLISHED = '2026-05-06';

const datesIn = (code: string, text: string) =>
  findDates(text, { publishedAt: PUBLISHED, words: packFor(code)!.dateWords }).map((d) => [d.text, d.value]);

type Case = [code: string, dated: [text: string, span: string, value: string][], undated: string[]];

const CASES: Case[] = [
  [
    'de',
    [
      ['Scholz hat am Donnerstag Macron getroffen.', 'Donnerstag', '2026-04-30'],
      ['Scholz wird am Donnerstag nach Paris reisen.', 'Donnerstag', '2026-05-07'],
      ['Die Gespräche gehen nächste Woche weiter.', 'nächste Woche', '2026-W20'],
      ['Das war vergangene Woche.', 'vergangene Woche', '2026-W18'],
      ['Sie reist am 15. Mai nach Brüssel.', '15. Mai', '2026-05-15'],
      ['Das Treffen fand am 3. September 2025 statt.', '3. September 2025', '2025-09-03'],
      ['Die Regierung hat gestern entschieden.', 'gestern', '2026-05-05'],
    ],
    // "Morgen" is the morning after an article, and a noun in mid-sentence.
    ['Er kam am Morgen an.', 'Am frühen Morgen fiel Schnee.', 'Die Tagung endet mit einer Bilanz.'],
  ],
  [
    'fr',
    [
      ['Les discussions reprendront la semaine prochaine.', 'semaine prochaine', '2026-W20'],
      ['Le président a reçu jeudi dernier son homologue.', 'jeudi dernier', '2026-04-30'],
      ['Le sommet aura lieu le 15 mai à Paris.', '15 mai', '2026-05-15'],
      ["Le ministre l'a annoncé hier.", 'hier', '2026-05-05'],
      ['Il est né le 3 septembre 1958.', '3 septembre 1958', '1958-09-03'],
    ],
    ['Le mois de la photo commence.', 'La semaine de quatre jours fait débat.'],
  ],
  [
    'es',
    [
      ['Las elecciones serán el próximo 15 de mayo.', 'próximo 15 de mayo', '2026-05-15'],
      ['El ministro viajó la semana pasada a Kiev.', 'semana pasada', '2026-W18'],
      ['El presidente dijo el jueves que no dimitirá.', 'jueves', '2026-04-30'],
      ['La reunión se celebrará la próxima semana.', 'próxima semana', '2026-W20'],
      ['Nació el 3 de septiembre de 1958.', '3 de septiembre de 1958', '1958-09-03'],
    ],
    ['Se levantó por la mañana temprano.', 'La semana laboral es larga.'],
  ],
  [
    'it',
    [
      ['Il vertice è previsto per il 3 settembre.', '3 settembre', '2026-09-03'],
      ['Il premier ha parlato ieri alla Camera.', 'ieri', '2026-05-05'],
      ['Le trattative riprendono la settimana prossima.', 'settimana prossima', '2026-W20'],
      ['Il voto si è tenuto lo scorso anno.', 'scorso anno', '2025'],
    ],
    ['La settimana corta divide i sindacati.'],
  ],
  [
    'nl',
    [
      ['Het kabinet viel vorige week.', 'vorige week', '2026-W18'],
      ['De premier zal donderdag in Brussel zijn.', 'donderdag', '2026-05-07'],
      ['De verkiezingen waren op 15 mei 2025.', '15 mei 2025', '2025-05-15'],
      ['De minister reist morgen naar Parijs.', 'morgen', '2026-05-07'],
    ],
    ['Hij werkte de hele morgen door.', 'De week van de eenzaamheid begint.'],
  ],
  [
    'pt',
    [
      ['A votação será na próxima semana.', 'próxima semana', '2026-W20'],
      ['A cimeira decorre a 15 de maio em Lisboa.', '15 de maio', '2026-05-15'],
      ['O presidente disse ontem que não vai recuar.', 'ontem', '2026-05-05'],
      ['O ministro esteve em Madrid na semana passada.', 'semana passada', '2026-W18'],
    ],
    ['A semana de trabalho é longa.'],
  ],
  [
    'pl',
    [
      ['Rozmowy będą kontynuowane w przyszłym tygodniu.', 'przyszłym tygodniu', '2026-W20'],
      ['Premier spotkał się w czwartek z prezydentem.', 'czwartek', '2026-04-30'],
      ['Szczyt odbędzie się 15 maja w Warszawie.', '15 maja', '2026-05-15'],
      ['Wybory odbyły się w zeszłym roku.', 'zeszłym roku', '2025'],
      ['Minister powiedział wczoraj, że to koniec.', 'wczoraj', '2026-05-05'],
      ['Umowę podpisano 3 września 2025 r.', '3 września 2025 r', '2025-09-03'],
    ],
    ['Tydzień pracy jest za długi.', 'Rok szkolny się kończy.'],
  ],
  [
    'ru',
    [
      ['Президент встретился в четверг с премьером.', 'четверг', '2026-04-30'],
      ['Переговоры продолжатся на следующей неделе.', 'следующей неделе', '2026-W20'],
      ['Соглашение подписано 15 мая 2025 года.', '15 мая 2025 года', '2025-05-15'],
      ['Выборы прошли в прошлом году.', 'прошлом году', '2025'],
      ['Министр заявил вчера, что это не так.', 'вчера', '2026-05-05'],
    ],
    ['Неделя моды открылась.', 'Год был трудным.'],
  ],
];

describe.each(CASES)('%s dates', (code, dated, undated) => {
  it.each(dated)('%s', (text, span, value) => {
    expect(datesIn(code, text)).toContainEqual([span, value]);
  });
  it.each(undated)('no date in %s', (text) => {
    expect(datesIn(code, text)).toEqual([]);
  });
});

/** Calendar forms chrono-node's locales used to read, now the packs' own rules (local-calendar-rules.ts). */
const CALENDAR_FORMS: [code: string, text: string, span: string, value: string][] = [
  // A weekday written beside the day belongs to it, and picks the year when none is written.
  ['de', 'Am Samstag, 31. Oktober, endet die Frist.', 'Samstag, 31. Oktober', '2026-10-31'],
  ['es', 'El acto fue el sábado 12 de diciembre de 2015.', 'sábado 12 de diciembre de 2015', '2015-12-12'],
  ['nl', 'Op zaterdag 22 mei 2004 trouwde het paar.', 'zaterdag 22 mei 2004', '2004-05-22'],
  // Spans of days in one month, and across months.
  ['de', 'Die Messe läuft vom 28. bis 31. August.', '28. bis 31. August', '2026-08-28/2026-08-31'],
  ['fr', 'Le festival a lieu du 4 au 6 août 2025.', '4 au 6 août 2025', '2025-08-04/2025-08-06'],
  ['ru', 'Игры прошли с 1 по 28 июля 2000 года.', '1 по 28 июля 2000 года', '2000-07-01/2000-07-28'],
  ['fr', 'Il fut maire du 3 mai au 19 juin 2013.', '3 mai au 19 juin 2013', '2013-05-03/2013-06-19'],
  [
    'pl',
    'Strajk trwał od 30 lipca – 2 sierpnia 1944 roku.',
    '30 lipca – 2 sierpnia 1944 roku',
    '1944-07-30/1944-08-02',
  ],
  // Ordinal first days, numeric dates, short month names after a day.
  ['fr', 'La loi entre en vigueur le 1er février 1922.', '1er février 1922', '1922-02-01'],
  ['pt', 'Nasceu em 1º de janeiro de 1954.', '1º de janeiro de 1954', '1954-01-01'],
  ['pt', 'A escritura é de 29/12/1992.', '29/12/1992', '1992-12-29'],
  ['de', 'Der Vertrag vom 15.05.2025 gilt weiter.', '15.05.2025', '2025-05-15'],
  ['es', 'Madrid, 23 may (EFE). El Gobierno aprobó el plan.', '23 may', '2026-05-23'],
];

/** Look-alikes that are not dates. */
const NOT_DATES: [code: string, text: string][] = [
  ['de', 'Das Spiel endete 3:1 nach 90 Minuten.'],
  ['pt', 'O placar foi 29/12 no intervalo.'],
  ['es', 'Theresa May habló con la prensa.'],
  ['fr', 'Le score était de 4 à 6 au total.'],
  ['de', 'Die Preise stiegen um 15.05 Euro.'],
  ['de', 'Er lief 28 bis 31 Runden.'],
];

describe('calendar forms', () => {
  it.each(CALENDAR_FORMS)('%s: %s', (code, text, span, value) => {
    expect(datesIn(code, text)).toContainEqual([span, value]);
  });
  it.each(NOT_DATES)('%s: no date in %s', (code, text) => {
    expect(datesIn(code, text)).toEqual([]);
  });
});
