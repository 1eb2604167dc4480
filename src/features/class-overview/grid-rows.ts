import type { Pupil } from '@/domain/model';
import type { ClassGridRow } from '@/domain/progress/estimated-grid';
import type { LineMastery } from '@/domain/progress/line-mastery';
import type { PupilWithRoster } from '@/store/school.queries';
import type { CellDetail } from './cell-popover';
import type { GridCell, GridColumn, GridRow } from './mastery-table';

export interface GridRowsInput {
  /** The group's pupils, in the group's order. */
  readonly pupils: readonly PupilWithRoster[];
  /** The class grid's rows per pupil key (useClassGridView). */
  readonly rows: ReadonlyMap<number, ClassGridRow>;
  /** The mastery columns: the lines, or the goals of `line` when one is chosen. */
  readonly columns: readonly GridColumn[];
  readonly line: string | null;
  readonly name: (entry: PupilWithRoster) => string;
  /** What the cell rests on; `margin` is the 95% margin in percentage points, when the method states one. */
  readonly detail: (pupil: Pupil, line: string, column: string, margin: number | null) => CellDetail;
  /** Extra words for a line cell (goals mastered of goals with evidence). */
  readonly note: (mastery: LineMastery) => string;
  /** Further cells of a pupil (the rubric columns). */
  readonly extra?: (key: number) => Readonly<Record<string, GridCell>> | undefined;
}

/** The 95% margin of an estimate in whole percentage points (1.96 standard errors), or null without one. */
const marginOf = (uncertainty: number | undefined): number | null => (uncertainty === undefined ? null : Math.round(uncertainty * 196));

/**
 * The class overview's table rows: per pupil a cell per column, from the grid row (a goal's
 * mastery when a line is chosen, else the line's). A pupil without a grid row gets
 * not-started cells. Pure: names, details and words come from the functions given.
 */
export function gridRows({ pupils, rows, columns, line, name, detail, note, extra }: GridRowsInput): GridRow[] {
  return pupils.map((entry) => {
    const { pupil } = entry;
    const row = rows.get(pupil.key);
    const cells: Record<string, GridCell> = {};
    for (const column of columns) {
      if (line) {
        const mastery = row?.goals[column.id];
        const margin = marginOf(mastery?.uncertainty);
        cells[column.id] = {
          value: mastery?.value ?? null,
          status: mastery?.status ?? 'not-started',
          detail: detail(pupil, line, column.id, margin),
        };
      } else {
        const mastery = row?.lines[column.id];
        const cell: GridCell = {
          value: mastery?.value ?? null,
          status: mastery?.status ?? 'not-started',
          detail: detail(pupil, column.id, column.id, null),
        };
        cells[column.id] = mastery ? { ...cell, note: note(mastery) } : cell;
      }
    }
    return { key: pupil.key, name: name(entry), cells: { ...cells, ...extra?.(pupil.key) } };
  });
}
