/**
 * Every language's boilerplate lines in one list, for extraction: it runs before the article's language is known,
 * and a "Lire aussi :" line is boilerplate on any page. Each language's lines stay in its own folder; this module
 * only gathers them (a few hundred bytes each, unlike a whole pack).
 */
import { boilerplateLines as de } from './de/boilerplate-lines';
import { boilerplateLines as en } from './en/boilerplate-lines';
import { boilerplateLines as es } from './es/boilerplate-lines';
import { boilerplateLines as fr } from './fr/boilerplate-lines';
import { boilerplateLines as it } from './it/boilerplate-lines';
import { boilerplateLines as nl } from './nl/boilerplate-lines';
import { boilerplateLines as pl } from './pl/boilerplate-lines';
import { boilerplateLines as pt } from './pt/boilerplate-lines';
import { boilerplateLines as ru } from './ru/boilerplate-lines';

/** English first: its lines were tuned on the evaluation pages and keep their order. */
export const boilerplateLines: readonly RegExp[] = [...en, ...de, ...fr, ...es, ...it, ...nl, ...pt, ...pl, ...ru];
