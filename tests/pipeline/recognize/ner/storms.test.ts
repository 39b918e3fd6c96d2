/** Storms' names through the shipped tagger: the storm is an event, its given name no person or place. */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../../src/pipeline/recognize/ner/entities';
import { shippedModel } from '../../../../src/languages/en/ner-model';

const entities = (text: string) => findEntities(text, shippedModel()).map((e) => `${e.type}:${e.name}`);

describe('storms are events', () => {
  it.each([
    // [sentence, entity it must give, entity it must not give]
    ['Hurricane Ian made landfall in Florida. Ian destroyed homes.', 'event:Hurricane Ian', 'person:Ian'],
    ['Cyclone Phailin hit the coast of India.', 'event:Cyclone Phailin', 'person:Cyclone Phailin'],
    ['Storm Ciaran brought strong winds to Britain.', 'event:Storm Ciaran', 'person:Ciaran'],
    ['Typhoon Haiyan killed thousands in the Philippines.', 'event:Typhoon Haiyan', 'place:Typhoon Haiyan'],
    ['Tropical Storm Nicole weakened over Georgia.', 'event:Tropical Storm Nicole', 'person:Nicole'],
    // Not storms: a longer name opened by a storm word, a person who shares a storm's given name, a common noun.
    ['Ian Smith said the Storm Prediction Center was busy.', 'person:Ian Smith', 'event:Storm Prediction'],
    ['The storm hit Florida on Monday.', 'place:Florida', 'event:storm hit'],
  ])('%s', (text, want, unwanted) => {
    const found = entities(text);
    expect(found).toContain(want);
    expect(found).not.toContain(unwanted);
  });
});
