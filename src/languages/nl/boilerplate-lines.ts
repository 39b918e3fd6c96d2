/** Dutch lines that are never article body. */

/** "Lees ook: …", "Lees meer", "Meer over dit onderwerp". */
const readAlso = /^(?:Lees ook|Lees meer|Meer over dit onderwerp|Bekijk ook)\b\s*:?.{0,200}$/;
/** "Schrijf je in voor onze nieuwsbrief". */
const newsletter = /^(?:Schrijf je in|Abonneer je) (?:op|voor) (?:onze|de) nieuwsbrief\b.{0,80}$/;
/** Photo credits ("Foto: ANP"). */
const photoCredit = /^(?:Foto|Beeld): .{1,60}$/;

export const boilerplateLines: readonly RegExp[] = [readAlso, newsletter, photoCredit];
