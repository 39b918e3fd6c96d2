/** Italian roles, masculine and feminine ("il premier", "la presidente del Consiglio"); matched lower-case. */
import type { RoleWords } from '../types';
import { nationalityWords } from './nationality-words';

export const roleWords: RoleWords = {
  roles: [
    'presidente',
    'premier',
    'ministro',
    'ministra',
    'cancelliere',
    'segretario',
    'segretaria',
    'portavoce',
    'sindaco',
    'sindaca',
    'deputato',
    'deputata',
    'senatore',
    'senatrice',
    'ambasciatore',
    'ambasciatrice',
    'direttore',
    'direttrice',
    'leader',
    'capo',
    're',
    'regina',
    'papa',
    'allenatore',
    'ct',
    'procuratore',
    'giudice',
    'vicepremier',
    'governatore',
  ],
  // "il primo ministro": "primo" alone is no role.
  modifiers: ['ex', 'nuovo', 'nuova', 'attuale', 'futuro', 'futura', 'primo', ...nationalityWords],
  appositiveEnds: ['ha', 'aveva', 'è', 'era', 'sarà', 'che', 'il quale', 'ha detto'],
  titles: ['sig', 'sig.ra', 'signor', 'signora', 'dott', 'dottor', 'dottoressa', 'on'],
  determiners: "il lo la i gli le l’ l' un uno una suo sua suoi sue".split(' '),
  functionWords: 'come in a al alla per con su e o ma quando dopo prima da secondo'.split(' '),
  complements: ['di', 'del', 'della', 'degli', 'dei', 'dell’', "dell'"],
  // "il presidente della Repubblica Sergio Mattarella": the office, not a place.
  officeComplements: ['Repubblica'],
  possessives: ['suo', 'sua', 'suoi', 'sue'],
};
