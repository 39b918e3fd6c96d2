/** Spanish event words: trigger classes, events named before their name ("guerra de Ucrania"), known events. */
import { oneOf, triggerNouns } from '../pack-words';
import type { EventArgumentWords, EventTriggers, KnownEvent, NamedEventWords } from '../types';

export const eventTriggers: EventTriggers = {
  classes: {
    meeting: {
      name: 'reunión',
      nouns: ['cumbre', 'reunión', 'encuentro', 'conferencia', 'negociaciones'],
      verbs: ['reunió', 'reunieron'],
    },
    election: {
      name: 'elección',
      nouns: ['elecciones', 'elección', 'comicios', 'referéndum'],
      verbs: ['elegido', 'elegida'],
    },
    conflict: { name: 'guerra', nouns: ['guerra', 'invasión', 'ataque', 'conflicto'], verbs: ['atacó', 'invadió'] },
    protest: { name: 'protesta', nouns: ['protesta', 'manifestación', 'huelga'], verbs: ['protestaron'] },
  },
  corefer: [['cumbre', 'reunión', 'encuentro']],
};

export const namedEvents: NamedEventWords = {
  heads: /(?:Guerra|Cumbre|Juegos|Copa|Revolución|Conferencia)$/,
  before: oneOf(triggerNouns(eventTriggers)),
  links: ['de', 'del', 'de la', 'en'],
};

export const knownEvents: readonly KnownEvent[] = [
  { name: 'World War II', qid: 'Q362', when: '1939-09-01/1945-09-02', aliases: ['Segunda Guerra Mundial'] },
  {
    name: 'COVID-19 pandemic',
    qid: 'Q81068910',
    when: '2020-01/2023-05',
    aliases: ['pandemia de covid-19', 'pandemia de coronavirus'],
  },
];

/** Who and where of an event: the place after "en", the participants after "con". */
export const eventArguments: EventArgumentWords = {
  where: ['en'],
  who: ['con', 'entre', 'contra', 'de', 'del', 'y', 'por', 'para'],
};
