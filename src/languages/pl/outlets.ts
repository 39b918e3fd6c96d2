/** Polish names of news outlets (see OutletWords); the outlet words in their case forms ("Radiem Zet"). */
import type { OutletWords } from '../types';

export const outlets: OutletWords = {
  words: ['Radio', 'Radia', 'Radiu', 'Radiem', 'TV', 'Telewizja', 'Telewizji', 'Gazeta', 'Gazety', 'Gazecie'],
  names: ['Rzeczpospolita', 'Rzeczpospolitej', 'Onet', 'TVN24', 'Polsat'],
};
