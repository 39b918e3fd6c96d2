/** Persian lines that are never article body. */

/** "بیشتر بخوانید: …", "مطالب مرتبط". */
const related = /^(?:بیشتر بخوانید|مطالب مرتبط|بخوانید)(?:\s*[:：].{0,200})?$/u;

export const boilerplateLines: readonly RegExp[] = [related];
