/** French lines that are never article body. */

/** "Lire aussi : …", "Lire aussi | …": a link to another story. */
const readAlso = /^(?:Lire aussi|À lire aussi|Lire la suite|Voir aussi)\s*[:|].{0,200}$/;
/** "Abonnez-vous à notre newsletter". */
const newsletter = /^(?:Abonnez-vous|Inscrivez-vous) à (?:notre|la) newsletter\b.{0,80}$/;
/** "Cet article est réservé aux abonnés". */
const paywall = /^(?:Cet article est réservé aux abonnés|Il vous reste \d+% de cet article à lire)\b.{0,80}$/;
/** Photo credits ("Photo : AFP"). */
const photoCredit = /^(?:Photo|Crédit photo|Illustration) ?: .{1,60}$/;

export const boilerplateLines: readonly RegExp[] = [readAlso, newsletter, paywall, photoCredit];
