// One Dashboard chart in its card: a title saying what it shows, a line on how to read or click it, the chart, and
// exports of the drawn chart (PNG, SVG) and of its data (CSV). While loading or empty it says so instead of drawing axes.
import { useRef, useState, type ReactNode } from 'react';
import { downloadTextFile } from '../files/downloadTextFile';
import { csvText, type CsvCell } from './chartCsv';
import { saveChartPng, saveChartSvg } from './chartImage';

export interface ChartData {
  header: string[];
  rows: CsvCell[][];
}

export function ChartCard(props: {
  id: string;
  title: string;
  hint?: string;
  wide?: boolean;
  /** undefined while loading; an empty rows list draws the empty message instead of the chart. */
  data: ChartData | undefined;
  emptyText: string;
  error?: string | null;
  children: ReactNode;
}) {
  const chartRef = useRef<HTMLDivElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const state = props.data === undefined ? 'loading' : props.data.rows.length === 0 ? 'empty' : 'ready';
  const fileBase = `assay-${props.id}`;
  const image = async (kind: 'png' | 'svg') => {
    const node = chartRef.current;
    const saved = node ? (kind === 'svg' ? saveChartSvg(node, `${fileBase}.svg`) : await saveChartPng(node, `${fileBase}.png`)) : false;
    setProblem(saved ? null : 'The chart is not drawn yet, so there is nothing to save.');
  };
  return (
    <section className={`card dashboard-chart${props.wide ? ' dashboard-grid__wide' : ''}`} aria-labelledby={`${props.id}-title`} data-chart={props.id} data-state={state}>
      <div className="dashboard-chart__head">
        <div>
          <h2 className="card__title" id={`${props.id}-title`}>
            {props.title}
          </h2>
          {props.hint ? <p className="dashboard-chart__hint">{props.hint}</p> : null}
        </div>
        {state === 'ready' ? (
          <div className="dashboard-chart__exports" role="group" aria-label={`Export ${props.title}`}>
            <button type="button" className="button button--quiet button--small" onClick={() => void image('png')}>
              PNG
            </button>
            <button type="button" className="button button--quiet button--small" onClick={() => void image('svg')}>
              SVG
            </button>
            <button type="button" className="button button--quiet button--small" onClick={() => props.data && downloadTextFile(`${fileBase}.csv`, csvText(props.data.header, props.data.rows))}>
              CSV
            </button>
          </div>
        ) : null}
      </div>
      {props.error ? <p className="dashboard-chart__problem">{props.error}</p> : null}
      {problem ? <p className="dashboard-chart__problem">{problem}</p> : null}
      {state === 'loading' ? <div className="chart chart--loading" aria-hidden="true" /> : null}
      {state === 'empty' ? <p className="dashboard-chart__empty">{props.emptyText}</p> : null}
      {state === 'ready' ? (
        <div className="dashboard-chart__body" ref={chartRef}>
          {props.children}
        </div>
      ) : null}
    </section>
  );
}
