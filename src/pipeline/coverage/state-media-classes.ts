/**
 * Wikidata classes that say a news outlet is funded or owned by a state: factual statements read from the outlet's
 * item and its owner's, never a judgement of our own. Each entry names the class and says why it is here.
 */

/** The outlet itself is an instance (P31) of one of these. */
export const STATE_OUTLET_CLASSES: Readonly<Record<string, string>> = {
  // "state media": media outlets under a government's financial and editorial control (TASS, Xinhua, CGTN).
  Q1193236: 'state media',
  // "public broadcaster": funded from the public purse or a licence fee set by law (DW, BBC, NHK).
  Q1126006: 'public broadcaster',
  // "state-owned enterprise": a company a government owns (some national news agencies and broadcasters).
  Q270791: 'state-owned enterprise',
};

/** The outlet's owner (P127) or parent organization (P749) is an instance of one of these: a state or its government. */
export const STATE_OWNER_CLASSES: Readonly<Record<string, string>> = {
  Q3624078: 'sovereign state',
  Q6256: 'country',
  Q7188: 'government',
  Q327333: 'government agency',
  Q2659904: 'government organization',
};
