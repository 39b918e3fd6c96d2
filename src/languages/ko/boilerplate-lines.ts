/** Korean lines that are never article body. */

/** "관련기사", "함께 볼만한 뉴스". */
const related = /^(?:관련\s?기사|관련\s?뉴스|함께 볼만한 뉴스)(?:\s*[:：].{0,200})?$/u;
/** Reporter lines and copyright ("홍길동 기자 hong@…", "무단 전재 및 재배포 금지"). */
const credit = /^(?:.{2,10}\s기자\s*\S*@\S*|.*무단\s?전재.*재배포\s?금지.*)$/u;

export const boilerplateLines: readonly RegExp[] = [related, credit];
