/** Russian roles with their case forms ("президент", "президента", "министр иностранных дел"); lower-case. */
import type { RoleWords } from '../types';

/** An office in the nominative, genitive/accusative, dative and instrumental. */
const forms = (stem: string) => [stem, `${stem}а`, `${stem}у`, `${stem}ом`];

export const roleWords: RoleWords = {
  roles: [
    ...forms('президент'),
    ...forms('премьер'),
    'премьер-министр',
    'премьер-министра',
    ...forms('министр'),
    ...forms('канцлер'),
    ...forms('пресс-секретарь').slice(0, 1),
    'пресс-секретаря',
    ...forms('посол').slice(0, 1),
    'посла',
    ...forms('мэр'),
    ...forms('губернатор'),
    ...forms('депутат'),
    ...forms('сенатор'),
    ...forms('спикер'),
    'глава',
    'главы',
    'лидер',
    'лидера',
    'председатель',
    'председателя',
    'руководитель',
    'руководителя',
    'директор',
    'директора',
    'король',
    'короля',
    'патриарх',
    'патриарха',
    'тренер',
    'тренера',
  ],
  modifiers: ['бывший', 'бывшего', 'экс', 'новый', 'нового', 'нынешний', 'нынешнего', 'временно'],
  appositiveEnds: ['заявил', 'заявила', 'сказал', 'сказала', 'сообщил', 'сообщила', 'который', 'которая'],
  titles: ['г-н', 'г-жа', 'господин', 'госпожа'],
  // Russian has no articles; possessives stand where they would.
  determiners: ['его', 'её', 'ее', 'их'],
  functionWords: 'как в во на с со к от по для из за и или но когда после до при'.split(' '),
  complements: [],
  possessives: ['его', 'её', 'ее', 'их'],
};
