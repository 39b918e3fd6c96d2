/** How English names events after a name ("Cold War", "Shanghai Cooperation Organization summit"). */
import type { NamedEventWords } from '../types';

export const namedEvents: NamedEventWords = {
  /** The end of a miscellaneous name that makes it an event. */
  heads:
    /\b(?:War|Wars|Revolution|Olympics|Olympic Games|Games|Cup|Championships?|Summit|Crisis|Pandemic|Uprising|Rebellion|Massacre|Genocide|Holocaust|Election|Elections|Festival|Conference|Congress|Expo|Marathon|Grand Prix|Open|Tour|Series|Bowl|Spring|Blitz|Invasion|Siege|Battle|Protests?|Riots?)$/,
  /** "<name> summit": the name stays, and the event is named after it. */
  after:
    /^(?:summit|summits|conference|talks|forum|games|olympics|election|elections|referendum|war|invasion|meeting|congress|convention|championship|cup|festival|ceremony|parade|rally|protests?)$/,
};
