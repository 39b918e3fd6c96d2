import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { loadNerModel, nerModelLanguage } from '../src/languages/ner-models';
import { tagDocument, tagSentence } from './conll';

export interface ConllOptions {
  /** The text's language (BCP 47); English, or a language without a model, tags as before. */
  lang?: string;
}

/**
 * Reads CoNLL (token in the first column, -DOCSTART- and blank lines kept), tags each sentence, writes
 * `token<TAB>tag` per input token. English streams sentence by sentence; another language's model tags a document
 * (up to the next -DOCSTART-) at a time, so a name found in one sentence counts in the others (conll.ts).
 */
export async function runConll(input: Readable, output: Writable, { lang }: ConllOptions = {}): Promise<void> {
  const code = nerModelLanguage(lang);
  const model = code === 'en' ? null : await loadNerModel(code);
  const lines = createInterface({ input, crlfDelay: Infinity });
  /** Lines of the current document: a sentence (its tokens) or a line printed as it is. */
  let pending: (string[] | string)[] = [];
  let sentence: string[] = [];
  const buffer: string[] = [];
  const endSentence = () => {
    if (sentence.length) pending.push(sentence);
    sentence = [];
  };
  const flush = () => {
    endSentence();
    const sentences = pending.filter((p): p is string[] => typeof p !== 'string');
    const tags = model ? tagDocument(sentences, model, { consistent: true }) : sentences.map(tagSentence);
    let s = 0;
    for (const p of pending) {
      if (typeof p === 'string') buffer.push(p);
      else {
        const t = tags[s++]!;
        p.forEach((token, i) => {
          buffer.push(`${token}\t${t[i] ?? 'O'}`);
        });
      }
    }
    pending = [];
  };
  for await (const raw of lines) {
    const line = raw.replace(/\r$/, '');
    const token = line.split(/[\t ]/)[0] ?? '';
    if (!line.trim()) {
      endSentence();
      pending.push('');
    } else if (token === '-DOCSTART-') {
      flush();
      buffer.push(`${token}\tO`);
    } else {
      sentence.push(token);
    }
    // English needs no document: print as soon as a sentence ends.
    if (!model && !sentence.length) flush();
    if (buffer.length > 5_000) output.write(`${buffer.splice(0).join('\n')}\n`);
  }
  flush();
  if (buffer.length) output.write(`${buffer.join('\n')}\n`);
}
