import type { CellPosition, SnapshotTable } from '../../snapshot';
import { visibleBorder } from '../formatProps';
import type { StyleSheet } from '../styleSheet';

/** The paragraphs' positions of one cell, kept to give them the rows a vertical merge adds later. */
interface OpenCell {
  position: CellPosition;
  positions: CellPosition[];
  span: number;
  /** `w:vMerge`: 'restart' leads a vertical merge, 'continue' continues the one above. */
  vMerge?: 'restart' | 'continue';
}

interface OpenTable {
  shape: SnapshotTable;
  /** Grid columns from `w:tblGrid`. */
  grid: number;
  style?: string;
  /** `w:tblBorders` of the table itself, which overrides its style's: whether a side is drawn. */
  direct?: boolean;
  /** Some cell draws a border of its own (`w:tcBorders`). */
  cellBorders: boolean;
  row: number;
  /** Grid column the next cell of the row starts at. */
  next: number;
  cell: OpenCell | null;
  /** The cell leading a vertical merge, by grid column, while the merge may go on. */
  leads: Map<number, OpenCell>;
}

export type TableElement = 'tbl' | 'tr' | 'tc' | 'tblStyle' | 'gridCol' | 'gridBefore' | 'gridSpan' | 'vMerge' | 'tblBorders' | 'tcBorders' | BorderSide;
type BorderSide = 'top' | 'left' | 'bottom' | 'right' | 'start' | 'end' | 'insideH' | 'insideV';
export const TABLE_ELEMENTS: ReadonlySet<string> = new Set<TableElement>(['tbl', 'tr', 'tc', 'tblStyle', 'gridCol', 'gridBefore', 'gridSpan', 'vMerge', 'tblBorders', 'tcBorders', 'top', 'left', 'bottom', 'right', 'start', 'end', 'insideH', 'insideV']);


/**
 * Tables and their cells: each `w:tbl` numbered in document order (a nested table gets its own
 * number and knows its outer cell), rows from 0, cells by the grid column they start at, merged
 * cells (`w:gridSpan`, `w:vMerge`) as one cell spanning columns and rows, and whether the table
 * draws any border.
 */
export class TableTracker {
  /** Every table, in document order. */
  readonly tables: SnapshotTable[] = [];
  private readonly stack: OpenTable[] = [];
  /** Inside `w:tblBorders` (the table's) or `w:tcBorders` (a cell's). */
  private borders: 'table' | 'cell' | null = null;

  constructor(private readonly styles: StyleSheet) {}

  /** The cell a paragraph opening now sits in, if any (its own object, completed as the table is read). */
  cell(): CellPosition | undefined {
    const cell = this.stack[this.stack.length - 1]?.cell;
    if (!cell) return undefined;
    const position = { ...cell.position };
    cell.positions.push(position);
    return position;
  }

  open(local: TableElement, attr: (n: string) => string | undefined): void {
    const table = this.stack[this.stack.length - 1];
    switch (local) {
      case 'tbl': {
        const outer = table?.cell ? { ...table.cell.position } : undefined;
        const shape: SnapshotTable = { index: this.tables.length, rows: 0, columns: 0, borders: false, ...(outer ? { outer } : {}) };
        this.tables.push(shape);
        this.stack.push({ shape, grid: 0, cellBorders: false, row: -1, next: 0, cell: null, leads: new Map() });
        return;
      }
      case 'tblStyle':
        if (table && !table.cell) table.style = attr('val');
        return;
      case 'gridCol':
        if (table && !table.cell) table.grid++;
        return;
      case 'tr':
        if (!table) return;
        table.row++;
        table.next = 0;
        table.shape.rows = table.row + 1;
        return;
      case 'gridBefore':
        if (table && !table.cell) table.next += Math.max(0, Number(attr('val')) || 0);
        return;
      case 'tc': {
        if (!table) return;
        const position: CellPosition = { table: table.shape.index, row: Math.max(0, table.row), column: table.next };
        if (table.shape.outer) position.outer = table.shape.outer;
        table.cell = { position, positions: [], span: 1 };
        return;
      }
      case 'gridSpan': {
        const cell = table?.cell;
        const span = Number(attr('val'));
        if (cell && Number.isInteger(span) && span > 1) {
          cell.span = span;
          cell.position.colSpan = span;
        }
        return;
      }
      case 'vMerge':
        if (table?.cell) this.merge(table, table.cell, attr('val') === 'restart' ? 'restart' : 'continue');
        return;
      case 'tblBorders':
        this.borders = 'table';
        if (table) table.direct ??= false;
        return;
      case 'tcBorders':
        this.borders = 'cell';
        return;
      default:
        if (!table || !this.borders || !visibleBorder(attr('val'))) return;
        if (this.borders === 'table') table.direct = true;
        else table.cellBorders = true;
    }
  }

  close(local: TableElement): void {
    const table = this.stack[this.stack.length - 1];
    if (local === 'tblBorders' || local === 'tcBorders') this.borders = null;
    else if (local === 'tc' && table?.cell) {
      const cell = table.cell;
      // A cell that is not part of a vertical merge ends the merges above it.
      for (let c = cell.position.column; c < cell.position.column + cell.span; c++) {
        if (cell.vMerge === 'restart') table.leads.set(c, cell);
        else if (cell.vMerge !== 'continue') table.leads.delete(c);
      }
      table.next = cell.position.column + cell.span;
      table.shape.columns = Math.max(table.shape.columns, table.next);
      table.cell = null;
    } else if (local === 'tbl' && table) {
      this.stack.pop();
      table.shape.columns = Math.max(table.shape.columns, table.grid);
      table.shape.borders = table.cellBorders || (table.direct ?? this.styles.tableBorders(table.style));
    }
  }

  private merge(table: OpenTable, cell: OpenCell, kind: 'restart' | 'continue'): void {
    cell.vMerge = kind;
    if (kind === 'restart') return;
    const lead = table.leads.get(cell.position.column);
    if (!lead) return;
    cell.position.continuesRow = lead.position.row;
    lead.position.rowSpan = (lead.position.rowSpan ?? 1) + 1;
    for (const p of lead.positions) p.rowSpan = lead.position.rowSpan;
  }
}
