import { describe, expect, it } from 'vitest';
import { moveInGrid } from '@/ui/grid-navigation';

describe('moveInGrid', () => {
  const at = { row: 2, col: 1 };
  it('moves one cell with the arrows and stops at the edges', () => {
    expect(moveInGrid(at, 'ArrowDown', false, 4, 3)).toEqual({ row: 3, col: 1 });
    expect(moveInGrid(at, 'ArrowUp', false, 4, 3)).toEqual({ row: 1, col: 1 });
    expect(moveInGrid(at, 'ArrowLeft', false, 4, 3)).toEqual({ row: 2, col: 0 });
    expect(moveInGrid(at, 'ArrowRight', false, 4, 3)).toEqual({ row: 2, col: 2 });
    expect(moveInGrid({ row: 3, col: 2 }, 'ArrowDown', false, 4, 3)).toEqual({ row: 3, col: 2 });
    expect(moveInGrid({ row: 0, col: 0 }, 'ArrowLeft', false, 4, 3)).toEqual({ row: 0, col: 0 });
  });
  it('goes to the row’s ends with Home/End and the grid’s with Ctrl', () => {
    expect(moveInGrid(at, 'Home', false, 4, 3)).toEqual({ row: 2, col: 0 });
    expect(moveInGrid(at, 'End', false, 4, 3)).toEqual({ row: 2, col: 2 });
    expect(moveInGrid(at, 'Home', true, 4, 3)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid(at, 'End', true, 4, 3)).toEqual({ row: 3, col: 2 });
    expect(moveInGrid(at, 'Enter', false, 4, 3)).toBeNull();
  });
});
