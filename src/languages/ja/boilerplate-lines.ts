/** Japanese lines that are never article body. */

/** "関連記事", "関連ニュース: …". */
const related = /^(?:関連記事|関連ニュース|あわせて読みたい)(?:\s*[:：].{0,200})?$/u;
/** Photo credits ("写真：共同", "（写真：ロイター）"). */
const photoCredit = /^[（(]?写真[:：].{1,40}[）)]?$/u;

export const boilerplateLines: readonly RegExp[] = [related, photoCredit];
