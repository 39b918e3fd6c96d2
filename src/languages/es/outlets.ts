/** Spanish names of news outlets (see OutletWords). */
import type { OutletWords } from '../types';

export const outlets: OutletWords = {
  words: ['Radio', 'TV', 'Televisión', 'Noticias', 'Telediario'],
  names: ['El País', 'El Mundo', 'ABC', 'La Vanguardia', 'El Universal', 'La Nación', 'Clarín', 'El Tiempo'],
};
