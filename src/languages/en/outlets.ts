/** English names of news outlets (see OutletWords). */
import type { OutletWords } from '../types';

export const outlets: OutletWords = {
  // "Radio-Canada", "Sky News", "BBC Television". Not "Times" or "Post" (Times Square, Mark Post), nor "Channel"
  // (the English Channel).
  words: ['Radio', 'TV', 'Television', 'Broadcasting', 'News', 'Télé', 'Radiodiffusion'],
  // Outlets named by one word the tagger reads as a person ("Slate reported"); not "Bloomberg" or "Forbes", which are
  // people's names too.
  names: ['Slate', 'Breitbart', 'Politico', 'Axios', 'HuffPost', 'BuzzFeed', 'Mashable', 'Gizmodo', 'TechCrunch'],
};
