/**
 * People, organizations and places in text written without capitals but with spaces (Arabic, Persian, Hebrew,
 * Hindi, Korean), from the words around a name (the pack's AnchoredNameWords): no tagger here reads these scripts,
 * and without capitals nothing in a word's shape says it is a name. So a name is found only where the text says
 * what it is: an office before or after it makes a person ("الرئيس الروسي فلاديمير بوتين", "푸틴 대통령은"), a
 * head word an organization ("منظمة شنغهاي للتعاون", "विदेश मंत्रालय"), a cue a place ("مدينة سمرقند"); a short
 * list of countries and international bodies needs no cue. Every later mention of a name found so, alone or with a
 * glued prefix or particle ("وبوتين", "푸틴은"), and of a person's last name alone, is the same entity.
 */
import type { AnchoredNameWords } from '../../../languages/types';
import type { Entity } from '../../../shared/types';
import { chooseSpans, groupEntities, type NameGroup, type NameSpan, type NameType } from '../names/name-spans';
import { type AnchoredToken, anchoredTokens, type PhraseSet, phraseSet, wordOccurrences } from './anchored-tokens';
import { headlineCandidates } from './headline-candidates';

type Span = NameSpan;

export interface AnchoredNameOptions {
  title?: string;
}

interface Rules {
  words: AnchoredNameWords;
  before: PhraseSet;
  after: PhraseSet;
  modifiers: PhraseSet;
  complements: PhraseSet;
  placeComplements: PhraseSet;
  headsBefore: PhraseSet;
  headsAfter: PhraseSet;
  cuesBefore: PhraseSet;
  cuesAfter: PhraseSet;
  places: PhraseSet;
  organizations: PhraseSet;
  stop: PhraseSet;
  families: readonly string[];
}

const compiled = new WeakMap<AnchoredNameWords, Rules>();

function rulesOf(words: AnchoredNameWords): Rules {
  let rules = compiled.get(words);
  if (!rules) {
    rules = {
      words,
      before: phraseSet(words.rolesBefore),
      after: phraseSet(words.rolesAfter),
      modifiers: phraseSet(words.roleModifiers),
      complements: phraseSet(words.roleComplements),
      placeComplements: phraseSet(words.placeComplements ?? []),
      headsBefore: phraseSet(words.organizationHeadsBefore),
      headsAfter: phraseSet(words.organizationHeadsAfter),
      cuesBefore: phraseSet(words.placeCuesBefore),
      cuesAfter: phraseSet(words.placeCuesAfter),
      places: phraseSet(words.places),
      organizations: phraseSet(words.organizations),
      stop: phraseSet(words.stopWords),
      families: words.familyNames ?? [],
    };
    compiled.set(words, rules);
  }
  return rules;
}

export function findAnchoredNames(text: string, words: AnchoredNameWords, options: AnchoredNameOptions = {}): Entity[] {
  const rules = rulesOf(words);
  const tokens = anchoredTokens(text, words);
  const people = roleSpans(tokens, rules);
  const spans = [
    ...people,
    ...beforePeople(organizationSpans(tokens, rules), people, text),
    ...placeSpans(tokens, rules),
    ...listedSpans(tokens, rules.places, 'place'),
    ...listedSpans(tokens, rules.organizations, 'organization'),
  ];
  const found = grouped(text, chooseSpans(spans), rules, options.title ?? '');
  const candidates = headlineCandidates(text, options.title ?? '', words, (t) => isNameWord(t, rules), found);
  return [...found, ...candidates];
}

/**
 * An organization's name read forward from its head stops where a person's name read from an office starts
 * ("سخنگوی وزارت امور خارجه ناصر کنعانی", "דובר משרד החוץ ליאור חיאט"): without capitals the two run together.
 */
function beforePeople(organizations: readonly NameSpan[], people: readonly NameSpan[], text: string): NameSpan[] {
  return organizations.flatMap((o) => {
    const person = people.find((p) => p.type === 'person' && o.start < p.start && p.start < o.end);
    if (!person) return [o];
    const end = o.start + text.slice(o.start, person.start).trimEnd().length;
    return /\s/u.test(text.slice(o.start, end)) ? [{ ...o, end }] : [];
  });
}

