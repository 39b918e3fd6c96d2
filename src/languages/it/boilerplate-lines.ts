/** Italian lines that are never article body. */

/** "Leggi anche: …", "Potrebbe interessarti". */
const readAlso = /^(?:Leggi anche|Leggi pure|Potrebbe interessarti|Approfondisci)\b\s*:?.{0,200}$/;
/** "Iscriviti alla newsletter". */
const newsletter = /^(?:Iscriviti|Abbonati) alla newsletter\b.{0,80}$/;
/** Photo credits ("Foto: Ansa"). */
const photoCredit = /^(?:Foto|Immagine): .{1,60}$/;

export const boilerplateLines: readonly RegExp[] = [readAlso, newsletter, photoCredit];
