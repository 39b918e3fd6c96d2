/**
 * The recognizer proper: text → tagged document → mentions → grouped entities with role, quotes and salience.
 * Dates and event frames are added by recognize.ts from their own modules.
 */
import type { LanguagePack } from '../../../languages/types';
import type { Entity } from '../../../shared/types';
import { analyzeTokens, type NerDocument } from './document';
import { phraseHash } from './features';
import { groupMentions, nameKey, type Cluster } from './group';
import { findLocalEvents } from './local-events';
import { findMentions, type RawMention } from './mentions';
import { ORGANIZATION_HEADS } from '../../../languages/en/name-shapes';
import type { TaggerModel } from './model';
import { nameWordsOf } from './name-words';
import { propagateNames } from './propagate';
import { repairOrganizationSpans } from './repair-organizations';
import { splitRelatives, typeRelatives } from './relatives';
import { repairPersonSpans } from './repair-spans';
import { repairTitledSpans } from './repair-titles';
import { repairRoleSpans } from './repair-role-spans';
import { repairRoleCompounds } from './repair-role-compounds';
import { joinHyphenatedSurnames } from './join-hyphenated-surnames';
import { baseForms } from './base-forms';
import { compoundPrefixNames } from './compound-prefixes';
import { typeOrganizationHeads } from './type-organization-heads';
import { attributeQuotes, type PersonSpan } from './quotes';
import { findRole } from './roles';
import { typeByContext } from './context-types';
import { typeByProductContext } from './product-context';
import { dropProductNames } from './product-names';
import { mentionConfidence, piecesConfidence } from './confidence';
import { salience } from './salience';
import { nameStorms } from './storms';
import { voteTypes } from './type-vote';

export interface EntityOptions {
  title?: string;
  /** The article's language (English when absent). */
  pack?: LanguagePack;
}

export function findEntities(text: string, model: TaggerModel, options: EntityOptions = {}): Entity[] {
  const doc = analyzeTokens(text, model, nameWordsOf(options.pack));
  const taggerTags = doc.tags.slice();
  repairOrganizationSpans(doc);
  repairTitledSpans(doc, model.lexicons);
  repairRoleCompounds(doc, model.lexicons);
  repairRoleSpans(doc, model.lexicons);
  typeOrganizationHeads(doc, model.lexicons);
  repairPersonSpans(doc, model.lexicons);
  joinHyphenatedSurnames(doc, model.lexicons);
  const mentions = findMentions(doc, model.lexicons);
  // The context patterns are English words (versus, drew with, The); other languages keep the tagger's reading.
  const english = !options.pack || (options.pack.code === 'en' && !options.pack.borrowed);
  const all = [...(english ? nameStorms(doc, typeByContext(doc, mentions)) : mentions), ...findLocalEvents(doc)];
  // In capitals the tagger's spans are weak: one is trusted when the article writes it in normal case elsewhere or
  // the gazetteer knows it ("GAZPROM"); the others give their words back to name propagation ("PUTIN WARNS WEST"
  // tagged as one organization yields PUTIN), and a capitalized word nobody knows ("RUBLE") is dropped.
  const cased = new Set(all.filter((m) => !m.caps).map((m) => nameKey(m.text)));
  const tagged = typeRelatives(
    all.filter((m) => !m.caps || cased.has(nameKey(m.text)) || known(m.text, model) || joinedName(m.text)),
  );
  // A language that declines names finds them in their base forms too ("Putin" after "Władimira Putina").
  const declension = options.pack?.nameDeclension;
  const based = (clusters: Cluster[]) => (declension ? baseForms(clusters, model.lexicons, declension) : clusters);
  const found = propagateNames(doc, based(groupMentions(tagged, doc.words)), tagged, model.lexicons, {
    baseNames: declension !== undefined,
  });
  const grouped = based(splitRelatives(doc, groupMentions([...tagged, ...found], doc.words)));
  // The probabilities are calibrated on English; other languages keep the grouping's vote.
  if (english) voteTypes(doc, grouped, taggerTags);
  const clusters = dropProductNames(english ? typeByProductContext(doc, grouped) : grouped);
  const roles = clusters.map((c) => (c.type === 'person' ? roleOf(doc, c, clusters) : null));
  const people: PersonSpan[] = [];
  clusters.forEach((c, i) => {
    if (c.type === 'person') for (const m of c.mentions) people.push({ person: i, start: m.start, end: m.end });
  });
  const quotes = attributeQuotes(text, people);
  const scores = salience(
    clusters.map((c) => ({ names: [c.name], mentions: c.mentions })),
    text,
    options.title ?? '',
  );
  const entities = clusters.map((c, i) => {
    const entity: Entity = {
      type: c.type,
      name: c.name,
      salience: scores[i]!,
      mentions: c.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end })),
    };
    if (roles[i]) entity.role = roles[i]!;
    const confidence = clusterConfidence(doc, c, taggerTags);
    if (confidence !== null) entity.confidence = confidence;
    const said = quotes.filter((q) => q.person === i).map((q) => q.text);
    if (said.length) entity.quotes = said;
    return entity;
  });
  return [...entities, ...compoundPrefixNames(doc, model.lexicons, clusters)];
}

