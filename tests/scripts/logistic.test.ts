/** The logistic regression train:detect fits: it must find a separating feature, weigh classes evenly, and stay put. */
import { describe, expect, it } from 'vitest';
import { fitLogistic, sigmoid, type Sample } from '../../scripts/detect/logistic';

describe('fitLogistic', () => {
  it('gives a telling feature a positive weight and a misleading one a negative weight', () => {
    const samples: Sample[] = [
      ...Array.from({ length: 20 }, () => ({ on: [0], y: 1 }) as Sample),
      ...Array.from({ length: 20 }, () => ({ on: [1], y: 0 }) as Sample),
      ...Array.from({ length: 5 }, () => ({ on: [0, 2], y: 1 }) as Sample),
      ...Array.from({ length: 5 }, () => ({ on: [1, 2], y: 0 }) as Sample),
    ];
    const m = fitLogistic(samples, 3);
    expect(m.weights[0]).toBeGreaterThan(1);
    expect(m.weights[1]).toBeLessThan(-1);
    // A feature that fires as often on both sides says nothing.
    expect(Math.abs(m.weights[2]!)).toBeLessThan(0.3);
  });

  it('weighs the two classes evenly, whatever their sizes', () => {
    const samples: Sample[] = [
      ...Array.from({ length: 90 }, () => ({ on: [], y: 1 }) as Sample),
      ...Array.from({ length: 10 }, () => ({ on: [], y: 0 }) as Sample),
    ];
    expect(Math.abs(fitLogistic(samples, 1).bias)).toBeLessThan(0.05);
  });

  it('is deterministic, and a stronger penalty shrinks the weights', () => {
    const samples: Sample[] = [
      { on: [0], y: 1 },
      { on: [], y: 0 },
    ];
    expect(fitLogistic(samples, 1)).toEqual(fitLogistic(samples, 1));
    expect(fitLogistic(samples, 1, { l2: 0.1 }).weights[0]).toBeLessThan(
      fitLogistic(samples, 1, { l2: 0.001 }).weights[0]!,
    );
  });

  it('sigmoid is 1/2 at zero and monotone', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(2)).toBeGreaterThan(sigmoid(1));
  });
});
