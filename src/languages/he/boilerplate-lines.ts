/** Hebrew lines that are never article body. */

/** "קראו גם: …", "עוד באתר". */
const related = /^(?:קראו גם|קרא גם|עוד באתר|כתבות נוספות)(?:\s*[:：].{0,200})?$/u;
/** Photo credits ("צילום: רויטרס"). */
const photoCredit = /^[(]?צילום\s*[:：].{1,40}[)]?$/u;

export const boilerplateLines: readonly RegExp[] = [related, photoCredit];