/**
 * The tagger's belief in its surest mention of the entity (one clear mention is enough: the others may be short
 * forms or capitals), each under the type the tagger itself read: a rule that retypes a name ("Texas" the team)
 * decides its type, not whether it is a name. Null for events, whose names come from rules as much as the tagger.
 */
const TAGGER_TYPE: Record<string, Entity['type'] | undefined> = { PER: 'person', ORG: 'organization', LOC: 'place' };

function clusterConfidence(doc: NerDocument, c: Cluster, taggerTags: Int32Array): number | null {
  if (c.type !== 'person' && c.type !== 'organization' && c.type !== 'place') return null;
  let best = 0;
  for (const m of c.mentions) {
    const joined = doc.joinedNames.get(m.tokenStart) === m.tokenEnd;
    const type = TAGGER_TYPE[m.nerType ?? 'MISC'] ?? c.type;
    best = Math.max(best, joined ? piecesConfidence(doc, m, taggerTags) : mentionConfidence(doc, { ...m, type }));
  }
  return Math.round(best * 100) / 100;
}

function roleOf(doc: NerDocument, c: Cluster, clusters: readonly Cluster[]): string | null {
  const personBefore = (token: number) => {
    let best: RawMention | null = null;
    let owner: Cluster | null = null;
    const sentence = doc.sentenceOf[token];
    for (const other of clusters) {
      if (other.type !== 'person') continue;
      for (const m of other.mentions) {
        if (m.tokenEnd <= token && m.sentence === sentence && (!best || m.tokenEnd > best.tokenEnd)) {
          best = m;
          owner = other;
        }
      }
    }
    return owner ? shortName(owner) : null;
  };
  for (const m of c.mentions) {
    if (m.caps) continue;
    const role = findRole(doc, m, personBefore);
    if (role) return role;
  }
  return null;
}

/** A Title Case line's name with lower-case joiners ("Department of Wildlife and Fisheries") is a name's own casing. */
const joinedName = (text: string) =>
  /\s(?:of|for|and)\s/.test(text) && /^\p{Lu}/u.test(text) && text.split(/\s+/).some((w) => ORGANIZATION_HEADS.has(w));

function known(text: string, model: TaggerModel): boolean {
  return model.lexicons.gazetteer(phraseHash(text.toLowerCase().split(/\s+/))) !== 0;
}

/** The shortest cased form the article uses for a person ("Putin"), else the canonical name. */
function shortName(c: Cluster): string {
  const forms = c.mentions.filter((m) => !m.caps).map((m) => m.text);
  return forms.sort((a, b) => a.length - b.length)[0] ?? c.name;
}
