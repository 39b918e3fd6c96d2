/** Text measures shared by detection and extraction: prose length across scripts, punctuation runs. */

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;

/**
 * Scripts written without spaces between words (Thai, Lao, Myanmar, Khmer; Chinese and Japanese): a line's word count
 * by spaces says nothing of its length there.
 */
export const UNSPACED_SCRIPT = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u9fff]/;

/** Length in Latin-script terms: a CJK character carries about as much as three Latin ones. */
export function proseLength(text: string): number {
  const cjk =
    text.length > 0 && text.charCodeAt(0) < 0x3000 && text.charCodeAt(text.length >> 1) < 0x3000
      ? 0
      : (text.match(CJK)?.length ?? 0);
  return text.length + 2 * cjk;
}

// Punctuation and spaces, spelled out: a Unicode property escape (\p{L}) costs milliseconds to compile on first use
// in Chromium, paid on every page.
export const PUNCTUATION = /[\s\u00a0!-/:-@[-`{-~\u2010-\u2027\u3000-\u303f\uff01-\uff0f\uff1a-\uff20«»‹›¡¿·•…]+/g;
