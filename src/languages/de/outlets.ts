/** German names of news outlets (see OutletWords). */
import type { OutletWords } from '../types';

export const outlets: OutletWords = {
  words: ['Radio', 'TV', 'Rundfunk', 'Fernsehen', 'Zeitung', 'Nachrichten', 'Presse'],
  names: ['Der Spiegel', 'Die Zeit', 'Die Welt', 'Bild', 'Handelsblatt', 'Tagesspiegel', 'Deutschlandfunk'],
};
