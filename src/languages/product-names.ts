/**
 * Products, apps and assistants that news in every language names as they are, and that are none of the three kinds
 * of names a card is made for: the taggers read them as a person ("Safari", "Siri") or a place ("Alexa") when they
 * stand in a list with no cue word near ("features like Safari, Alexa and Siri"). An entity whose name is one of
 * these, and that no mention of several words makes someone's name ("Alexa Smith"), is dropped. Only names that are
 * rarely anything else in news: "Chrome", "Windows", "Gemini" or "Outlook" are words or other names too.
 */
export const productNames: readonly string[] = [
  // Phones, tablets, readers and consoles.
  'iPhone',
  'iPad',
  'iPod',
  'Kindle',
  'PlayStation',
  'Xbox',
  // Operating systems.
  'iOS',
  'Android',
  'macOS',
  // Browsers and apps.
  'Safari',
  'Firefox',
  'Gmail',
  'Photoshop',
  'PowerPoint',
  // Assistants and chatbots.
  'Alexa',
  'Siri',
  'Cortana',
  'ChatGPT',
  'Copilot',
];
