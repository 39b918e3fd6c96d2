/** Dutch names of news outlets (see OutletWords). */
import type { OutletWords } from '../types';

export const outlets: OutletWords = {
  words: ['Radio', 'TV', 'Nieuws', 'Omroep', 'Dagblad', 'Courant'],
  names: ['De Volkskrant', 'Volkskrant', 'NRC', 'Het Parool', 'Trouw', 'De Telegraaf', 'Het Laatste Nieuws'],
};
