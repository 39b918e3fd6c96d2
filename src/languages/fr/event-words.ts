/** French event words: trigger classes, events named before their name ("sommet de l'OTAN"), known events. */
import { oneOf, triggerNouns } from '../pack-words';
import type { EventArgumentWords, EventTriggers, KnownEvent, NamedEventWords } from '../types';

export const eventTriggers: EventTriggers = {
  classes: {
    meeting: {
      name: 'réunion',
      nouns: ['sommet', 'réunion', 'rencontre', 'conférence', 'négociations'],
      verbs: ['rencontré', 'rencontre'],
    },
    election: {
      name: 'élection',
      nouns: ['élection', 'élections', 'présidentielle', 'législatives', 'référendum'],
      verbs: ['élu', 'élue'],
    },
    conflict: { name: 'guerre', nouns: ['guerre', 'invasion', 'attaque', 'conflit'], verbs: ['attaqué', 'envahi'] },
    protest: { name: 'manifestation', nouns: ['manifestation', 'grève', 'protestation'], verbs: ['manifesté'] },
  },
  corefer: [['sommet', 'réunion', 'rencontre']],
};

export const namedEvents: NamedEventWords = {
  heads: /(?:Guerre|Sommet|Jeux|Coupe|Révolution|Conférence)$/,
  before: oneOf(triggerNouns(eventTriggers)),
  links: ['de', 'du', 'des', 'de la', "l'", 'l’', "d'", 'd’', 'la', 'en'],
};

export const knownEvents: readonly KnownEvent[] = [
  {
    name: 'World War II',
    qid: 'Q362',
    when: '1939-09-01/1945-09-02',
    aliases: ['Seconde Guerre mondiale', 'Deuxième Guerre mondiale'],
  },
  {
    name: 'COVID-19 pandemic',
    qid: 'Q81068910',
    when: '2020-01/2023-05',
    aliases: ['pandémie de Covid-19', 'pandémie de Covid'],
  },
];

/** Who and where of an event: the place after "à", the participants after "avec". */
export const eventArguments: EventArgumentWords = {
  where: ['à', 'au', 'aux', 'en', 'dans'],
  who: ['avec', 'entre', 'contre', 'de', 'du', 'des', 'et', 'par', 'pour'],
};
