/** Polish lines that are never article body. */

/** "Czytaj też: …", "Zobacz także", "Czytaj więcej". */
const readAlso = /^(?:Czytaj (?:też|także|więcej)|Zobacz (?:też|także|również)|Polecamy)(?:\s*:.{0,200})?$/;
/** "Zapisz się do newslettera". */
const newsletter = /^Zapisz się (?:do|na) (?:naszego )?newsletter\w*\b.{0,80}$/;
/** Photo credits ("Fot. PAP", "Zdjęcie: Reuters"). */
const photoCredit = /^(?:Fot\.|Foto:|Zdjęcie:) .{1,60}$/;

export const boilerplateLines: readonly RegExp[] = [readAlso, newsletter, photoCredit];
