/** Italian names of news outlets (see OutletWords). */
import type { OutletWords } from '../types';

export const outlets: OutletWords = {
  words: ['Radio', 'TV', 'Televisione', 'Tg', 'TG', 'Gazzetta', 'Corriere', 'Rai'],
  // News agencies the tagger reads as a person ("dall'agenzia Ansa").
  names: [
    'Ansa',
    'ANSA',
    'Adnkronos',
    'AGI',
    'La Stampa',
    'La Repubblica',
    'Repubblica',
    'Il Messaggero',
    'Il Fatto Quotidiano',
    'Il Sole 24 Ore',
  ],
};
