/**
 * One cold load of the shipped NER model, as a fresh service worker does it: read, parse, decode, first tag.
 * Run in its own process by bench/ner.ts (several times; the median is reported). Prints milliseconds as JSON.
 */
import { readFileSync } from 'node:fs';
import { decodeModel, type ModelFile, tagTokens } from '../src/pipeline/recognize/ner';

const t0 = performance.now();
const model = decodeModel(JSON.parse(readFileSync('src/languages/en/ner-model.json', 'utf8')) as ModelFile);
const load = performance.now() - t0;
tagTokens(['Vladimir', 'Putin', 'met', 'Xi', 'Jinping', '.'], model);
const firstTag = performance.now() - t0 - load;
console.log(JSON.stringify({ load, firstTag }));
