/** Hindi lines that are never article body. */

/** "यह भी पढ़ें: …", "ये भी पढ़ें". */
const related = /^(?:यह|ये)\s+भी\s+पढ़ें(?:\s*[:：].{0,200})?$/u;

export const boilerplateLines: readonly RegExp[] = [related];
