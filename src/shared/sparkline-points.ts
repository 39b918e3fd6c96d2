/** The popup's sparkline geometry, kept apart from the coverage stage that builds the timeline it draws. */

/** SVG polyline points ("x,y x,y …") in a width×height box, y growing downward; a 1-unit margin keeps the stroke in. */
export function sparklinePoints(values: number[], width: number, height: number): string {
  if (!values.length) return '';
  const max = Math.max(...values) || 1;
  const step = values.length > 1 ? (width - 2) / (values.length - 1) : 0;
  return values.map((v, i) => `${round(1 + i * step)},${round(height - 1 - (v / max) * (height - 2))}`).join(' ');
}

const round = (n: number) => Math.round(n * 10) / 10;
