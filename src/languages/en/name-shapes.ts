/**
 * English words that tell a name's kind from its shape, used to repair the tagger's spans and types (capitalized
 * forms, matched exactly). Kept as a typed module so the language folder can take it over as it is.
 */

/** Last words of organization names: "Office for Budget Responsibility", "Labour Party", "Bank of England". */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set(
  (
    'Office Department Ministry Institute Institution Commission Committee Council Agency Authority Bureau Board ' +
    'Bank University College Association Federation Union Foundation Society Organisation Organization Party ' +
    'Court Service Services Corporation Fund Academy League Administration Secretariat Parliament Assembly ' +
    'Directorate Inspectorate Tribunal Trust Charity Company Group Inc. Corp. Ltd Ltd. LLC PLC plc Coalition ' +
    'Alliance Federation Network Centre Center Army Navy Police Commons Senate Congress School'
  ).split(' '),
);

/** Heads shared with place names ("West Bank", "Kennedy Center", "Russian Federation"): they overrule the tagger's person, not its place. */
export const SHARED_PLACE_HEADS: ReadonlySet<string> = new Set(
  'Bank Center Centre Court Commons Network Union Federation Army Navy Police Trust'.split(' '),
);

/**
 * Plural words that end a firm's name but open none ("Valley Radiotherapy Associates", "Apollo Global Partners"):
 * after a role's "of" they make the rest an organization, where "of Foreign Affairs" stays the office's.
 */
export const FIRM_ENDINGS: ReadonlySet<string> = new Set(
  'Associates Partners Holdings Industries Technologies Systems Laboratories Labs Solutions Enterprises Ventures'.split(
    ' ',
  ),
);

/** Heads that end a company's name: "Vizio Inc. of Irvine" is Vizio Inc. in Irvine. */
export const CLOSING_HEADS: ReadonlySet<string> = new Set(
  'Inc. Corp. Ltd Ltd. LLC PLC plc Company Group Limited'.split(' '),
);

/** Street names, which make a name a place over any other type ("Downing Street" said, the tagger's organization). */
export const STREET_HEADS: ReadonlySet<string> = new Set('Street Road Avenue Boulevard Square'.split(' '));

/** Heads that make a name a place whatever the tagger said: "Downing Street", "Tiananmen Square". */
export const PLACE_HEADS: ReadonlySet<string> = new Set(
  'Street Road Avenue Boulevard Square Island Islands River Lake Mountains Valley Strait Sea County Province'.split(
    ' ',
  ),
);

/** Heads of recurring events' names: "London Marathon", "Charles Schwab Cup", "Australian Open", "Election Day". */
export const EVENT_HEADS: ReadonlySet<string> = new Set(
  'Marathon Cup Olympics Championship Championships Open Games Prix Festival Tournament Classic Derby Tour Day'.split(
    ' ',
  ),
);

/**
 * Last words of the names of laws, treaties and founding texts ("the Constitution", "Affordable Care Act", "Paris
 * Accords", "Kyoto Protocol"): a document, not a person, organization or place, though the tagger often reads the
 * capitalized run as an organization. "Constitution" is one by itself; the others only end a name of several words
 * ("Act" alone is a verb; "Charter" alone may be the company).
 */
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set(
  'Constitution Act Treaty Amendment Accord Accords Protocol Charter Declaration Doctrine'.split(' '),
);

/** Parts of a law or treaty by number ("Title IX", "Article 50", "Section 230"): a document too. */
export const DOCUMENT_PART = /^(?:Title|Article|Section|Chapter|Clause) (?:[IVXLC]+|\d+[A-Za-z]?)$/;

/**
 * "<X> State" is a university (and its teams) when X is an American state or a campus town: nobody calls Ohio
 * "Ohio State", so "Penn State", "Michigan State", "Boise State" are organizations wherever they stand. New York
 * and Washington are left out ("New York State" is the state), and so are other countries' states ("Lagos State").
 */
export const STATE_UNIVERSITY_PLACES: ReadonlySet<string> = new Set([
  ...(
    'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Idaho Illinois ' +
    'Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri ' +
    'Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Wisconsin ' +
    'Wyoming Penn Boise Fresno Kent Ball Wayne Wichita Sacramento Portland Cleveland Youngstown Tarleton'
  ).split(' '),
  'New Hampshire',
  'New Jersey',
  'New Mexico',
  'North Carolina',
  'North Dakota',
  'South Carolina',
  'South Dakota',
  'West Virginia',
  'Rhode Island',
  'San Diego',
  'San Jose',
  'San Francisco',
  'Jackson',
]);

/** Small words that join the parts of one organization's name ("Department of Wildlife and Fisheries"). */
export const ORGANIZATION_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'and', '&', 'the']);

/** Words that open a sentence or a phrase, never the first word of an organization's name. */
export const PHRASE_OPENERS: ReadonlySet<string> = new Set(
  'The A An This That These Those In On At By For From But And Or Of To With As When While If After Before Its His Her Their Our'.split(
    ' ',
  ),
);

