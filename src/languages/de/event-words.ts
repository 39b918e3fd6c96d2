/** German event words: trigger classes, how events are named ("G20-Gipfel", "Gipfel der NATO"), known events. */
import { oneOf, triggerNouns } from '../pack-words';
import type { EventArgumentWords, EventTriggers, KnownEvent, NamedEventWords } from '../types';

export const eventTriggers: EventTriggers = {
  classes: {
    meeting: {
      name: 'Treffen',
      nouns: ['gipfel', 'treffen', 'gespräche', 'konferenz', 'verhandlungen'],
      verbs: ['trafen', 'treffen', 'traf'],
    },
    election: {
      name: 'Wahl',
      nouns: ['wahl', 'wahlen', 'bundestagswahl', 'präsidentschaftswahl', 'referendum'],
      verbs: ['gewählt', 'wählen'],
    },
    conflict: { name: 'Krieg', nouns: ['krieg', 'angriff', 'invasion', 'konflikt'], verbs: ['angegriffen', 'griff'] },
    protest: {
      name: 'Protest',
      nouns: ['protest', 'proteste', 'demonstration', 'streik'],
      verbs: ['protestierten', 'demonstrierten'],
    },
  },
  corefer: [['gipfel', 'treffen', 'gespräche']],
};

export const namedEvents: NamedEventWords = {
  heads: /(?:Krieg|Gipfel|Wahl|Wahlen|Konferenz|Revolution|Spiele|Meisterschaft|Krise|Pandemie)$/,
  /** "Gipfel der NATO", "Krieg in der Ukraine". */
  before: oneOf(triggerNouns(eventTriggers)),
  links: ['der', 'des', 'gegen', 'um'],
  /** "G20-Gipfel", "Ukraine-Krieg", "Nato-Gipfel". */
  compound: /^(?:Gipfel|Krieg|Wahl|Konferenz|Treffen|Krise|Konflikt|Referendum)$/,
};

export const knownEvents: readonly KnownEvent[] = [
  { name: 'Russian invasion of Ukraine', qid: 'Q110999040', when: '2022-02-24', aliases: ['russischer Angriffskrieg'] },
  {
    name: 'World War II',
    qid: 'Q362',
    when: '1939-09-01/1945-09-02',
    aliases: ['Zweiter Weltkrieg', 'Zweiten Weltkrieg', 'Zweiten Weltkriegs'],
  },
  { name: 'Fall of the Berlin Wall', qid: 'Q38638', when: '1989-11-09', aliases: ['Mauerfall'] },
  {
    name: 'COVID-19 pandemic',
    qid: 'Q81068910',
    when: '2020-01/2023-05',
    aliases: ['Corona-Pandemie', 'Coronapandemie'],
  },
];

/** Who and where of an event: the place after "in", the participants after "mit". */
export const eventArguments: EventArgumentWords = {
  where: ['in', 'im', 'bei', 'beim', 'auf', 'nach'],
  who: ['mit', 'zwischen', 'gegen', 'von', 'vom', 'und', 'für'],
};
