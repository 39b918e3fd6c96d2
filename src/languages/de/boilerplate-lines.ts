/** German lines that are never article body: reading prompts, newsletter calls, credits. */

/** "Mehr zum Thema", "Mehr zum Thema: …": a list of links follows. */
const moreOnTopic = /^Mehr zum Thema\b.{0,120}$/;
/** "Lesen Sie auch: …", "Lesen Sie mehr". */
const readAlso = /^(?:Lesen Sie (?:auch|mehr|hier)|Auch interessant)\b.{0,160}$/;
/** "Jetzt den Newsletter abonnieren". */
const newsletter = /^(?:Jetzt )?(?:unseren |den )?Newsletter (?:abonnieren|bestellen)\b.{0,80}$/;
/** Photo credits ("Foto: dpa", "Bild: Reuters"). */
const photoCredit = /^(?:Foto|Bild|Fotos|Quelle): .{1,60}$/;

export const boilerplateLines: readonly RegExp[] = [moreOnTopic, readAlso, newsletter, photoCredit];
