/**
 * Names that denote one entity but share no words or initials, so grouping cannot infer them. type, when given, wins
 * over the tagger's vote (e.g. CoNLL tags 'USSR' as an organization). Keys are matched case-insensitively, with
 * periods removed.
 */
import type { AliasGroup } from '../types';

export const aliasGroups: readonly AliasGroup[] = [
  { names: ['Soviet Union', 'USSR', 'U.S.S.R.', 'the Soviets'], type: 'place' },
  { names: ['United States', 'U.S.', 'US', 'USA', 'U.S.A.', 'United States of America', 'America'], type: 'place' },
  { names: ['United Kingdom', 'U.K.', 'UK', 'Britain', 'Great Britain'], type: 'place' },
  { names: ['United Nations', 'U.N.', 'UN'], type: 'organization' },
  { names: ['European Union', 'EU', 'E.U.'], type: 'organization' },
  { names: ['North Atlantic Treaty Organization', 'NATO', 'Nato'], type: 'organization' },
  { names: ['United Arab Emirates', 'UAE', 'U.A.E.'], type: 'place' },
  { names: ["People's Republic of China", 'PRC'], type: 'place' },
  { names: ['Democratic Republic of the Congo', 'DRC', 'DR Congo'], type: 'place' },
  { names: ['Shanghai Cooperation Organization', 'Shanghai Cooperation Organisation', 'SCO'], type: 'organization' },
  { names: ['World Health Organization', 'WHO'], type: 'organization' },
  { names: ['International Monetary Fund', 'IMF'], type: 'organization' },
  { names: ['Federal Bureau of Investigation', 'FBI'], type: 'organization' },
  { names: ['Central Intelligence Agency', 'CIA'], type: 'organization' },
  { names: ['Chinese Communist Party', 'Communist Party of China', 'CCP', 'CPC'], type: 'organization' },
  { names: ['Islamic State', 'ISIS', 'ISIL', 'Daesh'], type: 'organization' },
  { names: ['Kyiv', 'Kiev'], type: 'place' },
  { names: ['Myanmar', 'Burma'], type: 'place' },
  { names: ['Czech Republic', 'Czechia'], type: 'place' },
  { names: ['Ivory Coast', "Côte d'Ivoire", "Cote d'Ivoire"], type: 'place' },
  // Companies the tagger reads as a person on technology and business pages ("Facebook said", "Verizon's
  // network"). Only names that are nobody's surname: "Dell", "Ford" and "Tesla" are people too.
  ...['Facebook', 'Verizon', 'GitHub', 'Sony', 'Spotify', 'Snapchat', 'Huawei', 'Intel', 'Netflix', 'Samsung'].map(
    (name): AliasGroup => ({ names: [name], type: 'organization' }),
  ),
];