/** Whether a word may be part of a name: letters, and none of the words that end or cue one. */
function isNameWord(t: AnchoredToken, r: Rules): boolean {
  if (!/\p{L}/u.test(t.text) || /\p{N}/u.test(t.text)) return false;
  if (r.words.notNameWords?.test(t.text)) return false;
  const cues = [r.stop, r.before, r.after, r.modifiers, r.complements, r.placeComplements, r.headsBefore, r.cuesBefore];
  // A listed place ends a name, written alone or with a preposition glued to it ("בנימין נתניהו בירושלים").
  return ![...cues, r.headsAfter, r.places].some((set) => set.has(t));
}

/**
 * The end of the role's modifiers and complements read forward from `k` ("الروسي", "لدى بكين", "הקרמלין"); the
 * places found on the way are added to `places`.
 */
function roleTail(tokens: readonly AnchoredToken[], k: number, r: Rules, places: Span[]): number {
  for (;;) {
    // A modifier, or a body the pack lists ("דובר הקרמלין": the Kremlin's spokesman), belongs to the role.
    const mod = tokens[k]?.joined ? Math.max(r.modifiers.at(tokens, k), r.organizations.at(tokens, k)) : 0;
    if (mod) {
      k += mod;
      continue;
    }
    const toPlace = tokens[k]?.joined ? r.placeComplements.at(tokens, k) : 0;
    const place = tokens[k + toPlace];
    if (toPlace && place?.joined && (isNameWord(place, r) || r.places.has(place))) {
      places.push({ start: place.start, end: stemEnd(place), type: 'place', priority: 2 });
      k += toPlace + 1;
      continue;
    }
    // An organization in construct after the office ("דובר משרד החוץ"): its head and the word after it.
    const body = tokens[k]?.joined ? r.headsBefore.at(tokens, k) : 0;
    if (body && tokens[k + body]?.joined && isNameWord(tokens[k + body]!, r)) {
      k += body + 1;
      continue;
    }
    const comp = tokens[k]?.joined ? r.complements.at(tokens, k) : 0;
    // The complement's object: a word, or an organization's head and the word after it ("باسم وزارة الخارجية").
    const head = comp && tokens[k + comp]?.joined ? r.headsBefore.at(tokens, k + comp) : 0;
    const object = k + comp + head;
    if (comp && tokens[object]?.joined && (head || isNameWord(tokens[object]!, r))) {
      k = object + 1;
      continue;
    }
    return k;
  }
}

/**
 * Modifiers written before an office ("रूसी राष्ट्रपति", "러시아 대통령"), and the body whose office it is ("유엔
 * 사무총장", "더불어민주당 대표"): the index the role starts at.
 */
function roleHead(tokens: readonly AnchoredToken[], i: number, r: Rules): number {
  let from = i;
  const isBody = (t: AnchoredToken) =>
    !t.particle && (r.organizations.has(t) || !!endingSpan(t, r.words.organizationEndings, r));
  while (from > 0 && tokens[from]!.joined && (r.modifiers.has(tokens[from - 1]!) || isBody(tokens[from - 1]!))) from--;
  return from;
}

function roleSpans(tokens: readonly AnchoredToken[], r: Rules): Span[] {
  const spans: Span[] = [];
  const max = r.words.maxNameWords;
  for (let i = 0; i < tokens.length; i++) {
    const ahead = r.before.at(tokens, i);
    if (ahead) {
      const tail = roleTail(tokens, i + ahead, r, spans);
      let end = tail;
      while (end < tokens.length && end - tail < max && tokens[end]!.joined && isNameWord(tokens[end]!, r)) end++;
      if (end > tail) {
        const from = roleHead(tokens, i, r);
        const role = textOf(tokens, from, tail, from === i ? r.before.skip(tokens, i) : 0);
        spans.push({ start: tokens[tail]!.start, end: tokens[end - 1]!.end, type: 'person', role, priority: 3 });
      }
    }
    const behind = r.after.at(tokens, i);
    if (behind) {
      const from = roleHead(tokens, i, r);
      const name = nameBefore(tokens, from, r);
      if (name !== null) {
        const last = tokens[i + behind - 1]!;
        const role = textOf(tokens, from, i + behind).slice(0, last.particle ? -particleLength(last) : undefined);
        spans.push({ start: tokens[name]!.start, end: tokens[from - 1]!.end, type: 'person', role, priority: 3 });
      }
    }
  }
  return spans;
}

