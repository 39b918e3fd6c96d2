/** Italian event words: trigger classes, events named before their name ("vertice della Nato"), known events. */
import { oneOf, triggerNouns } from '../pack-words';
import type { EventArgumentWords, EventTriggers, KnownEvent, NamedEventWords } from '../types';

export const eventTriggers: EventTriggers = {
  classes: {
    meeting: {
      name: 'incontro',
      nouns: ['vertice', 'incontro', 'riunione', 'conferenza', 'negoziati'],
      verbs: ['incontrato'],
    },
    election: { name: 'elezione', nouns: ['elezioni', 'elezione', 'referendum'], verbs: ['eletto', 'eletta'] },
    conflict: {
      name: 'guerra',
      nouns: ['guerra', 'invasione', 'attacco', 'conflitto'],
      verbs: ['attaccato', 'invaso'],
    },
    protest: { name: 'protesta', nouns: ['protesta', 'manifestazione', 'sciopero'], verbs: ['protestato'] },
  },
  corefer: [['vertice', 'incontro', 'riunione']],
};

export const namedEvents: NamedEventWords = {
  heads: /(?:Guerra|Vertice|Giochi|Coppa|Rivoluzione|Conferenza)$/,
  before: oneOf(triggerNouns(eventTriggers)),
  links: ['di', 'del', 'della', 'dei', 'dell’', "dell'", 'in'],
};

export const knownEvents: readonly KnownEvent[] = [
  { name: 'World War II', qid: 'Q362', when: '1939-09-01/1945-09-02', aliases: ['Seconda guerra mondiale'] },
  {
    name: 'COVID-19 pandemic',
    qid: 'Q81068910',
    when: '2020-01/2023-05',
    aliases: ['pandemia di Covid-19', 'pandemia di Covid'],
  },
];

/** Who and where of an event: the place after "a", the participants after "con". */
export const eventArguments: EventArgumentWords = {
  where: ['a', 'in', 'nel', 'nella', 'ad'],
  who: ['con', 'tra', 'fra', 'contro', 'di', 'del', 'della', 'e', 'per'],
};
