/**
 * Spanish adjectives of nationality, which follow a role ("el canciller alemán", "el presidente francés"): each
 * masculine singular with its feminine and plural forms (an accent on the last syllable drops in them).
 */
const MASCULINE = (
  'alemán francés británico inglés estadounidense norteamericano ruso ucraniano chino japonés italiano español ' +
  'portugués polaco belga neerlandés holandés suizo austriaco turco iraní israelí palestino indio brasileño ' +
  'canadiense mexicano argentino europeo griego sueco húngaro rumano bávaro'
).split(' ');

const unaccent = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');

function forms(m: string): string[] {
  if (m.endsWith('o')) return [m, `${m.slice(0, -1)}a`, `${m}s`, `${m.slice(0, -1)}as`];
  if (/[eaíi]$/.test(m)) return [m, `${m}s`, `${m}es`];
  const plain = unaccent(m);
  return [m, `${plain}a`, `${plain}es`, `${plain}as`];
}

export const nationalityWords: readonly string[] = [...new Set(MASCULINE.flatMap(forms))];
