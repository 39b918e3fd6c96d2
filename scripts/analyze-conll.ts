import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { tagSentence } from './conll';

/** Reads CoNLL (token in the first column), tags each sentence, writes `token<TAB>tag` per input token. */
export async function runConll(input: Readable, output: Writable): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let sentence: string[] = [];
  const buffer: string[] = [];
  const flush = () => {
    if (!sentence.length) return;
    const tags = tagSentence(sentence);
    sentence.forEach((token, i) => {
      buffer.push(`${token}\t${tags[i] ?? 'O'}`);
    });
    sentence = [];
  };
  for await (const raw of lines) {
    const line = raw.replace(/\r$/, '');
    const token = line.split(/[\t ]/)[0] ?? '';
    if (!line.trim()) {
      flush();
      buffer.push('');
    } else if (token === '-DOCSTART-') {
      flush();
      buffer.push(`${token}\tO`);
    } else {
      sentence.push(token);
    }
    if (buffer.length > 5_000) output.write(`${buffer.splice(0).join('\n')}\n`);
  }
  flush();
  if (buffer.length) output.write(`${buffer.join('\n')}\n`);
}
