/**
 * French adjectives of nationality, which follow a role ("le chancelier allemand", "la Première ministre
 * britannique"): each masculine singular with its feminine and plural forms.
 */
const MASCULINE = (
  'allemand français britannique anglais américain russe ukrainien chinois japonais italien espagnol portugais ' +
  'polonais belge néerlandais suisse autrichien turc iranien israélien palestinien indien brésilien canadien ' +
  'mexicain argentin européen grec suédois hongrois roumain bavarois'
).split(' ');

function forms(m: string): string[] {
  const f = m.endsWith('e')
    ? m
    : m.endsWith('ien')
      ? `${m}ne`
      : m === 'turc'
        ? 'turque'
        : m === 'grec'
          ? 'grecque'
          : `${m}e`;
  return [m, f, m.endsWith('s') ? m : `${m}s`, `${f}s`];
}

export const nationalityWords: readonly string[] = [...new Set(MASCULINE.flatMap(forms))];
