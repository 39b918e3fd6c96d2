import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../../src/pipeline/recognize/ner/entities';
import { phraseHash } from '../../../../src/pipeline/recognize/ner/features';
import { hashString } from '../../../../src/pipeline/recognize/ner/hash';
import { decodeModel, type ModelFile } from '../../../../src/pipeline/recognize/ner/model';
import { decodeModelBinary, MODEL_ASSET } from '../../../../src/pipeline/recognize/ner/model-binary';
import { encodeModelBinary, MODEL_ASSET as BUILT_ASSET } from '../../../../scripts/vite-ner-model.js';
import { shippedModel } from '../../../../src/languages/en/ner-model';
import { installShippedModel, shippedModel as webModel } from '../../../../src/languages/en/ner-model-web';
import { tagTokens } from '../../../../src/pipeline/recognize/ner/tagger';
import file from '../../../../src/languages/en/ner-model.json';

const json = file as ModelFile;
const binary = encodeModelBinary(json);

describe('binary model asset', () => {
  it('holds exactly what model.json holds', () => {
    const a = decodeModel(json);
    const b = decodeModelBinary(binary.slice().buffer);
    expect(b.mask).toBe(a.mask);
    expect(
      Buffer.from(b.weights.buffer, b.weights.byteOffset, b.weights.byteLength).equals(
        Buffer.from(a.weights.buffer, a.weights.byteOffset, a.weights.byteLength),
      ),
    ).toBe(true);
    expect(Array.from(b.transitions)).toEqual(Array.from(a.transitions));
    expect(Array.from(b.start)).toEqual(Array.from(a.start));
    for (const phrase of [['vladimir', 'putin'], ['samarkand'], ['gazprom'], ['the'], ['xq', 'zz']]) {
      expect(b.lexicons.gazetteer(phraseHash(phrase))).toBe(a.lexicons.gazetteer(phraseHash(phrase)));
    }
    for (const word of ['the', 'said', 'putin', 'meeting', 'zzqx'])
      expect(b.lexicons.isCommonWord(hashString(word))).toBe(a.lexicons.isCommonWord(hashString(word)));
  });

  it('tags the same as the JSON model', () => {
    const b = decodeModelBinary(binary);
    const text =
      "Chinese President Xi Jinping will meet Vladimir Putin in Samarkand, Uzbekistan, at the Shanghai Cooperation Organization summit, Russia's ambassador Andrey Denisov said.";
    expect(findEntities(text, b)).toEqual(findEntities(text, shippedModel()));
    const tokens = ['Gazprom', 'and', 'the', 'EU', 'met', 'in', 'Brussels', '.'];
    expect(tagTokens(tokens, b)).toEqual(tagTokens(tokens, shippedModel()));
  });

  it('is fetched from where the build puts it', () => {
    expect(BUILT_ASSET).toBe(MODEL_ASSET);
  });

  it('decodes from a misaligned buffer', () => {
    const shifted = new Uint8Array(binary.length + 1).subarray(1);
    shifted.set(binary);
    expect(decodeModelBinary(shifted).weights.length).toBe(decodeModel(json).weights.length);
  });

  it.each([
    ['not a model', new TextEncoder().encode('{"format":"x"}'), /not a binary model/],
    ['truncated', binary.subarray(0, binary.length - 10), /wrong size/],
    ['empty', new Uint8Array(0), /not a binary model/],
  ])('rejects a file that is %s', (_, bytes, message) => {
    expect(() => decodeModelBinary(bytes)).toThrow(message);
  });

  it("the extension build's stand-in for ner-model.ts serves the installed model, and refuses before", () => {
    expect(() => webModel()).toThrow(/not loaded/);
    const b = decodeModelBinary(binary);
    installShippedModel(b);
    expect(webModel()).toBe(b);
  });
});
