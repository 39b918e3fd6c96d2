/** German organizations' names around their head word (see OrganizationNameWords). */
import type { OrganizationNameWords } from '../types';

export const organizationNames: OrganizationNameWords = {
  // "Bundesministerium für Arbeit und Soziales", "Institut für Wirtschaft und Politik". Not "Amt" or "Rat": every
  // noun is capitalized, and "das Amt des Außenministers" is an office.
  heads: (
    'Ministerium Bundesministerium Landesministerium Institut Bundesinstitut Bundesamt Landesamt Behörde ' +
    'Agentur Bundesagentur Anstalt Bundesanstalt Kommission Kammer Verband Bundesverband Stiftung Gesellschaft ' +
    'Akademie Zentrum Universität Hochschule Gewerkschaft Partei Gericht Bundesgericht Bank Fonds'
  ).split(' '),
  of: ['für', 'der', 'des', 'zur', 'zum'],
  and: ['und', '&'],
  articles: ['die', 'den', 'das'],
};
