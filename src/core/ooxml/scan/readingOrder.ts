import type { CellPosition, SnapshotParagraph, SnapshotTable } from '../../snapshot';

/** The cell of the outermost table a position is in (a nested table reads inside its outer cell). */
function rootCell(cell: CellPosition): CellPosition {
  let c = cell;
  while (c.outer) c = c.outer;
  return c;
}

/**
 * A borderless table of two columns and several rows is layout, not data: offices set Nơi nhận
 * beside the signature ("Nơi nhận:" | "TM. ỦY BAN NHÂN DÂN" over the recipients | the name), and each
 * column is one block of text. Every row must have exactly its two plain cells (no merged cell).
 */
function layoutTables(paragraphs: SnapshotParagraph[], tables: SnapshotTable[]): Set<number> {
  const candidates = new Set(tables.filter((t) => !t.borders && !t.outer && t.columns === 2 && t.rows > 1).map((t) => t.index));
  for (const p of paragraphs) {
    const c = p.cell;
    if (c && !c.outer && candidates.has(c.table) && (c.colSpan || c.rowSpan || c.continuesRow !== undefined || c.column > 1)) candidates.delete(c.table);
  }
  return candidates;
}

/**
 * The paragraphs' indices in reading order when it differs from the document's: the cells of a
 * two-column layout table column by column (the left column top to bottom, then the right), as a
 * person reads it, while Word stores it row by row. Undefined when the orders are the same.
 */
export function readingOrder(paragraphs: SnapshotParagraph[], tables: SnapshotTable[]): number[] | undefined {
  const layout = layoutTables(paragraphs, tables);
  if (layout.size === 0) return undefined;
  const order: number[] = [];
  let changed = false;
  for (let i = 0; i < paragraphs.length; ) {
    const cell = paragraphs[i].cell && rootCell(paragraphs[i].cell!);
    if (!cell || !layout.has(cell.table)) {
      order.push(paragraphs[i++].index);
      continue;
    }
    // The whole table: every paragraph whose outermost cell is in it, then stably by column.
    const table = cell.table;
    const block: { index: number; column: number }[] = [];
    for (; i < paragraphs.length; i++) {
      const c = paragraphs[i].cell && rootCell(paragraphs[i].cell!);
      if (!c || c.table !== table) break;
      block.push({ index: paragraphs[i].index, column: c.column });
    }
    const sorted = [...block].sort((a, b) => a.column - b.column);
    if (sorted.some((x, k) => x !== block[k])) changed = true;
    order.push(...sorted.map((x) => x.index));
  }
  return changed ? order : undefined;
}