const particleLength = (t: AnchoredToken) => t.text.length - t.forms[t.forms.length - 1]!.length;

/**
 * A name read back from an office at `from` ("블라디미르 푸틴 러시아 대통령"): words with no particle glued to
 * them, since a particle ends the phrase before ("회담에서"). The word next to the office may end in "은" when it
 * is a three-syllable name opening with a family name ("김정은 국무위원장"): "은" follows a closed syllable, where
 * "는" would follow an open one ("정부는"), and names end in "은" often.
 */
function nameBefore(tokens: readonly AnchoredToken[], from: number, r: Rules): number | null {
  let k = from;
  while (k > 0 && from - k < r.words.maxNameWords && tokens[k]!.joined) {
    const t = tokens[k - 1]!;
    const familyName =
      k === from && t.text.length === 3 && t.text.endsWith('은') && r.families.some((f) => t.text.startsWith(f));
    // A first name before the family name may end like the subject particle ("안드레이 데니소프").
    const givenName = k < from && t.text.length >= 3 && t.text.endsWith('이');
    if (!isNameWord(t, r) || (t.particle && !familyName && !givenName)) break;
    k--;
    if (t.particle && !givenName) break;
  }
  return k < from ? k : null;
}

const textOf = (tokens: readonly AnchoredToken[], from: number, to: number, skip = 0) =>
  tokens
    .slice(from, to)
    .map((t, k) => (k === 0 ? t.text.slice(skip) : t.text))
    .join(' ');

/** "منظمة شنغهاي للتعاون" (head first), "शंघाई सहयोग संगठन" (head last), "외교부" (a glued ending). */
function organizationSpans(tokens: readonly AnchoredToken[], r: Rules): Span[] {
  const spans: Span[] = [];
  const max = r.words.maxOrganizationWords;
  for (let i = 0; i < tokens.length; i++) {
    const ahead = r.headsBefore.at(tokens, i);
    if (ahead) {
      let end = i + ahead;
      while (end < tokens.length && end - i - ahead < max && tokens[end]!.joined && isNameWord(tokens[end]!, r)) end++;
      if (end > i + ahead)
        spans.push({
          start: tokens[i]!.start + r.headsBefore.skip(tokens, i),
          end: tokens[end - 1]!.end,
          type: 'organization',
          priority: 2,
        });
    }
    const behind = r.headsAfter.at(tokens, i);
    if (behind) {
      // Read back over words with no particle ("국회에서" ends the phrase before); a nationality adjective belongs
      // to the name ("भारतीय जनता पार्टी").
      const part = (t: AnchoredToken) => !t.particle && (isNameWord(t, r) || r.modifiers.has(t));
      let from = i;
      while (from > 0 && i - from < max && tokens[from]!.joined && part(tokens[from - 1]!)) from--;
      if (from < i)
        spans.push({
          start: tokens[from]!.start,
          end: stemEnd(tokens[i + behind - 1]!),
          type: 'organization',
          priority: 2,
        });
    }
    const glued = endingSpan(tokens[i]!, r.words.organizationEndings, r);
    if (glued) spans.push({ ...glued, type: 'organization', priority: 2 });
  }
  return spans;
}

/** The end of a word without its particle. */
const stemEnd = (t: AnchoredToken) => (t.particle ? t.end - particleLength(t) : t.end);

