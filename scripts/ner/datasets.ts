/**
 * Readers for the NER corpora in ../shared/data/ner (read in place, never copied): CoNLL-2003 (IOB1 → IOB2),
 * WikiANN (IOB2, "en:" prefixes), GUM (JSON: named person/organization/place/event mentions → PER/ORG/LOC/MISC).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { tokenize, spansFromTags, tagsFromSpans, type NerType, type TokenSpan } from '../../src/pipeline/recognize/ner';

export interface Sentence {
  tokens: string[];
  /** IOB2 tags. */
  tags: string[];
  /** Document id, for document-level folds. */
  doc: string;
}

export function dataRoot(): string {
  return resolve(process.env.BACKSTORY_DATA ?? resolve(process.cwd(), '../shared/data'));
}

export function nerPath(...parts: string[]): string {
  return join(dataRoot(), 'ner', ...parts);
}

export const hasData = (path: string) => existsSync(path);

/** CoNLL-style columns: token first, tag last; blank lines end sentences, -DOCSTART- starts a document. */
export function readColumns(
  path: string,
  {
    iob1 = false,
    stripLang = false,
    docPerSentences = 0,
    mapTag = normalizeTag,
  }: { iob1?: boolean; stripLang?: boolean; docPerSentences?: number; mapTag?: (tag: string) => string } = {},
): Sentence[] {
  const sentences: Sentence[] = [];
  let doc = 0;
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (tokens.length) {
      const iob2 = iob1 ? tagsFromSpans(spansFromTags(tags), tags.length) : tags;
      sentences.push({
        tokens,
        tags: iob2,
        doc: `${path}#${docPerSentences ? Math.floor(sentences.length / docPerSentences) : doc}`,
      });
    }
    tokens = [];
    tags = [];
  };
  const bytes = readFileSync(path);
  const text = (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (!line.trim()) {
      flush();
      continue;
    }
    const cols = line.split(/[\t ]/);
    let token = cols[0]!;
    if (token === '-DOCSTART-') {
      flush();
      doc++;
      continue;
    }
    if (stripLang) token = token.replace(/^[a-z]{2}:/, '');
    tokens.push(token);
    tags.push(mapTag(cols[cols.length - 1]!));
  }
  flush();
  return sentences;
}

function normalizeTag(tag: string): string {
  const m = /^([BI])-(PER|ORG|LOC|MISC)$/.exec(tag);
  return m ? tag : 'O';
}

export interface GumMention {
  start: number;
  end: number;
  etype: string;
  named: boolean;
  text: string;
}
export interface GumDoc {
  doc: string;
  split: string;
  text: string;
  sentences: [number, number][];
  mentions: GumMention[];
}

/**
 * A GUM document from its JSON. With `oneWordNames`, one-word proper-noun mentions are marked named: the JSON marks
 * a one-word mention named only when it is linked to Wikipedia, so "Gloria" or "Montalvo" alone read as no name (561
 * person mentions of GUM train, 68 of dev); the treebank (dep/*.conllu.gz) says the word is a proper noun.
 */
export function readGumDoc(file: string, { oneWordNames = false } = {}): GumDoc {
  const doc = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as GumDoc;
  const dep = nerPath('gum', 'dep', `${doc.doc}.conllu.gz`);
  if (!oneWordNames || !existsSync(dep)) return doc;
  const proper = properNounSpans(doc.text, gunzipSync(readFileSync(dep)).toString('utf8'));
  for (const m of doc.mentions) if (!m.named && !/\s/.test(m.text) && proper.has(`${m.start}:${m.end}`)) m.named = true;
  return doc;
}

/** "start:end" of each PROPN word, found in the JSON text (the treebank's words in order, spaces between). */
function properNounSpans(text: string, conllu: string): Set<string> {
  const spans = new Set<string>();
  let at = 0;
  for (const line of conllu.split('\n')) {
    const cols = line.split('\t');
    if (cols.length < 4 || !/^\d+$/.test(cols[0]!)) continue;
    const start = text.indexOf(cols[1]!, at);
    if (start < 0) continue;
    at = start + cols[1]!.length;
    if (cols[3] === 'PROPN') spans.add(`${start}:${at}`);
  }
  return spans;
}

const GUM_TYPES: Record<string, NerType> = { person: 'PER', organization: 'ORG', place: 'LOC', event: 'MISC' };

/**
 * GUM's named objects (products, works, vehicles) as MISC, so the tagger learns that a product is not an
 * organization; only where the name is the whole mention ("the iPhone", not "Zurbarán artworks").
 */
export const GUM_TYPES_WITH_OBJECTS: Record<string, NerType> = { ...GUM_TYPES, object: 'MISC' };
const WHOLE_NAME_ONLY = new Set(['object']);

