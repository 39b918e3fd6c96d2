/** English organizations' names around their head word (see OrganizationNameWords). */
import type { OrganizationNameWords } from '../types';
import { ORGANIZATION_HEADS } from './name-shapes';

export const organizationNames: OrganizationNameWords = {
  // Plural heads open names too: "Centers for Disease Control and Prevention", "Departments of Defense and Labor".
  heads: [...ORGANIZATION_HEADS, 'Centers', 'Centres', 'Institutes', 'Departments', 'Ministries', 'Offices'],
  of: ['of', 'for'],
  and: ['and', '&'],
  articles: ['the'],
};
