import type { DocumentSnapshot } from '../../snapshot';
import { TWIPS_PER_MM } from '../nd30Layout';

export type PageSetup = NonNullable<DocumentSnapshot['page']>;

function mm(twips: string | undefined): number | undefined {
  const n = Number(twips);
  return twips !== undefined && Number.isFinite(n) ? Math.round((n / TWIPS_PER_MM) * 10) / 10 : undefined;
}

/** Page size and margins from `w:sectPr`; the body's own sectPr comes last, so the final section's page wins. */
export class PageTracker {
  page: PageSetup | undefined;
  private section: Partial<PageSetup> | null = null;

  open(local: 'sectPr' | 'pgSz' | 'pgMar', attr: (n: string) => string | undefined): void {
    if (local === 'sectPr') this.section = {};
    const s = this.section;
    if (!s) return;
    if (local === 'pgSz') {
      s.widthMm = mm(attr('w'));
      s.heightMm = mm(attr('h'));
    } else if (local === 'pgMar') {
      s.marginTopMm = mm(attr('top'));
      s.marginBottomMm = mm(attr('bottom'));
      s.marginLeftMm = mm(attr('left'));
      s.marginRightMm = mm(attr('right'));
    }
  }

  close(local: 'sectPr' | 'pgSz' | 'pgMar'): void {
    if (local !== 'sectPr' || !this.section) return;
    const s = this.section;
    this.section = null;
    if (s.widthMm !== undefined && s.heightMm !== undefined) {
      this.page = { widthMm: s.widthMm, heightMm: s.heightMm, marginTopMm: s.marginTopMm ?? 0, marginBottomMm: s.marginBottomMm ?? 0, marginLeftMm: s.marginLeftMm ?? 0, marginRightMm: s.marginRightMm ?? 0 };
    }
  }
}
