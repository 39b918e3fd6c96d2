/** Chinese lines that are never article body. */

/** "相关新闻", "延伸阅读: …". */
const related = /^(?:相关新闻|相關新聞|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀)(?:\s*[:：].{0,200})?$/u;
/** Editor and credit lines ("责任编辑：张三", "（编辑：李四）"). */
const editor = /^[（(]?(?:责任编辑|責任編輯|编辑|編輯)[:：].{1,20}[）)]?$/u;

export const boilerplateLines: readonly RegExp[] = [related, editor];
