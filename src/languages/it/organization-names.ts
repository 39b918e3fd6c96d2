/** Italian organizations' names around their head word (see OrganizationNameWords). */
import type { OrganizationNameWords } from '../types';

export const organizationNames: OrganizationNameWords = {
  // "Ministero dell'Economia e delle Finanze", "Ministero delle Infrastrutture e dei Trasporti".
  heads: (
    'Ministero Istituto Centro Commissione Consiglio Agenzia Autorità Ufficio Banca Cassa Federazione Unione ' +
    'Associazione Sindacato Partito Università Scuola Accademia Fondazione Società Compagnia Direzione ' +
    'Segreteria Osservatorio Tribunale Corte Comitato Assemblea Fondo Organizzazione Dipartimento Servizio ' +
    'Confederazione Consorzio Camera Ente Azienda'
  ).split(' '),
  of: ['di', 'del', 'dello', 'della', 'dei', 'degli', 'delle', 'dell’', "dell'", 'd’', "d'", 'per'],
  and: ['e', 'ed', '&'],
  articles: ['la', 'il', 'lo', 'i', 'gli', 'le', 'l’', "l'"],
  afterHead: 'adjectives',
};
