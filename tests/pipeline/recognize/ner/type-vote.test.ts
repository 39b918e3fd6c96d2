/**
 * The article-wide type vote: every mention's probabilities of each type, from the tagger, decide the entity's
 * type; one mention, capitals-only mentions and a type a rule decided stay as they are.
 */
import { describe, expect, it } from 'vitest';
import { shippedModel } from '../../../../src/languages/en/ner-model';
import { analyzeTokens } from '../../../../src/pipeline/recognize/ner/document';
import type { Cluster } from '../../../../src/pipeline/recognize/ner/group';
import { findMentions } from '../../../../src/pipeline/recognize/ner/mentions';
import { type TypeVoteOptions, voteTypes } from '../../../../src/pipeline/recognize/ner/type-vote';
import type { EntityType } from '../../../../src/shared/types';

/** One cluster of every mention of `name`, given type `given` (as a wrong grouping vote would), then voted. */
function voted(
  text: string,
  name: string,
  given: EntityType,
  { retag, options }: { retag?: (tags: Int32Array) => void; options?: TypeVoteOptions } = {},
): EntityType {
  const model = shippedModel();
  const doc = analyzeTokens(text, model);
  const taggerTags = doc.tags.slice();
  retag?.(taggerTags);
  const mentions = findMentions(doc, model.lexicons).filter((m) => m.text === name);
  const cluster: Cluster = { type: given, name, mentions };
  voteTypes(doc, [cluster], taggerTags, options);
  return cluster.type;
}

describe('voteTypes', () => {
  const places = 'Divers flew to London on Monday. The talks in London lasted a week.';
  const people = 'Mrs Merkel spoke first. Later Merkel said the talks had failed.';
  it.each([
    // [text, name, type given, type after the vote]
    [places, 'London', 'organization', 'place'],
    [places, 'London', 'place', 'place'],
    // One mention: the tagger's best path stands.
    ['Divers flew to London on Monday.', 'London', 'organization', 'organization'],
    // In capitals the tagger's reading is not counted.
    ['DIVERS FLEW TO LONDON ON MONDAY. THE TALKS IN LONDON LASTED A WEEK.', 'LONDON', 'organization', 'organization'],
  ] as const)('%s %s (%s) → %s', (text, name, given, want) => {
    expect(voted(text, name, given)).toBe(want);
  });

  it('makes a name a person only when asked to', () => {
    expect(voted(people, 'Merkel', 'place', { options: { toPerson: true } })).toBe('person');
    expect(voted(people, 'Merkel', 'place')).toBe('place');
  });

  it('leaves a type that a rule chose over the tagger (the tagger read another)', () => {
    const asOrganization = (tags: Int32Array) => tags.fill(3, 0, tags.length); // B-ORG everywhere
    expect(voted(places, 'London', 'organization', { retag: asOrganization })).toBe('organization');
  });
});
