/**
 * Word segmenters with part-of-speech tags for the languages written without spaces, where a name has no capital and
 * no space around it: the field's kept dictionaries do this far better than rules could.
 * - Chinese: jieba-wasm (MIT), jieba-rs compiled to WebAssembly with jieba's dictionary inside the wasm (4 MB);
 *   `tag()` gives jieba's tags (nr person, ns place, nt organization, nz other proper noun, nrt transliterated name).
 * - Japanese: lindera-wasm-ipadic (MIT), the Lindera morphological analyser with IPADIC inside the wasm (13 MB);
 *   tokens carry IPADIC's features (名詞,固有名詞,人名/地域/組織, 姓/名).
 * Only the packages' small JavaScript glue is in the service worker; the wasm is instantiated the first time an
 * article in its language needs it (prepareSegmenter): in the extension the glue fetches the wasm file the build
 * emitted beside it, in Node the caller hands over its bytes (read from node_modules, scripts/segmenter-wasm.ts).
 */
import initJieba, { initSync as initJiebaSync, tag as jiebaTag } from 'jieba-wasm/web';
import initLindera, { initSync as initLinderaSync, type Tokenizer, TokenizerBuilder } from 'lindera-wasm-ipadic';
import type { CjkTokenKind } from './types';
import { memoizedLoader } from './ner-model-languages';

export interface SegmentToken {
  text: string;
  /** UTF-16 offsets into the segmented text. */
  start: number;
  end: number;
  kind: CjkTokenKind;
  /** The segmenter's own tag ("nr", "名詞,固有名詞,人名,姓"), for rules that need more than the kind. */
  tag: string;
}

export type Segmenter = (text: string) => SegmentToken[];

/** Languages with a segmenter. */
export const SEGMENTED_LANGUAGES: readonly string[] = ['ja', 'zh'];

/**
 * Where a language's wasm comes from: its bytes, or null to let the package's glue fetch the file beside it (the
 * extension build emits it as an asset). Passed in so Node reads node_modules and tests can count loads.
 */
export type WasmSource = (code: string) => Promise<BufferSource | null>;

const ready = new Map<string, Segmenter>();

async function load(code: string, source: WasmSource): Promise<Segmenter> {
  const bytes = await source(code);
  if (code === 'zh') {
    if (bytes) initJiebaSync({ module: bytes });
    else await initJieba();
    // jieba reads its dictionary on the first call: pay for it here, not in the first article's recognition.
    jiebaTag('中文米尔济约耶夫', true);
    return jiebaSegmenter;
  }
  if (bytes) initLinderaSync({ module: bytes });
  else await initLindera();
  const builder = new TokenizerBuilder();
  builder.setDictionary('embedded://ipadic');
  builder.setMode('normal');
  return linderaSegmenter(builder.build());
}

const loaders = new Map<WasmSource, (code: string) => Promise<Segmenter>>();

/** The extension's source: the glue fetches its wasm itself. */
export const glueFetchesWasm: WasmSource = async () => null;

/** Instantiates the language's segmenter once (a failed load is tried again next time); other languages: nothing. */
export async function prepareSegmenter(code: string, source: WasmSource = glueFetchesWasm): Promise<void> {
  if (!SEGMENTED_LANGUAGES.includes(code) || ready.has(code)) return;
  const loader = loaders.get(source) ?? memoizedLoader((c) => load(c, source));
  loaders.set(source, loader);
  ready.set(code, await loader(code));
}

/** The hook a pack gives as its segmenter: the language's, once prepared; null before (or for other languages). */
export const readySegmenter = (code: string) => (): Segmenter | null => ready.get(code) ?? null;

/** Tokens in order with offsets found by walking the text (both segmenters give back every character as written). */
function located(text: string, pieces: Iterable<{ text: string; tag: string; kind: CjkTokenKind }>): SegmentToken[] {
  const tokens: SegmentToken[] = [];
  let at = 0;
  for (const piece of pieces) {
    const start = text.indexOf(piece.text, at);
    if (!piece.text || start < 0) continue;
    at = start + piece.text.length;
    tokens.push({ ...piece, start, end: at });
  }
  return tokens;
}

const LETTERS = /[\p{L}]/u;
const DIGITS = /^[0-9０-９.,]+$/;

const JIEBA_KINDS: Readonly<Record<string, CjkTokenKind>> = {
  nr: 'person',
  nrfg: 'person',
  nrt: 'proper',
  ns: 'place',
  nt: 'organization',
  nz: 'proper',
  n: 'noun',
  ng: 'noun',
  vn: 'noun',
  m: 'number',
};

function jiebaKind(word: string, tag: string): CjkTokenKind {
  const kind = JIEBA_KINDS[tag];
  if (kind) return kind;
  if (tag === 'x') return DIGITS.test(word) ? 'number' : LETTERS.test(word) ? 'unknown' : 'punctuation';
  return 'other';
}

const jiebaSegmenter: Segmenter = (text) =>
  located(
    text,
    jiebaTag(text, true).map(({ word, tag }) => ({ text: word, tag, kind: jiebaKind(word, tag) })),
  );

function ipadicKind(text: string, features: readonly string[]): CjkTokenKind {
  const [pos, sub1, sub2, sub3] = features;
  if (pos === 'UNK' || features.length < 4)
    return DIGITS.test(text) ? 'number' : LETTERS.test(text) ? 'unknown' : 'punctuation';
  if (pos === '記号') return 'punctuation';
  if (pos !== '名詞') return 'other';
  if (sub1 === '数') return 'number';
  if (sub1 !== '固有名詞') return sub1 === '一般' || sub1 === 'サ変接続' ? 'noun' : 'other';
  if (sub2 === '人名') return sub3 === '姓' ? 'surname' : sub3 === '名' ? 'given' : 'person';
  if (sub2 === '地域') return sub3 === '国' ? 'country' : 'place';
  if (sub2 === '組織') return 'organization';
  return 'proper';
}

const linderaSegmenter =
  (tokenizer: Tokenizer): Segmenter =>
  (text) =>
    located(
      text,
      (tokenizer.tokenize(text) as Map<string, unknown>[]).map((token) => {
        const surface = String(token.get('text') ?? '');
        const features = (token.get('details') as string[] | undefined) ?? [];
        return { text: surface, tag: features.slice(0, 4).join(','), kind: ipadicKind(surface, features) };
      }),
    );
