// A horizontal bar chart in SVG, drawn at the width it is given (so its text stays at the
// interface's size on a 360 px phone), with each bar a focusable link that says its numbers, group
// headings, and a table with the same figures for readers who prefer one (or use a screen reader's
// table navigation). Colours come from the theme's speaker variables, so every theme applies.
import { useLayoutEffect, useRef, useState, type MouseEvent } from 'react';

/** One bar. */
export interface ChartRow {
  key: string;
  label: string;
  /** Group heading this row sits under (rows come grouped, in order). */
  group: string;
  /** Main measure, 0–100 (% of the total) or any count when `max` is given. */
  value: number;
  /** Optional second measure drawn as an outlined bar under the first. */
  second?: number;
  /** Text at the end of the label line, e.g. "12 · 40%". */
  figure: string;
  /** The numbers in words, after the visible label and figure in the link's accessible name. */
  description: string;
  /** Colour slot (`data-slot`), 'none' for grey. */
  slot: number | 'none';
  pattern?: number;
  href: string;
}

/** Table column: heading and the cell of each row. */
export interface ChartColumn {
  heading: string;
  cell(row: ChartRow): string;
}

interface VoicesChartProps {
  /** Names the chart (the SVG's label and the table's caption). */
  title: string;
  rows: ChartRow[];
  /** Largest value a bar can take (100 for shares). */
  max: number;
  /** Legend under the title, e.g. "Solid: share of quotations. Outline: share of quoted words." */
  legend?: string;
  columns: ChartColumn[];
  /** Called instead of following the link (e.g. to filter the article in place). */
  onActivate?(row: ChartRow): void;
}

const ROW = 40;
const HEAD = 26;

/** Width of the element, followed through resizes (jsdom: a fixed 320). */
function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(320);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => setWidth(Math.max(200, Math.floor(el.getBoundingClientRect().width)));
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width] as const;
}

/** The chart and its table alternative. */
export function VoicesChart({ title, rows, max, legend, columns, onActivate }: VoicesChartProps) {
  const [ref, width] = useWidth();
  const scale = (v: number) => (max > 0 ? Math.max(v > 0 ? 2 : 0, (v / max) * width) : 0);
  let y = 0;
  let group: string | null = null;
  const shapes = rows.map((row) => {
    const heading = row.group !== group ? row.group : null;
    group = row.group;
    const headY = y;
    if (heading) y += HEAD;
    const top = y;
    y += ROW;
    const click = (e: MouseEvent) => {
      if (!onActivate || e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
      e.preventDefault();
      onActivate(row);
    };
    return (
      <g key={row.key}>
        {heading && (
          <text className="chart-group" x={0} y={headY + 18}>
            {heading}
          </text>
        )}
        <a href={row.href} aria-label={`${row.label} ${row.figure}: ${row.description}`} onClick={click} className="chart-bar" data-slot={row.slot} data-pattern={row.pattern || undefined}>
          <rect className="chart-hit" x={0} y={top} width={width} height={ROW - 2} rx={4} />
          {/* The trailing space keeps "Name" and the figure apart in the link's text, which must read
              as the start of its accessible name (WCAG 2.5.3, label in name). */}
          <text className="chart-label" x={4} y={top + 15}>
            {`${row.label} `}
          </text>
          <text className="chart-figure" x={width - 4} y={top + 15} textAnchor="end">
            {row.figure}
          </text>
          <rect className="chart-fill" x={0} y={top + 20} width={scale(row.value)} height={8} rx={2} />
          {row.second !== undefined && <rect className="chart-second" x={0.5} y={top + 30.5} width={Math.max(0, scale(row.second) - 1)} height={5} rx={1} />}
        </a>
      </g>
    );
  });

  return (
    <figure className="voices-chart">
      <figcaption className="chart-title">
        {title}
        {legend && <span className="chart-legend">{legend}</span>}
      </figcaption>
      <div ref={ref} className="chart-frame">
        <svg width={width} height={y} viewBox={`0 0 ${width} ${y}`} role="group" aria-label={title}>
          {shapes}
        </svg>
      </div>
      <details className="chart-table">
        <summary>Show as a table</summary>
        {/* Focusable so a keyboard can scroll a table wider than a phone. */}
        <div className="chart-table-scroll" tabIndex={0}>
          <table>
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Group</th>
                {columns.map((c) => (
                  <th key={c.heading} scope="col" className="num">
                    {c.heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row">{r.label}</th>
                  <td>{r.group}</td>
                  {columns.map((c) => (
                    <td key={c.heading} className="num">
                      {c.cell(r)}
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
