/** French names of news outlets (see OutletWords). */
import type { OutletWords } from '../types';

export const outlets: OutletWords = {
  // "Radio-Canada", "Télé-Québec", "France Télévisions", "TVA Nouvelles".
  words: ['Radio', 'Télé', 'TV', 'Télévision', 'Télévisions', 'Nouvelles', 'Presse', 'Info', 'Infos'],
  names: ['Le Monde', 'Le Figaro', 'Libération', 'Le Parisien', 'Les Échos', 'Le Devoir', 'La Stampa', 'Le Soleil'],
};
