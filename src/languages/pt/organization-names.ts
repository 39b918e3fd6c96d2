/** Portuguese organizations' names around their head word (see OrganizationNameWords). */
import type { OrganizationNameWords } from '../types';

export const organizationNames: OrganizationNameWords = {
  // "Ministério da Ciência e Tecnologia", "Instituto Brasileiro de Geografia e Estatística".
  heads: (
    'Ministério Instituto Centro Comissão Conselho Agência Autoridade Banco Caixa Federação União Associação ' +
    'Sindicato Partido Universidade Escola Academia Fundação Sociedade Companhia Direção Secretaria ' +
    'Observatório Tribunal Corte Comitê Comité Assembleia Fundo Organização Departamento Serviço Confederação'
  ).split(' '),
  of: ['de', 'do', 'da', 'dos', 'das', 'para'],
  and: ['e', '&'],
  articles: ['a', 'o', 'os', 'as'],
  afterHead: 'adjectives',
};
