/**
 * One document's names, made consistent across its sentences (the CoNLL-mode counterpart of propagate.ts): a name
 * tagged in one sentence is tagged wherever it recurs untagged, and so is each distinctive word of a person's name
 * ("Wolfgang Männer" … "Männer sagt", "Männers Vorwürfe"). A form found with two types is left alone.
 */
import type { Lexicons } from './features';
import { hashString } from './hash';
import { spansFromTags, tagsFromSpans, type NerType, type TokenSpan } from './tags';

export interface DocumentTagOptions {
  /** Longest form looked for, in tokens. */
  maxLength?: number;
}

export function propagateInDocument(
  sentences: readonly (readonly string[])[],
  tags: readonly (readonly string[])[],
  lexicons: Lexicons,
  { maxLength = 5 }: DocumentTagOptions = {},
): string[][] {
  const forms = documentForms(sentences, tags, lexicons, maxLength);
  return sentences.map((tokens, s) => {
    const spans = spansFromTags(tags[s]!);
    const covered = new Uint8Array(tokens.length);
    for (const sp of spans) covered.fill(1, sp.start, sp.end);
    const added: TokenSpan[] = [];
    for (let i = 0; i < tokens.length; i++) {
      for (let len = Math.min(maxLength, tokens.length - i); len >= 1; len--) {
        if (covered.subarray(i, i + len).some((x) => x)) continue;
        const type = forms.get(tokens.slice(i, i + len).join(' '));
        if (!type) continue;
        added.push({ type, start: i, end: i + len });
        covered.fill(1, i, i + len);
        i += len - 1;
        break;
      }
    }
    return added.length ? tagsFromSpans([...spans, ...added], tokens.length) : [...tags[s]!];
  });
}

/** Form (space-joined tokens) → type, for every tagged name and every distinctive word of a person's name. */
function documentForms(
  sentences: readonly (readonly string[])[],
  tags: readonly (readonly string[])[],
  lexicons: Lexicons,
  maxLength: number,
): Map<string, NerType> {
  const forms = new Map<string, NerType | null>();
  const add = (form: string, type: NerType) => {
    const prev = forms.get(form);
    forms.set(form, prev === undefined || prev === type ? type : null);
  };
  sentences.forEach((tokens, s) => {
    for (const sp of spansFromTags(tags[s]!)) {
      if (sp.end - sp.start > maxLength) continue;
      const words = tokens.slice(sp.start, sp.end);
      if (!words.every((w) => /^\p{Lu}/u.test(w) || !/\p{L}/u.test(w))) continue;
      add(words.join(' '), sp.type);
      if (sp.type !== 'PER' || words.length < 2) continue;
      for (const w of words) {
        if (!/^\p{Lu}\p{Ll}[\p{L}'-]+$/u.test(w) || lexicons.isCommonWord(hashString(w.toLowerCase()))) continue;
        add(w, 'PER');
        // The genitive of German and Dutch names: "Männers Vorwürfe", "Ruttes kabinet".
        if (!/[sxzß]$/.test(w)) add(`${w}s`, 'PER');
      }
    }
  });
  const out = new Map<string, NerType>();
  for (const [form, type] of forms) if (type) out.set(form, type);
  return out;
}
