/** Portuguese event words: trigger classes, events named before their name ("cúpula do G20"), known events. */
import { oneOf, triggerNouns } from '../pack-words';
import type { EventArgumentWords, EventTriggers, KnownEvent, NamedEventWords } from '../types';

export const eventTriggers: EventTriggers = {
  classes: {
    meeting: {
      name: 'reunião',
      nouns: ['cúpula', 'cimeira', 'reunião', 'encontro', 'conferência'],
      verbs: ['reuniu', 'reuniram'],
    },
    election: { name: 'eleição', nouns: ['eleições', 'eleição', 'referendo'], verbs: ['eleito', 'eleita'] },
    conflict: { name: 'guerra', nouns: ['guerra', 'invasão', 'ataque', 'conflito'], verbs: ['atacou', 'invadiu'] },
    protest: { name: 'protesto', nouns: ['protesto', 'manifestação', 'greve'], verbs: ['protestaram'] },
  },
  corefer: [['cúpula', 'cimeira', 'reunião', 'encontro']],
};

export const namedEvents: NamedEventWords = {
  heads: /(?:Guerra|Cúpula|Cimeira|Jogos|Copa|Taça|Revolução)$/,
  before: oneOf(triggerNouns(eventTriggers)),
  links: ['de', 'do', 'da', 'dos', 'das', 'na', 'no'],
};

export const knownEvents: readonly KnownEvent[] = [
  { name: 'World War II', qid: 'Q362', when: '1939-09-01/1945-09-02', aliases: ['Segunda Guerra Mundial'] },
  {
    name: 'COVID-19 pandemic',
    qid: 'Q81068910',
    when: '2020-01/2023-05',
    aliases: ['pandemia de covid-19', 'pandemia de Covid'],
  },
];

/** Who and where of an event: the place after "em", the participants after "com". */
export const eventArguments: EventArgumentWords = {
  where: ['em', 'no', 'na', 'nos', 'nas'],
  who: ['com', 'entre', 'contra', 'de', 'do', 'da', 'e', 'por', 'para'],
};
