import { describe, expect, it } from 'vitest';
import { detectLanguage, primaryLanguage } from '../../../../src/pipeline/recognize/language/detect-language';

/** A short news paragraph per language, written for these tests. */
const TEXTS: Record<string, string> = {
  en: 'The government said on Thursday that it would not change the law, and the opposition has called for a vote in parliament before the summer.',
  de: 'Die Bundesregierung hat am Donnerstag erklärt, dass sie das Gesetz nicht ändern wird. Die Opposition fordert eine Abstimmung im Bundestag noch vor dem Sommer.',
  fr: "Le gouvernement a annoncé jeudi qu'il ne changerait pas la loi, et l'opposition demande un vote à l'Assemblée avant l'été pour les retraites.",
  es: 'El Gobierno anunció el jueves que no cambiará la ley, y la oposición pide una votación en el Congreso antes del verano para las pensiones.',
  it: "Il governo ha annunciato giovedì che non cambierà la legge, e l'opposizione chiede un voto in Parlamento prima dell'estate per le pensioni.",
  nl: 'De regering heeft donderdag gezegd dat zij de wet niet zal veranderen. De oppositie wil een stemming in de Tweede Kamer voor de zomer.',
  pt: 'O governo anunciou na quinta-feira que não vai mudar a lei, e a oposição pede uma votação no Parlamento antes do verão para as pensões.',
  pl: 'Rząd ogłosił w czwartek, że nie zmieni ustawy, a opozycja domaga się głosowania w Sejmie jeszcze przed latem. Premier powiedział, że to nie jest możliwe.',
  ru: 'Правительство в четверг заявило, что не будет менять закон, а оппозиция требует голосования в Думе до лета. Премьер сказал, что это не так.',
};

/**
 * News paragraphs in languages that borrow a pack, written for these tests: undeclared, each must be read as itself
 * and not as the close language beside it (Swedish, Danish and Norwegian; Czech, Slovak and Polish; Romanian and the
 * Romance pack languages).
 */
