/**
 * The benches' `--min-confidence X` argument, as recognize() takes it: one number for every type, or a threshold per
 * type (`person=0.3,organization=0.5`; a type left out is not gated). Absent: undefined, recognize()'s defaults.
 * `--min-one-word-confidence` is read the same way, for names of one word.
 */
import type { MinConfidence, RecognizeOptions } from '../src/pipeline/recognize/recognize';

export function minConfidenceArg(
  argv: readonly string[],
  flag = '--min-confidence',
): number | MinConfidence | undefined {
  const at = argv.indexOf(flag);
  const value = at >= 0 ? argv[at + 1] : undefined;
  if (value === undefined) return undefined;
  if (!value.includes('=')) return Number(value);
  return Object.fromEntries(value.split(',').map((pair) => [pair.split('=')[0], Number(pair.split('=')[1])]));
}

/** Both gates of recognize() from the command line: `--min-confidence` and `--min-one-word-confidence`. */
export const gateArgs = (
  argv: readonly string[],
): Pick<RecognizeOptions, 'minConfidence' | 'minOneWordConfidence'> => ({
  minConfidence: minConfidenceArg(argv),
  minOneWordConfidence: minConfidenceArg(argv, '--min-one-word-confidence'),
});
