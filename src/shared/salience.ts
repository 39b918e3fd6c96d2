/** The order entities are shown and looked up in: most salient first (mention count where salience is missing). */
import type { Entity } from './types';

export const bySalience = (a: Entity, b: Entity): number =>
  (b.salience ?? b.mentions.length) - (a.salience ?? a.mentions.length);