/** GUM documents of a split ("train" or "dev"), as token sentences with named-entity spans. */
export function readGum(split: 'train' | 'dev', { types = GUM_TYPES, oneWordNames = false } = {}): Sentence[] {
  const dir = nerPath('gum', 'json');
  const out: Sentence[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json.gz'))
    .sort()) {
    const doc = readGumDoc(join(dir, file), { oneWordNames });
    if (doc.split !== split) continue;
    const named = doc.mentions
      .filter((m) => m.named && types[m.etype])
      .sort((a, b) => b.end - b.start - (a.end - a.start));
    for (const [s0, s1] of doc.sentences) {
      // The JSON text keeps punctuation on words ("Belgium,"): tokenize it the way CoNLL text is.
      const toks = tokenize(doc.text.slice(s0, s1));
      const tokens = toks.map((t) => t.text);
      const starts = toks.map((t) => t.start + s0);
      const spans: TokenSpan[] = [];
      const taken = new Uint8Array(tokens.length);
      for (const m of named) {
        if (m.start < s0 || m.end > s1) continue;
        let a = starts.findIndex((p) => p >= m.start);
        let b = starts.findIndex((p) => p >= m.end);
        if (b < 0) b = tokens.length;
        if (a < 0 || a >= b) continue;
        const mentionEnd = b;
        [a, b] = nameWithin(tokens, a, b);
        if (a >= b || (WHOLE_NAME_ONLY.has(m.etype) && b !== mentionEnd)) continue;
        let free = true;
        for (let i = a; i < b; i++) if (taken[i]) free = false;
        if (!free) continue;
        for (let i = a; i < b; i++) taken[i] = 1;
        spans.push({ type: types[m.etype]!, start: a, end: b });
      }
      if (tokens.length) out.push({ tokens, tags: tagsFromSpans(spans, tokens.length), doc: doc.doc });
    }
  }
  return out;
}

const FUNCTION_WORD =
  /^(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|he|she|it|they|we|i|you|mr|mrs|ms|dr|lord|lady|sir)\.?$/i;
const CONNECTOR =
  /^(?:of|the|de|del|della|di|da|do|dos|von|van|der|den|la|le|du|for|and|&|-|'s|on|upon|al|el|bin|ibn)$/i;

/**
 * GUM marks whole noun phrases ("Mary Chaworth, whom he met while at school"; "the National Library of the
 * Netherlands"); the name is the first run of capitalized words (with "of", "de", "-" inside it), the way CoNLL
 * and WikiANN mark names. A phrase with no capitalized word after its determiners ("An undistinguished student",
 * "His") has no name.
 */
export function nameWithin(tokens: readonly string[], a: number, b: number): [number, number] {
  while (a < b && (!/^\p{Lu}/u.test(tokens[a]!) || FUNCTION_WORD.test(tokens[a]!))) a++;
  let e = a;
  while (e < b && (/^[\p{Lu}\p{N}]/u.test(tokens[e]!) || (e > a && CONNECTOR.test(tokens[e]!)))) e++;
  while (e > a && CONNECTOR.test(tokens[e - 1]!)) e--;
  return [a, e];
}

export const conllTrain = () => readColumns(nerPath('conll2003', 'train.txt'), { iob1: true });
export const conllValid = () => readColumns(nerPath('conll2003', 'valid.txt'), { iob1: true });
export const wikiann = (split: 'train' | 'dev') =>
  readColumns(nerPath('wikiann', 'en', split), { stripLang: true, docPerSentences: 50 });

/** WNUT17 (social media) types as CoNLL's: a corporation or a group (band, team, party) is an organization. */
const WNUT_TYPES: Record<string, string> = {
  person: 'PER',
  location: 'LOC',
  corporation: 'ORG',
  group: 'ORG',
  product: 'MISC',
  'creative-work': 'MISC',
};

/** WNUT17 dev or test (the annotated test file), IOB2 with its six types mapped by WNUT_TYPES. */
export function wnut17(split: 'dev' | 'test'): Sentence[] {
  const file = split === 'dev' ? 'emerging.dev.conll' : 'emerging.test.annotated';
  return readColumns(nerPath('wnut17', file), { docPerSentences: 50, mapTag: (t) => mapWnut(t) });
}

function mapWnut(tag: string): string {
  const m = /^([BI])-(.+)$/.exec(tag);
  const type = m ? WNUT_TYPES[m[2]!] : undefined;
  return m && type ? `${m[1]}-${type}` : 'O';
}

export const wikigold = () => readColumns(nerPath('wikigold', 'wikigold.conll.txt'), { iob1: true });