/**
 * Nouns for groups of people, capitalized as adjectives of race or nation are ("Black voters", "most Britons",
 * "Latinos"): not a person, organization or place on their own. Party members ("Tories", "Democrats") are not
 * here: they name the party.
 */
export const PEOPLE_GROUPS: ReadonlySet<string> = new Set(
  (
    'Black Blacks White Whites Latino Latinos Latina Latinas Latinx Hispanic Hispanics Asian Asians Briton Britons ' +
    'Brits Native Indigenous Arab Arabs Jew Jews Muslim Muslims Christian Christians Catholic Catholics Evangelicals ' +
    'Americans Europeans Africans Australians Canadians Russians Ukrainians Germans Italians Indians Iranians ' +
    'Israelis Palestinians Pakistanis Afghans Chinese Japanese Koreans Mexicans Brazilians Scots Welsh Irish English ' +
    'French Spanish Dutch Swiss Poles Turks Kurds Syrians Iraqis Saudis Egyptians Nigerians Kenyans Millennials Boomers'
  ).split(' '),
);

/** Titles of nobility and honour the tagger reads as a name when they stand alone ("the Duchess", "the Earl"). */
export const NOBLE_TITLES: ReadonlySet<string> = new Set(
  'Duke Duchess Earl Countess Count Baron Baroness Viscount Viscountess Marquess Marchioness Lord Lady Sir Dame'.split(
    ' ',
  ),
);

/**
 * Surname prefixes that make a capital inside one word normal for a person ("McDonald", "DeSantis"); any other
 * inner capital marks a brand ("AdImpact", "JustGiving").
 */
export const INNER_CAPITAL_SURNAME = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O'|O’|Fitz|St)\p{Lu}/u;
export const INNER_CAPITAL = /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u;

/** Words between two sides of a match: "Alabama versus Florida State" are teams, not the states. */
export const MATCH_JOINERS = /^(?:versus|vs\.?|v\.?)$/i;

/**
 * Words that say a sentence is about a game, so "versus" or "beat" there joins teams ("Biden versus Nebraska" in a
 * court's docket does not): a score ("2-1", not a docket number "22-506") counts too.
 */
export const SPORT_CUES =
  /^(?:games?|match(?:es)?|football|basketball|baseball|soccer|rugby|cricket|hockey|final|semi-?finals?|quarter-?finals?|tournament|season|bowl|cup|league|playoffs?|scored?|goals?|touchdowns?|innings|kick-?off|stadium|championship|\d{1,2}[-–]\d{1,2})$/i;

/**
 * A result between two places or organizations: "England drew with Wales", "Leeds beat Chelsea 2-1". Sides that
 * are people ("Biden defeated Trump") are elections, not matches, and are left alone.
 */
export const MATCH_RESULTS: readonly (readonly string[])[] = [
  ['beat'],
  ['beats'],
  ['defeated'],
  ['defeats'],
  ['edged'],
  ['thrashed'],
  ['drew', 'with'],
  ['draw', 'with'],
  ['lost', 'to'],
  ['loses', 'to'],
];

/** Nouns that make the place before them a sports team: "the Ohio State recruiter", "Alabama coach Nick Saban". */
export const TEAM_NOUNS: ReadonlySet<string> = new Set(
  (
    'coach coaches quarterback quarterbacks recruiter recruiters linebacker linebackers striker strikers midfielder ' +
    'defender goalkeeper goalie manager pitcher pitchers outfielder infielder roster lineup squad offense defense ' +
    'fans supporters team teammates starter starters receiver receivers'
  ).split(' '),
);

/**
 * Words around a one-word name that make it a company ("Vizio's co-founder", "online retailer Amazon", "Amazon
 * shareholders"), matched lower-case; a possessive may stand between the name and a word after it. Not "stock" or
 * "shares": a city names its market ("the Warsaw stock exchange", "Tokyo stock prices").
 */
export const COMPANY_CUES = {
  after: new Set(
    // Not "spokesman": a president has one as often as a company ("Putin spokesman Dmitry Peskov").
    'founder co-founder cofounder shareholders employees executives'.split(' '),
  ),
  before: new Set('retailer company firm giant startup start-up maker manufacturer'.split(' ')),
};

/**
 * Words around a one-word name that make it a product, no person ("Android users", "an Alexa device", "iOS and
 * Android"): a product's name is none of the three kinds of names, so the entity is dropped.
 */
export const PRODUCT_CUES = {
  after: new Set('users user device devices app apps browser smartphone smartphones phones tablet tablets'.split(' ')),
  /** Platforms a product is named beside ("on iOS and Android", "Windows, Mac, Android"). */
  beside: new Set(['iOS', 'Android', 'Windows', 'macOS', 'Linux', 'Mac']),
};
