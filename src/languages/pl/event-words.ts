/** Polish event words: trigger classes, events named before their name ("szczyt NATO", "wojna w Ukrainie"). */
import { oneOf, triggerNouns } from '../pack-words';
import type { EventArgumentWords, EventTriggers, KnownEvent, NamedEventWords } from '../types';

export const eventTriggers: EventTriggers = {
  classes: {
    meeting: {
      name: 'spotkanie',
      nouns: ['szczyt', 'szczycie', 'szczytu', 'spotkanie', 'konferencja', 'rozmowy'],
      verbs: ['spotkał', 'spotkała'],
    },
    election: { name: 'wybory', nouns: ['wybory', 'wyborach', 'wyborów', 'referendum'], verbs: ['wybrany', 'wybrana'] },
    conflict: {
      name: 'wojna',
      nouns: ['wojna', 'wojny', 'wojnie', 'inwazja', 'atak', 'konflikt'],
      verbs: ['zaatakowała', 'zaatakował'],
    },
    protest: { name: 'protest', nouns: ['protest', 'demonstracja', 'strajk'], verbs: ['protestowali'] },
  },
  corefer: [['szczyt', 'spotkanie', 'rozmowy']],
};

export const namedEvents: NamedEventWords = {
  heads: /(?:Wojna|Szczyt|Igrzyska|Puchar|Rewolucja)$/,
  before: oneOf(triggerNouns(eventTriggers)),
  links: ['w', 'we', 'na', 'z'],
};

export const knownEvents: readonly KnownEvent[] = [
  {
    name: 'World War II',
    qid: 'Q362',
    when: '1939-09-01/1945-09-02',
    aliases: ['II wojna światowa', 'II wojny światowej', 'drugiej wojny światowej'],
  },
  {
    name: 'COVID-19 pandemic',
    qid: 'Q81068910',
    when: '2020-01/2023-05',
    aliases: ['pandemia COVID-19', 'pandemii COVID-19'],
  },
];

/** Who and where of an event: the place after "w", the participants after "z". */
export const eventArguments: EventArgumentWords = {
  where: ['w', 'we', 'na'],
  who: ['z', 'ze', 'między', 'przeciw', 'przeciwko', 'i'],
};
