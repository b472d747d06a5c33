import type { CellPosition } from '../../snapshot';

interface OpenTable {
  index: number;
  row: number;
  column: number;
}

/**
 * Tables and their cells: each `w:tbl` numbered in document order (a nested table gets its own
 * number), rows and cells counted from 0, the innermost table's cell being the current one.
 */
export class TableTracker {
  private readonly stack: OpenTable[] = [];
  private count = 0;

  /** The cell a paragraph opening now sits in, if any. */
  cell(): CellPosition | undefined {
    const table = this.stack[this.stack.length - 1];
    return table ? { table: table.index, row: table.row, column: table.column } : undefined;
  }

  open(local: 'tbl' | 'tr' | 'tc'): void {
    const table = this.stack[this.stack.length - 1];
    if (local === 'tbl') this.stack.push({ index: this.count++, row: -1, column: -1 });
    else if (local === 'tr' && table) {
      table.row++;
      table.column = -1;
    } else if (local === 'tc' && table) table.column++;
  }

  close(local: 'tbl' | 'tr' | 'tc'): void {
    if (local === 'tbl') this.stack.pop();
  }
}
