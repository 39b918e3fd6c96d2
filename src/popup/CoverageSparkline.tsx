/** Coverage volume over time as a tiny SVG line: drawn from numbers only, with a text label for screen readers. */
import type { CoverageTimeline } from '../shared/coverage';
import { sparklinePoints } from '../shared/sparkline-points';
import { t } from '../shared/i18n';
import { formatArticleDate } from './format';

const WIDTH = 120;
const HEIGHT = 28;

export function CoverageSparkline({ timeline }: { timeline: CoverageTimeline }) {
  const { points, peakIndex, articleIndex } = timeline;
  const values = points.map((p) => p.value);
  const coords = sparklinePoints(values, WIDTH, HEIGHT).split(' ');
  const at = (i: number) => coords[i]?.split(',').map(Number) as [number, number] | undefined;
  const mark = articleIndex !== null ? at(articleIndex) : undefined;
  const peak = at(peakIndex);
  const label = t('coverageSparklineLabel', [
    formatArticleDate(points[0]!.date) ?? '',
    formatArticleDate(points.at(-1)!.date) ?? '',
    formatArticleDate(points[peakIndex]!.date) ?? '',
  ]);
  return (
    <figure class="coverage-sparkline">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} role="img" aria-label={label}>
        <polyline
          points={coords.join(' ')}
          fill="none"
          stroke="currentColor"
          stroke-width="1.5"
          stroke-linejoin="round"
        />
        {peak && <circle class="peak" cx={peak[0]} cy={peak[1]} r="2" />}
        {mark && <line class="article-day" x1={mark[0]} x2={mark[0]} y1="0" y2={HEIGHT} />}
      </svg>
      <figcaption>{label}</figcaption>
    </figure>
  );
}
