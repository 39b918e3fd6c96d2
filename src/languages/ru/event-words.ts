/** Russian event words: trigger classes, events named before their name ("саммит НАТО", "война в Украине"). */
import { oneOf, triggerNouns } from '../pack-words';
import type { EventArgumentWords, EventTriggers, KnownEvent, NamedEventWords } from '../types';

export const eventTriggers: EventTriggers = {
  classes: {
    meeting: {
      name: 'встреча',
      nouns: ['саммит', 'саммите', 'встреча', 'встрече', 'переговоры', 'конференция'],
      verbs: ['встретился', 'встретились'],
    },
    election: { name: 'выборы', nouns: ['выборы', 'выборах', 'референдум'], verbs: ['избран', 'избрана'] },
    conflict: {
      name: 'война',
      nouns: ['война', 'войны', 'войне', 'вторжение', 'нападение', 'конфликт'],
      verbs: ['напала', 'атаковали'],
    },
    protest: { name: 'протест', nouns: ['протест', 'протесты', 'демонстрация', 'забастовка'], verbs: ['протестовали'] },
  },
  corefer: [['саммит', 'встреча', 'переговоры']],
};

export const namedEvents: NamedEventWords = {
  heads: /(?:Война|Саммит|Игры|Кубок|Революция)$/u,
  before: oneOf(triggerNouns(eventTriggers)),
  links: ['в', 'на', 'с'],
};

export const knownEvents: readonly KnownEvent[] = [
  {
    name: 'World War II',
    qid: 'Q362',
    when: '1939-09-01/1945-09-02',
    aliases: ['Вторая мировая война', 'Второй мировой войны', 'Вторую мировую войну'],
  },
  {
    name: 'COVID-19 pandemic',
    qid: 'Q81068910',
    when: '2020-01/2023-05',
    aliases: ['пандемия COVID-19', 'пандемии коронавируса'],
  },
];

/** Who and where of an event: the place after "в", the participants after "с". */
export const eventArguments: EventArgumentWords = {
  where: ['в', 'во', 'на'],
  who: ['с', 'со', 'между', 'против', 'и'],
};
