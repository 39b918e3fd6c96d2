/**
 * People, organizations and places in Japanese or Chinese text, from a segmenter's tagged tokens (src/languages/
 * segmenters.ts) and the language's name words (CjkNameWords). The tags find most names; the rules fix what tags
 * alone get wrong in news: an office next to a name makes it a person and becomes their role ("プーチン大統領",
 * "总统普京", where the dictionary knows no such name or calls it a place), an ending makes a run an organization or
 * place ("阿里巴巴集团", "サマルカンド市"), and a family name joins the given name after it ("岸田"+"文雄").
 */
import type { CjkNameWords } from '../../../languages/types';
import type { SegmentToken } from '../../../languages/segmenters';
import type { Entity } from '../../../shared/types';
import { chooseSpans, groupEntities, type NameGroup, type NameSpan, type NameType } from '../names/name-spans';

type Span = NameSpan;

export interface CjkNameOptions {
  title?: string;
}

/** Kinds that may be part of a person's name read from an office next to it. */
const NAME_PARTS = new Set(['person', 'surname', 'given', 'unknown', 'proper', 'place']);

export function findCjkNames(
  text: string,
  tokens: readonly SegmentToken[],
  words: CjkNameWords,
  options: CjkNameOptions = {},
): Entity[] {
  const spans = [
    ...roleSpans(tokens, words),
    ...taggedSpans(tokens, words),
    ...suffixSpans(tokens, words.organizationSuffixes, 'organization', words.nounRunSuffixes),
    ...suffixSpans(tokens, words.placeSuffixes, 'place', []),
  ];
  const stop = new Set(words.stopNames);
  const kept = chooseSpans(spans)
    .filter((s) => s.end - s.start > 1 && !stop.has(text.slice(s.start, s.end)))
    .map((s) => ({ ...s, type: words.retyped[text.slice(s.start, s.end)] ?? s.type }));
  return grouped(text, kept, options.title ?? '');
}

/** The longest run of tokens from `i` whose text is one of `words` (a role may be two tokens: "国家"+"主席"). */
function wordAt(tokens: readonly SegmentToken[], i: number, words: ReadonlySet<string>, maxTokens = 4): number {
  let best = -1;
  let joined = '';
  for (let j = i; j < Math.min(tokens.length, i + maxTokens); j++) {
    if (j > i && tokens[j]!.start !== tokens[j - 1]!.end) break;
    joined += tokens[j]!.text;
    if (words.has(joined)) best = j + 1;
  }
  return best;
}

const isNamePart = (t: SegmentToken, words: CjkNameWords, nouns: boolean) =>
  (NAME_PARTS.has(t.kind) ||
    (nouns && t.kind === 'noun' && /^[\p{Script=Han}\p{Script=Katakana}ー]+$/u.test(t.text))) &&
  !words.notInNames.includes(t.text);

/**
 * A run read back or forward from an office, not too long. Read back, places alone are the office's country ("中国"
 * of "中国国家主席"); read forward, a name the dictionary calls a place is the office holder ("总统普京").
 */
function nameRun(
  run: readonly SegmentToken[],
  words: CjkNameWords,
  placesAreNames = false,
): { start: number; end: number } | null {
  if (!run.length) return null;
  if (!placesAreNames && run.every((t) => t.kind === 'place' || t.kind === 'noun')) {
    // Dictionary nouns make a name only as the pieces of one it does not know ("黒田"+"東"+"彦").
    if (run.some((t) => t.kind === 'place') || run.length < 2) return null;
  }
  const start = run[0]!.start;
  const end = run[run.length - 1]!.end;
  return end - start >= 2 && end - start <= words.maxNameChars ? { start, end } : null;
}

/** Offices and honorifics next to a name: "岸田文雄首相", "バイデン氏", "俄罗斯总统普京", "外交部发言人汪文斌". */
function roleSpans(tokens: readonly SegmentToken[], words: CjkNameWords): Span[] {
  const after = new Set([...words.rolesAfter, ...words.honorifics]);
  const before = new Set(words.rolesBefore);
  const honorific = new Set(words.honorifics);
  const roleEnds = new Set([...after, ...before]);
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const endAfter = wordAt(tokens, i, after);
    const endBefore = wordAt(tokens, i, before);
    const end = Math.max(endAfter, endBefore);
    if (end < 0) continue;
    const role = tokens
      .slice(i, end)
      .map((t) => t.text)
      .join('');
    if (endAfter > 0) {
      const run: SegmentToken[] = [];
      for (let k = i - 1; k >= 0; k--) {
        const t = tokens[k]!;
        if (t.end !== (run[0] ?? tokens[i]!).start || !isNamePart(t, words, words.nounsInNames)) break;
        run.unshift(t);
      }
      const name = nameRun(run, words);
      if (name) spans.push({ ...name, type: 'person', ...(honorific.has(role) ? {} : { role }), priority: 3 });
    }
    if (endBefore > 0) {
      const run: SegmentToken[] = [];
      for (let k = end; k < tokens.length; k++) {
        const t = tokens[k]!;
        if (t.start !== (run[run.length - 1] ?? tokens[end - 1]!).end || !isNamePart(t, words, false)) break;
        if (wordAt(tokens, k, roleEnds) > 0) break;
        run.push(t);
      }
      const next = end + run.length;
      if (run.length === 1 && run[0]!.kind === 'person' && lastNameChar(tokens, next, words)) run.push(tokens[next]!);
      const name = nameRun(run, words, true);
      // The country or body before the office is part of the role: "俄罗斯总统", "外交部发言人".
      let from = i;
      while (from > 0 && ['place', 'country', 'organization'].includes(tokens[from - 1]!.kind)) from--;
      const fullRole = tokens
        .slice(from, end)
        .map((t) => t.text)
        .join('');
      if (name) spans.push({ ...name, type: 'person', role: fullRole, priority: 3 });
    }
    i = end - 1;
  }
  return spans;
}

