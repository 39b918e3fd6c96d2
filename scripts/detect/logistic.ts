/**
 * Logistic regression over binary features, by full-batch gradient descent with an L2 penalty: small (a few dozen
 * features, a thousand pages), deterministic (no shuffling, zero start), and weighted so that each class counts
 * as much as the other whatever their sizes.
 */

export interface Sample {
  /** Indices of the features that fire. */
  on: number[];
  y: 0 | 1;
}

export interface LogisticOptions {
  epochs: number;
  rate: number;
  /** L2 penalty on the weights (not the bias). */
  l2: number;
}

export const DEFAULT_LOGISTIC_OPTIONS: LogisticOptions = { epochs: 3_000, rate: 0.5, l2: 0.01 };

export interface Model {
  weights: number[];
  bias: number;
}

export function fitLogistic(samples: Sample[], features: number, options: Partial<LogisticOptions> = {}): Model {
  const opts = { ...DEFAULT_LOGISTIC_OPTIONS, ...options };
  const w = new Array<number>(features).fill(0);
  let b = 0;
  const positives = samples.filter((s) => s.y === 1).length;
  const classWeight = [samples.length / (2 * (samples.length - positives) || 1), samples.length / (2 * positives || 1)];
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    const grad = new Array<number>(features).fill(0);
    let gradB = 0;
    for (const s of samples) {
      const err = (sigmoid(b + s.on.reduce((sum, i) => sum + w[i]!, 0)) - s.y) * classWeight[s.y]!;
      for (const i of s.on) grad[i]! += err;
      gradB += err;
    }
    for (let i = 0; i < features; i++) w[i]! -= opts.rate * (grad[i]! / samples.length + opts.l2 * w[i]!);
    b -= (opts.rate * gradB) / samples.length;
  }
  return { weights: w, bias: b };
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
