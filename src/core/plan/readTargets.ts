/**
 * Targets (chỉ tiêu): "Đạt 65% chính quyền địa phương xã có lãnh đạo chủ chốt là nữ", "Chỉ tiêu 1:
 * … đạt 50% vào năm 2030", "Đến hết năm 2025: Có ≥ 30% …". Read in the objectives sections and
 * under items titled "Mục tiêu …" / "Chỉ tiêu …". A target without its own year takes the year
 * its lead-in names ("các mục tiêu cụ thể đến năm 2030 như sau:"), else the end of the plan's period.
 */
import { squashSpaces } from '../text/fold';
import type { PlanLine } from './lines';
import type { Target } from './model';

const PERCENT = /(\d{1,3}(?:[.,]\d{1,2})?)\s*%/g;
const YEAR = /(?:den (?:het )?|vao |trong |cuoi )?nam\s+(\d{4})/g;

function lastYear(f: string): number | null {
  let year: number | null = null;
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(f); m; m = YEAR.exec(f)) year = +m[1];
  return year;
}

/**
 * The year a target's value is for: the last one named before the value ("Đến năm 2030, … đạt 50%
 * (năm 2025 đạt 38%)" is for 2030), else the last one after it ("đạt 50% vào năm 2030").
 */
function yearOf(folded: string, valueAt: number): number | null {
  return lastYear(folded.slice(0, valueAt)) ?? lastYear(folded);
}

/** Targets on the given lines (each line of a target zone), with the zone's default year. */
export function readTargets(zones: PlanLine[][], fallbackYear: number | null): Target[] {
  const out: Target[] = [];
  for (const zone of zones) {
    let zoneYear: number | null = null;
    for (const line of zone) {
      PERCENT.lastIndex = 0;
      if (!PERCENT.test(line.text)) {
        zoneYear = lastYear(line.fold) ?? zoneYear;
        continue;
      }
      // Each clause (split at ";") with a percentage is one target.
      let offset = 0;
      for (const clause of line.text.split(';')) {
        const folded = line.fold.slice(offset, offset + clause.length);
        offset += clause.length + 1;
        PERCENT.lastIndex = 0;
        const m = PERCENT.exec(clause);
        if (!m) continue;
        const text = squashSpaces(clause.replace(/^\s*[-–+•]\s*/, '').replace(/[.;,\s]+$/, ''));
        out.push({
          text,
          indicator: squashSpaces(text.replace(m[0], '').replace(/^(?:[a-zđ]\)\s*)?(?:chỉ tiêu \d+\s*:\s*)?(?:phấn đấu\s+)?(?:đạt\s+)?(?:có\s+)?(?:trên|ít nhất|tối thiểu|≥|>=)?\s*/i, '')),
          value: Number(m[1].replace(',', '.')),
          unit: '%',
          year: yearOf(folded, m.index) ?? zoneYear ?? fallbackYear,
          paragraph: line.paragraph,
        });
      }
    }
  }
  return out;
}