/** Tags of content words a name's last character is read as ("超" a verb, "平" an adjective). */
const CONTENT_TAGS = new Set(['v', 'vg', 'a', 'ag', 'n', 'ng']);

/**
 * Whether token `j` is the last character of the two-character name before it ("李家"+"超" of "李家超"): one Han
 * character right after it, tagged a content word, and none of the language's characters that follow names.
 */
function lastNameChar(tokens: readonly SegmentToken[], j: number, words: CjkNameWords): boolean {
  const [name, next] = [tokens[j - 1], tokens[j]];
  if (!words.afterNameChars || !name || !next || next.start !== name.end) return false;
  if (name.kind !== 'person' || !/^\p{Script=Han}{2}$/u.test(name.text)) return false;
  return /^\p{Script=Han}$/u.test(next.text) && CONTENT_TAGS.has(next.tag) && !words.afterNameChars.includes(next.text);
}

/** Names the tags give: people (family and given names joined), organizations, places. */
function taggedSpans(tokens: readonly SegmentToken[], words: CjkNameWords): Span[] {
  const spans: Span[] = [];
  const placeBefore = new Set(words.placeBefore);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'person' || t.kind === 'surname') {
      let j = i + 1;
      while (
        j < tokens.length &&
        tokens[j]!.start === tokens[j - 1]!.end &&
        ['given', 'person'].includes(tokens[j]!.kind)
      )
        j++;
      if (lastNameChar(tokens, j, words)) j++;
      spans.push({ start: t.start, end: tokens[j - 1]!.end, type: 'person', priority: 2 });
      i = j - 1;
    } else if (t.kind === 'organization') spans.push({ start: t.start, end: t.end, type: 'organization', priority: 2 });
    else if (t.kind === 'place' || t.kind === 'country')
      spans.push({ start: t.start, end: t.end, type: 'place', priority: 1 });
    else if (t.kind === 'proper' && i > 0 && placeBefore.has(tokens[i - 1]!.text)) {
      spans.push({ start: t.start, end: t.end, type: 'place', priority: 2 });
    }
  }
  return spans;
}

const PROPER = new Set(['place', 'country', 'proper', 'unknown', 'organization']);

/**
 * "阿里巴巴集团", "ロシア軍", "サマルカンド市": proper nouns before an ending that gives their type. The ending is a
 * token of its own, or the end of a proper noun ("日本政府" as one token); the end of a common noun is no ending
 * ("政府" does not end in the place ending "府").
 */
function suffixSpans(
  tokens: readonly SegmentToken[],
  suffixes: readonly string[],
  type: NameType,
  nounRunSuffixes: readonly string[],
): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const own = PROPER.has(t.kind) && suffixes.some((s) => t.text.length > s.length && t.text.endsWith(s));
    if (!own && !suffixes.includes(t.text) && !nounRunSuffixes.includes(t.text)) continue;
    if (own) spans.push({ start: t.start, end: t.end, type, priority: 3 });
    let k = i;
    while (
      k > 0 &&
      tokens[k - 1]!.end === tokens[k]!.start &&
      (PROPER.has(tokens[k - 1]!.kind) || tokens[k - 1]!.kind === 'noun')
    )
      k--;
    // The run starts at its first proper noun: "该公司" and "新政党" are no names.
    if (!nounRunSuffixes.includes(t.text)) while (k < i && tokens[k]!.kind === 'noun') k++;
    if (k < i) spans.push({ start: tokens[k]!.start, end: t.end, type, priority: 3 });
  }
  return spans;
}

/**
 * One entity per name: a name typed a person anywhere is a person everywhere ("普京" tagged a place alone), a family
 * name alone joins the full name it begins ("岸田" → "岸田文雄"), and every other place the text writes the name is
 * a mention too (the segmenter may cut it differently there).
 */
function grouped(text: string, spans: readonly Span[], title: string): Entity[] {
  const people = new Set(spans.filter((s) => s.type === 'person').map((s) => text.slice(s.start, s.end)));
  const groups = new Map<string, NameGroup>();
  for (const s of spans) {
    let name = text.slice(s.start, s.end);
    const type = people.has(name) ? 'person' : s.type;
    if (type === 'person') name = [...people].find((p) => p.length > name.length && p.startsWith(name)) ?? name;
    const key = `${type}\u0000${name}`;
    const group = groups.get(key) ?? { type, name, mentions: [] };
    if (s.role && !group.role) group.role = s.role;
    group.mentions.push({ start: s.start, end: s.end });
    groups.set(key, group);
  }
  const taken = spans.map((s) => [s.start, s.end] as const);
  for (const g of groups.values()) {
    for (const surface of new Set(g.mentions.map((m) => text.slice(m.start, m.end)))) {
      if (surface.length < 2) continue;
      for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length)) {
        const end = at + surface.length;
        if (taken.some(([s, e]) => at < e && s < end)) continue;
        g.mentions.push({ start: at, end });
        taken.push([at, end]);
      }
    }
    g.mentions.sort((a, b) => a.start - b.start);
  }
  return groupEntities(groups.values(), text, title);
}
