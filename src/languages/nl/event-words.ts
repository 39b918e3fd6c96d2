/** Dutch event words: trigger classes, events named as compounds ("NAVO-top") or before a name, known events. */
import { oneOf, triggerNouns } from '../pack-words';
import type { EventArgumentWords, EventTriggers, KnownEvent, NamedEventWords } from '../types';

export const eventTriggers: EventTriggers = {
  classes: {
    meeting: {
      name: 'overleg',
      nouns: ['top', 'topoverleg', 'overleg', 'bijeenkomst', 'conferentie', 'onderhandelingen'],
      verbs: ['ontmoette', 'overlegden'],
    },
    election: { name: 'verkiezing', nouns: ['verkiezingen', 'verkiezing', 'referendum'], verbs: ['gekozen'] },
    conflict: { name: 'oorlog', nouns: ['oorlog', 'invasie', 'aanval', 'conflict'], verbs: ['aangevallen', 'viel'] },
    protest: { name: 'protest', nouns: ['protest', 'demonstratie', 'staking'], verbs: ['demonstreerden'] },
  },
  corefer: [['top', 'overleg', 'bijeenkomst']],
};

export const namedEvents: NamedEventWords = {
  heads: /(?:Oorlog|Top|Spelen|Beker|Revolutie)$/,
  before: oneOf(triggerNouns(eventTriggers).filter((n) => n !== 'top')),
  links: ['in', 'van', 'tegen'],
  /** "NAVO-top", "G20-top", "Oekraïne-oorlog". */
  compound: /^(?:top|oorlog|verkiezingen|conferentie|crisis)$/,
};

export const knownEvents: readonly KnownEvent[] = [
  { name: 'World War II', qid: 'Q362', when: '1939-09-01/1945-09-02', aliases: ['Tweede Wereldoorlog'] },
  { name: 'COVID-19 pandemic', qid: 'Q81068910', when: '2020-01/2023-05', aliases: ['coronapandemie', 'coronacrisis'] },
];

/** Who and where of an event: the place after "in", the participants after "met". */
export const eventArguments: EventArgumentWords = {
  where: ['in', 'te', 'op'],
  who: ['met', 'tussen', 'tegen', 'van', 'en', 'voor', 'door'],
};
