/**
 * Finds the names the tagger missed in one place but found in another ("PUTIN" in a headline, a surname the
 * tagger skipped): every untagged occurrence of an entity's name, or of a person's distinctive name word.
 * Case matters in normal text; in ALL-CAPS sentences it is ignored.
 */
import type { NerDocument } from './document';
import type { Lexicons } from './features';
import type { Cluster } from './group';
import { hashString } from './hash';
import type { RawMention } from './mentions';

/**
 * `baseNames`: the clusters are named in base forms the text may not hold as mentions (base-forms.ts): those names,
 * and a person's words of them, are found too ("Putin" after "Władimira Putina").
 */
export function propagateNames(
  doc: NerDocument,
  clusters: readonly Cluster[],
  existing: readonly RawMention[],
  lexicons: Lexicons,
  { baseNames = false }: { baseNames?: boolean } = {},
): RawMention[] {
  // form (space-joined tokens) → cluster index; -1 when two entities share it (ambiguous: skip).
  const forms = new Map<string, number>();
  const add = (form: string, c: number) => {
    const prev = forms.get(form);
    forms.set(form, prev === undefined || prev === c ? c : -1);
  };
  clusters.forEach((cl, c) => {
    if (cl.type === 'event' || cl.type === 'date') return;
    const base = baseNames ? [{ toks: cl.name.split(' '), caps: false }] : [];
    const written = cl.mentions.map((m) => ({
      toks: doc.tokens.slice(m.tokenStart, m.tokenEnd).map((t) => t.text),
      caps: m.caps,
    }));
    for (const m of [...written, ...base]) {
      const toks = m.toks;
      if (!m.caps) add(toks.join(' '), c);
      if (cl.type === 'person') {
        for (const t of toks) {
          if (/^\p{Lu}[\p{L}'-]+$/u.test(t) && !m.caps && !lexicons.isCommonWord(hashString(t.toLowerCase())))
            add(t, c);
        }
      }
    }
  });
  const upper = new Map<string, number>();
  for (const [form, c] of forms) {
    const u = form.toUpperCase();
    const prev = upper.get(u);
    upper.set(u, prev === undefined || prev === c ? c : -1);
  }
  const maxLen = Math.max(0, ...[...forms.keys()].map((f) => f.split(' ').length));
  const covered = new Uint8Array(doc.tokens.length);
  for (const m of existing) covered.fill(1, m.tokenStart, m.tokenEnd);
  const out: RawMention[] = [];
  for (let s = 0; s < doc.sentences.length; s++) {
    const [a, b] = doc.sentences[s]!;
    const caps = doc.capsSentence[s]!;
    for (let i = a; i < b; i++) {
      if (covered[i]) continue;
      for (let len = Math.min(maxLen, b - i); len >= 1; len--) {
        let free = true;
        for (let k = i; k < i + len; k++) if (covered[k]) free = false;
        if (!free) continue;
        const form = doc.tokens
          .slice(i, i + len)
          .map((t) => t.text)
          .join(' ');
        const c = caps ? upper.get(form.toUpperCase()) : forms.get(form);
        if (c === undefined || c < 0) continue;
        const start = doc.tokens[i]!.start;
        const end = doc.tokens[i + len - 1]!.end;
        out.push({
          type: clusters[c]!.type,
          nerType: null,
          text: doc.text.slice(start, end),
          start,
          end,
          tokenStart: i,
          tokenEnd: i + len,
          sentence: s,
          caps,
        });
        covered.fill(1, i, i + len);
        i += len - 1;
        break;
      }
    }
  }
  return out;
}
