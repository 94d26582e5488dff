import { useId } from 'react';

/** One row of values over the chart's categories; null leaves a gap. */
export interface Series {
  name: string;
  kind: 'bar' | 'line';
  values: (number | null)[];
}

export interface ChartProps {
  /** Also the caption of the figure and of its table. */
  title: string;
  /** What the chart shows, in a sentence, for those who do not see it. */
  description: string;
  categories: string[];
  series: Series[];
  formatValue: (value: number) => string;
  /** Bars of one category on top of each other instead of side by side. */
  stacked?: boolean;
}

// Each colour has at least 3:1 contrast against white (WCAG 1.4.11) and the set stays apart for the
// common colour blindnesses; the table under the chart carries the figures anyway.
export const PALETTE = ['#1b6b3a', '#2358a6', '#b3560b', '#7a3e8c', '#5c5c5c', '#a8323e'];

const WIDTH = 720;
const HEIGHT = 300;
const MARGIN = { top: 12, right: 12, bottom: 48, left: 88 };
const TICKS = 5;
/** About the width of one character of a 12px tick label. */
const LABEL_CHAR_WIDTH = 7;

/**
 * A bar and/or line chart as plain SVG: no chart library, so nothing to load and nothing inline for the
 * CSP to refuse. The figures are also in a table, which is what a screen reader user reads.
 */
export function Chart({ title, description, categories, series, formatValue, stacked = false }: ChartProps) {
  const id = useId();
  const scale = yScale(series, categories.length, stacked);
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const band = plotWidth / Math.max(categories.length, 1);
  // Labels wider than their band (district names) are slanted instead of written over each other.
  const longest = Math.max(0, ...categories.map((category) => category.length));
  const slanted = longest * LABEL_CHAR_WIDTH > band;
  const bottom = slanted ? Math.min(MARGIN.bottom + longest * LABEL_CHAR_WIDTH * 0.6, 140) : MARGIN.bottom;
  const plotHeight = HEIGHT - MARGIN.top - bottom;
  const y = (value: number) => MARGIN.top + plotHeight - ((value - scale.min) / (scale.max - scale.min)) * plotHeight;
  const bars = series.filter((s) => s.kind === 'bar');
  const lines = series.filter((s) => s.kind === 'line');
  const colour = (s: Series) => PALETTE[series.indexOf(s) % PALETTE.length];
  const labelEvery = Math.ceil(categories.length / 12);

  return (
    <figure className="groenagenda-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="groenagenda-chart__title">{title}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="groenagenda-chart__svg"
      >
        <desc id={`${id}-desc`}>{description}</desc>
        {scale.ticks.map((tick) => (
          <g key={tick}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} stroke="#d0d0d0" />
            <text x={MARGIN.left - 6} y={y(tick)} textAnchor="end" dominantBaseline="middle" className="groenagenda-chart__tick">
              {formatValue(tick)}
            </text>
          </g>
        ))}
        {categories.map((category, index) => {
          const x = MARGIN.left + index * band;
          let stackedTop = 0;
          const barWidth = stacked || bars.length === 0 ? band * 0.7 : (band * 0.8) / bars.length;
          return (
            <g key={category}>
              {bars.map((s, barIndex) => {
                const value = s.values[index];
                if (value === null || value === undefined) return null;
                const from = stacked ? stackedTop : 0;
                const to = from + value;
                if (stacked) stackedTop = to;
                const left = stacked ? x + band * 0.15 : x + band * 0.1 + barIndex * barWidth;
                return (
                  <rect
                    key={s.name}
                    x={left}
                    width={Math.max(barWidth - 1, 1)}
                    y={Math.min(y(from), y(to))}
                    height={Math.abs(y(from) - y(to))}
                    fill={colour(s)}
                  >
                    <title>{`${s.name}, ${category}: ${formatValue(value)}`}</title>
                  </rect>
                );
              })}
              {index % labelEvery === 0 && (
                <text
                  x={x + band / 2}
                  y={HEIGHT - bottom + 16}
                  textAnchor={slanted ? 'end' : 'middle'}
                  transform={slanted ? `rotate(-35 ${x + band / 2} ${HEIGHT - bottom + 16})` : undefined}
                  className="groenagenda-chart__tick"
                >
                  {category}
                </text>
              )}
            </g>
          );
        })}
        {lines.map((s) => (
          <g key={s.name}>
            <polyline
              fill="none"
              stroke={colour(s)}
              strokeWidth={3}
              points={s.values
                .map((value, index) => (value === null ? null : `${MARGIN.left + index * band + band / 2},${y(value)}`))
                .filter(Boolean)
                .join(' ')}
            />
            {s.values.map((value, index) =>
              value === null ? null : (
                <circle key={categories[index]} cx={MARGIN.left + index * band + band / 2} cy={y(value)} r={4} fill={colour(s)}>
                  <title>{`${s.name}, ${categories[index]}: ${formatValue(value)}`}</title>
                </circle>
              ),
            )}
          </g>
        ))}
        <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(Math.max(scale.min, 0))} y2={y(Math.max(scale.min, 0))} stroke="#333" />
      </svg>
      <ul className="groenagenda-chart__legend" aria-label={`Legenda van ${title}`}>
        {series.map((s) => (
          <li key={s.name}>
            <svg width="24" height="12" aria-hidden="true">
              {s.kind === 'bar'
                ? <rect width="24" height="12" fill={colour(s)} />
                : <line x1="0" x2="24" y1="6" y2="6" stroke={colour(s)} strokeWidth="3" />}
            </svg>{' '}
            {s.name}
          </li>
        ))}
      </ul>
      <details className="groenagenda-chart__data">
        <summary>De cijfers van deze grafiek als tabel</summary>
        <div className="groenagenda-table-scroll">
          <table className="utrecht-table">
            <caption className="utrecht-table__caption">{title}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell"><span className="groenagenda-visually-hidden">Categorie</span></th>
                {series.map((s) => (
                  <th key={s.name} scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">{s.name}</th>
                ))}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {categories.map((category, index) => (
                <tr key={category} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">{category}</th>
                  {series.map((s) => (
                    <td key={s.name} className="utrecht-table__cell utrecht-table__cell--numeric">
                      {s.values[index] === null || s.values[index] === undefined ? '-' : formatValue(s.values[index] as number)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

interface Scale {
  min: number;
  max: number;
  ticks: number[];
}

/** A y axis from 0 (or below, for negative values) to a round number above the highest value. */
export function yScale(series: Series[], length: number, stacked: boolean): Scale {
  let max = 0;
  let min = 0;
  for (let index = 0; index < length; index++) {
    let stack = 0;
    for (const s of series) {
      const value = s.values[index] ?? 0;
      if (stacked && s.kind === 'bar') {
        stack += value;
        max = Math.max(max, stack);
      } else {
        max = Math.max(max, value);
      }
      min = Math.min(min, value);
    }
  }
  if (max === min) max = min + 1;
  const step = niceStep((max - min) / TICKS);
  const low = Math.floor(min / step) * step;
  const high = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let tick = low; tick <= high + step / 2; tick += step) ticks.push(Math.round(tick * 1e6) / 1e6);
  return { min: low, max: high, ticks };
}

function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}
