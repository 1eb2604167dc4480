import { within } from '@testing-library/react';

/** A row's data cells, in a table (cell) or in the class grid (gridcell). */
export const cellsIn = (row: HTMLElement) => [...within(row).queryAllByRole('cell'), ...within(row).queryAllByRole('gridcell')];
