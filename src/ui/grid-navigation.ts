/** A cell in a grid: row 0 is the header row, column 0 the row headers. */
export interface GridPosition {
  readonly row: number;
  readonly col: number;
}

/**
 * Where a key moves focus in a rows x cols grid (WAI-ARIA grid pattern): arrows one cell, Home/End
 * the row's first/last cell, Ctrl+Home/Ctrl+End the grid's first/last cell. Null for any other key.
 */
export function moveInGrid(at: GridPosition, key: string, ctrl: boolean, rows: number, cols: number): GridPosition | null {
  const clamp = (row: number, col: number) => ({ row: Math.max(0, Math.min(rows - 1, row)), col: Math.max(0, Math.min(cols - 1, col)) });
  switch (key) {
    case 'ArrowUp':
      return clamp(at.row - 1, at.col);
    case 'ArrowDown':
      return clamp(at.row + 1, at.col);
    case 'ArrowLeft':
      return clamp(at.row, at.col - 1);
    case 'ArrowRight':
      return clamp(at.row, at.col + 1);
    case 'Home':
      return ctrl ? clamp(0, 0) : clamp(at.row, 0);
    case 'End':
      return ctrl ? clamp(rows - 1, cols - 1) : clamp(at.row, cols - 1);
    default:
      return null;
  }
}
