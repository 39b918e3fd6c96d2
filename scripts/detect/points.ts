/** Between detection's points (detect.ts) and a logistic model over the same signals: features in, points out. */
import {
  DEFAULT_DETECT_OPTIONS,
  DEFAULT_WEIGHTS,
  firedSignals,
  type DetectOptions,
  type DetectWeights,
} from '../../src/pipeline/detect/detect';
import type { PageSignals } from '../../src/pipeline/detect/signals';
import type { Model } from './logistic';

/** The features, in the order of the model's weights. */
export const KEYS = Object.keys(DEFAULT_WEIGHTS) as (keyof DetectWeights)[];
/** Points per unit of weight, as the hand weights are scaled. */
export const SCALE = 10;

/** The indices (in KEYS) of the weights a page's signals trigger, at the given thresholds. */
export const featuresOf = (s: PageSignals, opts: DetectOptions = DEFAULT_DETECT_OPTIONS): number[] => [
  ...new Set(firedSignals(s, opts).map(([key]) => KEYS.indexOf(key))),
];

export function toPoints(model: Model): { weights: DetectWeights; minScore: number } {
  const weights = Object.fromEntries(
    KEYS.map((k, i) => [k, Math.round(model.weights[i]! * SCALE)]),
  ) as unknown as DetectWeights;
  return { weights, minScore: Math.round(-model.bias * SCALE) };
}