const BORROWER_TEXTS: Record<string, string> = {
  sv: 'Regeringen meddelade på torsdagen att den inte kommer att ändra lagen om arbetslöshetsförsäkring före valet. Oppositionen kräver att frågan ska avgöras i riksdagen redan under våren, och flera partier har sagt att de är beredda att rösta emot förslaget. Enligt finansministern skulle en ändring kosta mycket mer än vad som har beräknats, men kritikerna menar att det är för sent att vänta. Facket har också varit tydligt: om ingenting händer före sommaren blir det protester i flera städer, säger ordföranden till tidningen.',
  da: 'Regeringen meddelte torsdag, at den ikke vil ændre loven om dagpenge før valget. Oppositionen kræver, at spørgsmålet skal afgøres i Folketinget allerede i foråret, og flere partier har sagt, at de er klar til at stemme imod forslaget. Ifølge finansministeren vil en ændring koste meget mere end det, der er blevet beregnet, men kritikerne mener, at det er for sent at vente. Fagbevægelsen har også været tydelig: hvis der ikke sker noget før sommeren, bliver der protester i flere byer, siger formanden til avisen efter mødet.',
  nb: 'Regjeringen opplyste torsdag at den ikke vil endre loven om dagpenger før valget. Opposisjonen krever at saken skal avgjøres i Stortinget allerede i vår, og flere partier har sagt at de er klare til å stemme mot forslaget. Ifølge finansministeren vil en endring koste mye mer enn det som er beregnet, men kritikerne mener at det er for sent å vente. Fagbevegelsen har også vært tydelig: hvis ingenting skjer før sommeren, blir det protester i flere byer, sier lederen til avisen etter møtet med statsministeren.',
  fi: 'Hallitus ilmoitti torstaina, että se ei aio muuttaa työttömyysturvaa koskevaa lakia ennen vaaleja. Oppositio vaatii, että asiasta äänestetään eduskunnassa jo keväällä, ja useat puolueet ovat sanoneet olevansa valmiita äänestämään esitystä vastaan. Valtiovarainministerin mukaan muutos maksaisi paljon enemmän kuin on laskettu, mutta arvostelijat sanovat, että odottaminen on jo liian myöhäistä. Myös ammattiliitot ovat olleet selviä: jos mitään ei tapahdu ennen kesää, mielenosoituksia järjestetään useissa kaupungeissa, puheenjohtaja kertoi lehdelle kokouksen jälkeen.',
  tr: 'Hükümet perşembe günü yaptığı açıklamada, seçimlerden önce işsizlik sigortası yasasını değiştirmeyeceğini duyurdu. Muhalefet ise konunun bahar aylarında mecliste oylanmasını talep ediyor ve birçok parti teklife karşı oy vermeye hazır olduğunu açıkladı. Maliye bakanına göre bu değişiklik, daha önce hesaplanandan çok daha fazla maliyet getirecek. Ancak eleştirmenler beklemenin artık çok geç olduğunu söylüyor. Sendikalar da açık konuştu: yaz gelmeden bir adım atılmazsa birçok şehirde protesto düzenlenecek, diye sendika başkanı toplantının ardından gazeteye bir açıklama yaptı.',
  ro: 'Guvernul a anunțat joi că nu va modifica legea privind ajutorul de șomaj înainte de alegeri. Opoziția cere ca problema să fie votată în Parlament încă din primăvară, iar mai multe partide au declarat că sunt pregătite să voteze împotriva proiectului. Potrivit ministrului de finanțe, o modificare ar costa mult mai mult decât s-a estimat, dar criticii spun că este prea târziu pentru a mai aștepta. Sindicatele au fost și ele clare: dacă nu se întâmplă nimic până în vară, vor avea loc proteste în mai multe orașe, a declarat liderul acestora după întâlnire.',
  cs: 'Vláda ve čtvrtek oznámila, že před volbami nezmění zákon o podpoře v nezaměstnanosti. Opozice požaduje, aby se o této otázce hlasovalo ve Sněmovně už na jaře, a několik stran uvedlo, že jsou připraveny hlasovat proti návrhu. Podle ministra financí by změna stála mnohem více, než se původně počítalo, ale kritici tvrdí, že na čekání je už pozdě. Odbory se také vyjádřily jasně: pokud se do léta nic nestane, budou v několika městech protesty, řekl jejich předseda novinářům po jednání s premiérem.',
  sk: 'Vláda vo štvrtok oznámila, že pred voľbami nezmení zákon o podpore v nezamestnanosti. Opozícia žiada, aby sa o tejto otázke hlasovalo v parlamente už na jar, a niekoľko strán uviedlo, že sú pripravené hlasovať proti návrhu. Podľa ministra financií by zmena stála oveľa viac, ako sa pôvodne počítalo, ale kritici tvrdia, že na čakanie je už neskoro. Odbory sa tiež vyjadrili jasne: ak sa do leta nič nestane, budú v niekoľkých mestách protesty, povedal ich predseda novinárom po rokovaní s premiérom.',
  hu: 'A kormány csütörtökön bejelentette, hogy a választások előtt nem módosítja a munkanélküli-ellátásról szóló törvényt. Az ellenzék azt követeli, hogy a kérdésről már tavasszal szavazzon az Országgyűlés, és több párt is jelezte, hogy kész a javaslat ellen szavazni. A pénzügyminiszter szerint a módosítás sokkal többe kerülne, mint amennyit korábban kiszámoltak, de a bírálók szerint már késő várni. A szakszervezetek is egyértelműek voltak: ha nyárig nem történik semmi, több városban tüntetések lesznek, mondta az elnök a lapnak a találkozó után.',
};

