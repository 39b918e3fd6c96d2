/**
 * Portuguese adjectives of nationality, which follow a role ("o chanceler alemão", "o presidente francês"): each
 * masculine singular with its feminine and plural forms.
 */
const MASCULINE = (
  'alemão francês britânico inglês americano norte-americano russo ucraniano chinês japonês italiano espanhol ' +
  'português polonês polaco belga holandês suíço austríaco turco iraniano israelense israelita palestino indiano ' +
  'brasileiro canadense mexicano argentino europeu grego sueco húngaro romeno bávaro'
).split(' ');

function forms(m: string): string[] {
  if (m.endsWith('ão')) return [m, `${m.slice(0, -2)}ã`, `${m.slice(0, -2)}ães`, `${m.slice(0, -2)}ãs`];
  if (m.endsWith('ês')) return [m, `${m.slice(0, -2)}esa`, `${m.slice(0, -2)}eses`, `${m.slice(0, -2)}esas`];
  if (m.endsWith('eu')) return [m, `${m.slice(0, -2)}eia`, `${m}s`, `${m.slice(0, -2)}eias`];
  if (m.endsWith('o')) return [m, `${m.slice(0, -1)}a`, `${m}s`, `${m.slice(0, -1)}as`];
  if (m.endsWith('l')) return [m, `${m}a`, `${m.slice(0, -1)}is`, `${m}as`];
  return [m, `${m}s`];
}

export const nationalityWords: readonly string[] = [...new Set(MASCULINE.flatMap(forms))];
