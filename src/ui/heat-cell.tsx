import type { MasteryStatusName } from './status-colours';
import { STATUS_COLOURS } from './status-colours';

interface HeatCellProps {
  readonly status: MasteryStatusName;
  /** The value shown in the cell, already formatted (e.g. "72%"), or null for "no evidence". */
  readonly value: string | null;
  /** Status in words, for colour-blind users and screen readers. */
  readonly label: string;
}

/** A mastery cell: colour plus a value and a word, never colour alone. */
export function HeatCell({ status, value, label }: HeatCellProps) {
  const colours = STATUS_COLOURS[status];
  return (
    <span className="heat-cell" style={{ background: colours.background, color: colours.text }}>
      <span className="heat-cell__value">{value ?? '–'}</span>
      <span className="heat-cell__label">{label}</span>
    </span>
  );
}
