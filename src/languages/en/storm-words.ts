/**
 * Words that open a storm's name ("Hurricane Ian", "Tropical Storm Nicole", "Typhoon Haiyan", "Cyclone Phailin"):
 * the storm is an event, and its given name, there or alone later ("Ian destroyed homes"), is not a person or a place.
 * Capitalized only: "the storm hit Florida" names no storm.
 */
export const STORM_WORDS: ReadonlySet<string> = new Set(['Hurricane', 'Typhoon', 'Cyclone', 'Storm']);

/** Words that may stand before a storm word in its name ("Tropical Storm", "Super Typhoon"). */
export const STORM_PREFIXES: ReadonlySet<string> = new Set(['Tropical', 'Super', 'Severe', 'Extratropical']);
