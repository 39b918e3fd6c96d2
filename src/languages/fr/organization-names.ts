/** French organizations' names around their head word (see OrganizationNameWords). */
import type { OrganizationNameWords } from '../types';

export const organizationNames: OrganizationNameWords = {
  // "Ministère de l'Économie et des Finances", "Institut National de la Santé et de la Recherche Médicale"; French
  // writes a ministry in lower case ("le ministère de la Santé et de la Prévention").
  heads: (
    'ministère ' +
    'Ministère Institut Centre Commission Conseil Agence Autorité Office Banque Caisse Fédération Union ' +
    'Association Syndicat Parti Université École Académie Fondation Société Compagnie Direction Secrétariat ' +
    'Observatoire Cour Tribunal Comité Assemblée Fonds Organisation Haut-Commissariat'
  ).split(' '),
  of: ['de', 'des', 'du', 'd’', "d'", 'pour', 'aux'],
  and: ['et', '&'],
  articles: ['la', 'le', 'les', 'l’', "l'"],
  afterHead: 'adjectives',
};
