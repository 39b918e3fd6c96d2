/** Russian lines that are never article body. */

/** "Читайте также: …", "Читать далее". */
const readAlso = /^(?:Читайте также|Читайте еще|Смотрите также|Читать далее)(?:\s*:.{0,200})?$/u;
/** "Подпишитесь на наш Telegram-канал". */
const subscribe = /^Подпишитесь на (?:наш|нашу|наши) .{0,80}$/u;
/** Photo credits ("Фото: РИА Новости"). */
const photoCredit = /^(?:Фото|Фотография): .{1,60}$/u;

export const boilerplateLines: readonly RegExp[] = [readAlso, subscribe, photoCredit];
