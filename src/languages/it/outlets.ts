/** Italian names of news outlets (see OutletWords). */
import type { OutletWords } from '../types';

export const outlets: OutletWords = {
  words: ['Radio', 'TV', 'Televisione', 'Tg', 'TG', 'Gazzetta', 'Corriere', 'Rai'],
  names: ['La Stampa', 'La Repubblica', 'Repubblica', 'Il Messaggero', 'Il Fatto Quotidiano', 'Il Sole 24 Ore'],
};
