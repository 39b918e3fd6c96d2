/** Spanish organizations' names around their head word (see OrganizationNameWords). */
import type { OrganizationNameWords } from '../types';

export const organizationNames: OrganizationNameWords = {
  // "Ministerio de Sanidad y Consumo", "Instituto Nacional de Estadística y Censos".
  heads: (
    'Ministerio Instituto Centro Comisión Consejo Agencia Autoridad Oficina Banco Caja Federación Unión ' +
    'Asociación Sindicato Partido Universidad Escuela Academia Fundación Sociedad Compañía Dirección Secretaría ' +
    'Observatorio Tribunal Corte Comité Asamblea Fondo Organización Departamento Servicio Junta Confederación'
  ).split(' '),
  of: ['de', 'del', 'para'],
  and: ['y', 'e', '&'],
  articles: ['la', 'las', 'el', 'los'],
  afterHead: 'adjectives',
};
