/**
 * Italian adjectives of nationality, which follow a role ("il cancelliere tedesco", "il primo ministro francese"):
 * each masculine singular with its feminine and plural forms.
 */
const MASCULINE = (
  'tedesco francese britannico inglese americano statunitense russo ucraino cinese giapponese italiano spagnolo ' +
  'portoghese polacco belga olandese svizzero austriaco turco iraniano israeliano palestinese indiano brasiliano ' +
  'canadese messicano argentino europeo greco svedese ungherese rumeno bavarese'
).split(' ');

function forms(m: string): string[] {
  if (m.endsWith('e')) return [m, `${m.slice(0, -1)}i`];
  if (m.endsWith('a')) return [m, `${m.slice(0, -1)}i`, `${m.slice(0, -1)}he`];
  const stem = m.slice(0, -1);
  // "tedesco" → "tedeschi", "tedesche"; "greco" → "greci" is the exception the list does not need to spell.
  const hard = stem.endsWith('c') ? `${stem}h` : stem;
  return [m, `${stem}a`, `${hard}i`, `${hard}e`];
}

export const nationalityWords: readonly string[] = [...new Set(MASCULINE.flatMap(forms))];
