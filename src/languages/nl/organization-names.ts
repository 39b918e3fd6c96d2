/** Dutch organizations' names around their head word (see OrganizationNameWords). */
import type { OrganizationNameWords } from '../types';

export const organizationNames: OrganizationNameWords = {
  // "Ministerie van Volksgezondheid, Welzijn en Sport", "Rijksinstituut voor Volksgezondheid en Milieu".
  heads: (
    'Ministerie Instituut Rijksinstituut Centrum Commissie Raad Agentschap Autoriteit Bureau Bank Federatie Unie ' +
    'Vereniging Bond Partij Universiteit Academie Stichting Maatschappij Dienst Rijksdienst Rechtbank Comité ' +
    'Fonds Organisatie Departement Kamer'
  ).split(' '),
  of: ['van', 'voor', 'der'],
  and: ['en', '&'],
  articles: ['de', 'het'],
};
