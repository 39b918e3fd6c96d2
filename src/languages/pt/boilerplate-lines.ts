/** Portuguese lines that are never article body. */

/** "Leia também: …", "Leia mais", "Saiba mais". */
const readAlso = /^(?:Leia também|Leia mais|Saiba mais|Veja também|Ler mais)\b\s*:?.{0,200}$/;
/** "Assine a nossa newsletter". */
const newsletter = /^(?:Assine|Subscreva) a (?:nossa )?newsletter\b.{0,80}$/;
/** Photo credits ("Foto: Reuters"). */
const photoCredit = /^(?:Foto|Imagem): .{1,60}$/;

export const boilerplateLines: readonly RegExp[] = [readAlso, newsletter, photoCredit];