/** A word whose stem ends in one of `endings` after two letters or more ("외교부", "서울시"), not a stop word. */
function endingSpan(t: AnchoredToken, endings: readonly string[], r: Rules): { start: number; end: number } | null {
  if (!endings.length || r.stop.has(t) || /\p{N}/u.test(t.text) || r.words.notNameWords?.test(t.text)) return null;
  const stem = t.particle ? t.forms[t.forms.length - 1]! : t.text;
  const ending = endings.find((e) => stem.length - e.length >= 2 && stem.endsWith(e));
  return ending ? { start: t.start, end: t.start + stem.length } : null;
}

/** "مدينة سمرقند", "العاصمة الروسية موسكو", "समरकंद शहर", "서울시". */
function placeSpans(tokens: readonly AnchoredToken[], r: Rules): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const ahead = r.cuesBefore.at(tokens, i);
    if (ahead) {
      let k = i + ahead;
      while (tokens[k]?.joined && r.modifiers.at(tokens, k)) k += r.modifiers.at(tokens, k);
      const t = tokens[k];
      if (t?.joined && isNameWord(t, r)) spans.push({ start: t.start, end: stemEnd(t), type: 'place', priority: 2 });
    }
    const behind = r.cuesAfter.at(tokens, i);
    const t = tokens[i - 1];
    if (behind && t && tokens[i]!.joined && isNameWord(t, r) && !t.particle)
      spans.push({ start: t.start, end: t.end, type: 'place', priority: 2 });
    const glued = endingSpan(tokens[i]!, r.words.placeEndings, r);
    if (glued) spans.push({ ...glued, type: 'place', priority: 2 });
  }
  return spans;
}

/** Names of the pack's lists wherever they stand, with a glued prefix or particle ("بموسكو", "러시아는"). */
function listedSpans(tokens: readonly AnchoredToken[], set: PhraseSet, type: NameType): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const n = set.at(tokens, i);
    if (!n) continue;
    const start = tokens[i]!.start + set.skip(tokens, i);
    spans.push({ start, end: stemEnd(tokens[i + n - 1]!), type, priority: 1 });
    i += n - 1;
  }
  return spans;
}

/**
 * One entity per name and type. A person's last name alone, and a one-word name that opens a longer person's
 * ("윤" of "윤석열"), are that person; every other place the text writes a name is a mention of it.
 */
function grouped(text: string, spans: readonly Span[], r: Rules, title: string): Entity[] {
  const people = [...new Set(spans.filter((s) => s.type === 'person').map((s) => text.slice(s.start, s.end)))];
  const fullName = (name: string) =>
    people.find((p) => p !== name && (p.endsWith(` ${name}`) || (name.length < 2 && p.startsWith(name)))) ?? name;
  const groups = new Map<string, NameGroup>();
  for (const s of spans) {
    let name = text.slice(s.start, s.end);
    if (s.type === 'person') name = fullName(name);
    if (name.length < 2) continue;
    const key = `${s.type}\u0000${name}`;
    const group = groups.get(key) ?? { type: s.type, name, mentions: [] };
    if (s.role && !group.role) group.role = s.role;
    group.mentions.push({ start: s.start, end: s.end });
    groups.set(key, group);
  }
  const taken = spans.map((s) => [s.start, s.end] as const);
  const free = (a: number, b: number) => !taken.some(([s, e]) => a < e && s < b);
  for (const g of groups.values()) {
    const surfaces = new Set(g.mentions.map((m) => text.slice(m.start, m.end)));
    // The last word of a person's name: "بوتين" of "فلاديمير بوتين", "푸틴" of "블라디미르 푸틴".
    const last = g.name.split(' ').at(-1)!;
    if (g.type === 'person' && last !== g.name && last.length >= 2 && !people.includes(last)) surfaces.add(last);
    for (const surface of [...surfaces].sort((a, b) => b.length - a.length)) {
      for (const [at, end] of wordOccurrences(text, surface, r.words)) {
        if (!free(at, end)) continue;
        g.mentions.push({ start: at, end });
        taken.push([at, end]);
      }
    }
    g.mentions.sort((a, b) => a.start - b.start);
  }
  return groupEntities(groups.values(), text, title);
}
