/** Arabic lines that are never article body. */

/** "اقرأ أيضا: …", "شاهد أيضاً". */
const related = /^(?:اقرأ|إقرأ|شاهد)\s+(?:أيضا|أيضاً|ايضا)(?:\s*[:：].{0,200})?$/u;
/** Photo credits ("الصورة: رويترز", "(صورة: أ ف ب)"). */
const photoCredit = /^[(]?(?:الصورة|صورة)\s*[:：].{1,40}[)]?$/u;

export const boilerplateLines: readonly RegExp[] = [related, photoCredit];
