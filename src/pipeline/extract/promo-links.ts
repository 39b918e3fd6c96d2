/**
 * Links in an article's body that are not coverage: calls to install an app, subscribe or sign up, and the
 * "Read also:" labels that prefix a real related link. Named patterns per language; the body walk uses them so
 * that promotion never reaches the related-coverage list.
 */

/** Calls to action, matched on a link's whole text (case-insensitive). */
const PROMOTIONS: { about: string; pattern: RegExp }[] = [
  { about: 'en: install an app', pattern: /\b(?:get|download|install)\b.{0,40}\bapp\b/i },
  { about: 'en: click-bait call', pattern: /^click here\b/i },
  {
    about: 'en: subscribe, sign up, register, newsletters, alerts',
    pattern: /^(?:subscribe|sign up|sign in|log in|register|join)\b|\bnewsletters?\b|\b(?:breaking news )?alerts\b/i,
  },
  { about: 'en: listen, watch live, follow us', pattern: /^(?:listen|watch live|follow us)\b/i },
  {
    about: 'fr: s’inscrire, s’abonner, télécharger l’application',
    pattern: /^(?:s['’]inscrire|s['’]abonner|abonnez-vous|inscrivez-vous)\b|\bt[ée]l[ée]charge[rz]? l['’]app/i,
  },
  {
    about: 'de: abonnieren, registrieren, App laden',
    pattern: /^(?:jetzt )?(?:abonnieren|registrieren|anmelden)\b|\bapp (?:laden|herunterladen)\b/i,
  },
  {
    about: 'es: suscríbete, regístrate, descarga la app',
    pattern: /^(?:suscr[ií]bete|reg[ií]strate|suscribirse)\b|\bdescarga la app\b/i,
  },
];

/** Labels before a related link's headline ("Lire aussi : …"), removed from its text. */
const READ_ALSO =
  /^(?:related|read more|see also|more|also read|read also|recommended|lire aussi|à lire aussi|a lire aussi|voir aussi|lesen sie auch|mehr zum thema|auch interessant|lea también|leer más|ver también|vedi anche|leggi anche)\s*:\s*/i;

export function isPromotion(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  return PROMOTIONS.some(({ pattern }) => pattern.test(t));
}

export function withoutReadAlso(text: string): string {
  return text.replace(READ_ALSO, '');
}
