/**
 * Companies that news in every language names as they are: the taggers, trained mostly on Wikipedia and older
 * newswire, read some as a person ("Google") or a place ("Amazon", in English too where no cue word is near). A mention whose whole name
 * is one of these is an organization. Only names that are rarely anything else in news; "Apple", "Shell" or "Meta"
 * are common words in some language, and "Tesla" a person in encyclopedic text, so they are left to the tagger.
 * A name the tagger read as miscellaneous stays so: Wikipedia-based gold data types websites and services so.
 */
export const companyNames: readonly string[] = [
  'Google',
  'Alphabet',
  'Amazon',
  'Microsoft',
  'Facebook',
  'Instagram',
  'WhatsApp',
  'YouTube',
  'TikTok',
  'Twitter',
  'Netflix',
  'OpenAI',
  'Nvidia',
  'Intel',
  'Samsung',
  'Huawei',
  'SpaceX',
  'Volkswagen',
  'Siemens',
  'Gazprom',
  'Rosneft',
  'Airbus',
  'Boeing',
  'Uber',
  'Airbnb',
  'Spotify',
  'IBM',
  'Oracle',
  'Pfizer',
  'BioNTech',
  'Moderna',
];
