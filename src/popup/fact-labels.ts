/** The message key that labels a card fact (born, founded, …); an unknown fact key labels itself. */
const FACT_LABELS: Record<string, string> = {
  born: 'factBorn',
  died: 'factDied',
  nationality: 'factNationality',
  party: 'factParty',
  occupation: 'factOccupation',
  founded: 'factFounded',
  dissolved: 'factDissolved',
  headquarters: 'factHeadquarters',
  leader: 'factLeader',
  country: 'factCountry',
  owner: 'factOwner',
  parent: 'factParent',
  capital: 'factCapital',
  population: 'factPopulation',
  headOfState: 'factHeadOfState',
  headOfGovernment: 'factHeadOfGovernment',
  date: 'factDate',
  location: 'factLocation',
  participants: 'factParticipants',
  partOf: 'factPartOf',
};
export const factLabelKey = (key: string): string => FACT_LABELS[key] ?? key;
