import { describe, expect, it } from 'vitest';
import { recognize } from '../../../src/pipeline/recognize/recognize';

const TEXT = 'Texas vs. Oklahoma ended in a tie in their football game, Governor Greg Abbott said in Austin.';

describe('names the tagger is unsure of', () => {
  it('stay entities by default', () => {
    const a = recognize(TEXT);
    expect(a.entities.map((e) => e.name)).toContain('Texas');
    expect(a.alsoMentioned).toBeUndefined();
  });
  it('with a minimum confidence, leave the entities for the plain list', () => {
    const a = recognize(TEXT, {}, { minConfidence: 0.5 });
    expect(a.entities.map((e) => e.name)).not.toContain('Texas');
    expect(a.entities.map((e) => e.name)).toContain('Greg Abbott');
    expect(a.alsoMentioned).toContain('Texas');
  });
});