describe('detectLanguage', () => {
  it.each(Object.entries(TEXTS))('reads %s from its text, whatever the page declares', (code, text) => {
    expect(detectLanguage(text, null)).toEqual({ code, source: 'text' });
    expect(detectLanguage(text, code === 'en' ? 'de' : 'en').code).toBe(code);
    expect(detectLanguage(text, `${code}-XX`)).toEqual({ code, source: 'declared' });
  });

  it.each([
    // A Spanish article on a site whose template says lang="en".
    ['a Spanish page declared English', TEXTS.es!, 'en', 'es', 'text'],
    // An English text quoting French names and a French phrase stays English.
    [
      'an English text with French names',
      'President Emmanuel Macron met Marine Le Pen at the Élysée on Monday, and the two leaders said that they would meet again in the spring. "C\'est la vie," he told reporters.',
      'en',
      'en',
      'declared',
    ],
    // Code-switching: a German report with an English quote is German.
    ['a German text with an English quote', `${TEXTS.de} "We are ready," said the minister.`, null, 'de', 'text'],
    // Too short to tell: the declaration stands, or English without one.
    ['a headline declared French', 'Macron à Berlin', 'fr', 'fr', 'declared'],
    ['a headline with no declaration', 'Macron à Berlin', null, 'en', 'default'],
    // A language the vote cannot see keeps its declaration.
    [
      'a Japanese page',
      '政府は木曜日、法律を変更しないと発表した。野党は夏までに国会での採決を求めている。',
      'ja',
      'ja',
      'declared',
    ],
  ])('%s', (_name, text, declared, code, source) => {
    expect(detectLanguage(text, declared)).toEqual({ code, source });
  });

  it.each(Object.entries(BORROWER_TEXTS))(
    'reads undeclared %s from its text, not as a close language',
    (code, text) => {
      expect(detectLanguage(text, null)).toEqual({ code, source: 'text' });
      expect(detectLanguage(text, code)).toEqual({ code, source: 'declared' });
      expect(detectLanguage(text, `${code}-XX`)).toEqual({ code, source: 'declared' });
    },
  );

  it.each<[string, string, string | null, string, string]>([
    // The pack languages keep their verdicts beside the borrowers' words ("i", "de", "en", "a" are theirs too).
    ...(['es', 'it', 'pt', 'pl', 'nl', 'de'] as const).map((code): [string, string, string | null, string, string] => [
      `a ${code} paragraph among the borrowers`,
      TEXTS[code]!,
      null,
      code,
      'text',
    ]),
    // A declaration that stood before still stands: the borrowers' words only fill in where the packs' vote guessed.
    ['a Swedish text declared Danish', BORROWER_TEXTS.sv!, 'da', 'da', 'declared'],
    ['a Romanian text declared Italian', BORROWER_TEXTS.ro!, 'it', 'it', 'declared'],
    // Too short to tell: the declaration stands, or English without one.
    ['a Swedish headline with no declaration', 'Regeringen säger nej', null, 'en', 'default'],
    ['a Czech headline declared Czech', 'Vláda řekla ne', 'cs', 'cs', 'declared'],
    ['a Hungarian headline declared Italian', 'A kormány nemet mondott', 'it', 'it', 'declared'],
    // Swedish names in English prose do not make it Swedish.
    [
      'an English text with Swedish names',
      'Prime Minister Ulf Kristersson met Magdalena Andersson in Stockholm on Monday, and the two leaders said that they would not change the budget before the election. Both of them were asked about the Riksdag vote, which is set for Thursday at the Rosenbad offices.',
      null,
      'en',
      'text',
    ],
    // A German report quoting Swedish stays German.
    ['a German page with a Swedish quote', `${TEXTS.de} "Vi är redo", sade ministern.`, 'de', 'de', 'declared'],
  ])('%s', (_name, text, declared, code, source) => {
    expect(detectLanguage(text, declared)).toEqual({ code, source });
  });
});

describe('primaryLanguage', () => {
  it.each([
    ['pt-BR', 'pt'],
    ['de_AT', 'de'],
    [' EN ', 'en'],
    ['', null],
    [null, null],
    ['x-klingon', null],
  ])('%s → %s', (tag, code) => {
    expect(primaryLanguage(tag)).toBe(code);
  });
});
