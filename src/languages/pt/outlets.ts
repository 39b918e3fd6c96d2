/** Portuguese names of news outlets (see OutletWords). */
import type { OutletWords } from '../types';

export const outlets: OutletWords = {
  words: ['Rádio', 'Radio', 'TV', 'Televisão', 'Folha', 'Jornal', 'Notícias', 'Diário'],
  names: ['Estadão', 'O Globo', 'Público', 'Expresso', 'Correio Braziliense', 'Veja'],
};
