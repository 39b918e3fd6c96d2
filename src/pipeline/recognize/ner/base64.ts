/** Base64 ⇄ bytes without atob/Buffer, so the model decodes the same in Node, pages and service workers. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Uint8Array(128);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

/** Two characters at a time (12 bits per lookup): the model's 1.6 MB of base64 decodes in half the steps. */
let PAIRS: Uint16Array | null = null;
function pairs(): Uint16Array {
  if (PAIRS) return PAIRS;
  PAIRS = new Uint16Array(128 * 128);
  for (let a = 0; a < 64; a++) {
    for (let b = 0; b < 64; b++) PAIRS[ALPHABET.charCodeAt(a) * 128 + ALPHABET.charCodeAt(b)] = (a << 6) | b;
  }
  return PAIRS;
}

export function decodeBase64(s: string): Uint8Array {
  let len = s.length;
  while (len > 0 && s[len - 1] === '=') len--;
  const out = new Uint8Array((len * 3) >> 2);
  const P = pairs();
  let o = 0;
  let i = 0;
  for (; i + 4 <= len; i += 4) {
    const n =
      (P[((s.charCodeAt(i) & 127) << 7) | (s.charCodeAt(i + 1) & 127)]! << 12) |
      P[((s.charCodeAt(i + 2) & 127) << 7) | (s.charCodeAt(i + 3) & 127)]!;
    out[o++] = n >> 16;
    out[o++] = (n >> 8) & 255;
    out[o++] = n & 255;
  }
  const rest = len - i;
  if (rest >= 2) {
    const n =
      (LOOKUP[s.charCodeAt(i)]! << 18) |
      (LOOKUP[s.charCodeAt(i + 1)]! << 12) |
      (rest === 3 ? LOOKUP[s.charCodeAt(i + 2)]! << 6 : 0);
    out[o++] = n >> 16;
    if (rest === 3) out[o++] = (n >> 8) & 255;
  }
  return out;
}

export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 3 <= bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest) {
    const n = (bytes[i]! << 16) | (rest === 2 ? bytes[i + 1]! << 8 : 0);
    out += `${ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + (rest === 2 ? ALPHABET[(n >> 6) & 63]! : '=')}=`;
  }
  return out;
}

/** Little-endian 32-bit words (the byte order every engine we target uses for typed arrays). */
export const bytesToUint32 = (b: Uint8Array) => new Uint32Array(b.buffer, b.byteOffset, b.byteLength >> 2);
export const uint32ToBytes = (u: Uint32Array) => new Uint8Array(u.buffer, u.byteOffset, u.byteLength);
