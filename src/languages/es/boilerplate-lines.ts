/** Spanish lines that are never article body. */

/** "Leer más: …", "Lee también: …", "Te puede interesar". */
const readMore = /^(?:Leer más|Lee también|Lea también|Te puede interesar|Más información)\b\s*:?.{0,200}$/;
/** "Suscríbete a nuestro boletín". */
const newsletter = /^(?:Suscríbete|Suscríbase) a (?:nuestro|nuestra|la) (?:boletín|newsletter)\b.{0,80}$/;
/** Photo credits ("Foto: EFE"). */
const photoCredit = /^(?:Foto|Fotografía|Imagen): .{1,60}$/;

export const boilerplateLines: readonly RegExp[] = [readMore, newsletter, photoCredit];
