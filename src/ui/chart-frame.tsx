import { useId, type ReactNode } from 'react';
import { ScrollRegion } from './scroll-region';

interface ChartFrameProps {
  readonly caption: string;
  /** The chart itself: only draws series that were computed beforehand. */
  readonly chart: ReactNode;
  /** The same data as a table: the accessible alternative, always in the page. */
  readonly table: ReactNode;
  readonly tableLabel: string;
}

/** Every chart sits in a figure with a caption and a data table alternative. */
export function ChartFrame({ caption, chart, table, tableLabel }: ChartFrameProps) {
  const captionId = useId();
  return (
    <figure className="chart-frame" aria-labelledby={captionId}>
      <figcaption id={captionId}>{caption}</figcaption>
      <div className="chart-frame__chart">{chart}</div>
      <details className="chart-frame__table" open>
        <summary>{tableLabel}</summary>
        <ScrollRegion label={`${tableLabel}: ${caption}`}>{table}</ScrollRegion>
      </details>
    </figure>
  );
}
