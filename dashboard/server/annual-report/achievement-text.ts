import type { Figure, Publication } from "../aggregation/publication";
import { ACHIEVEMENT_JA } from "../messages/annual-report-text";
import { reiwaFiscalYear } from "./era";
import { formatFigure, SUPPRESSED_MARK } from "./format-figure";
import type { GeneratorKey } from "../../../shared/api/report-plan";

/**
 * The 取組実績 text of an item, written from the year's PUBLISHED figures only: a suppressed
 * figure reads "X" here exactly as in the tables, so the text cannot leak what they hide.
 */
export function generateAchievement(generator: GeneratorKey, publication: Publication): string {
  const text = SENTENCES[generator](publication);
  return text.includes(SUPPRESSED_MARK) ? `${text}${ACHIEVEMENT_JA.suppressedNote}` : text;
}

const n = (figure: Figure) => formatFigure(figure);
const pct = (figure: Figure) => formatFigure(figure, 1);

/** ¥ in 万円 for prose, e.g. 6,700万円. */
const manYen = (figure: Figure) =>
  figure.suppressed || figure.value === null
    ? formatFigure(figure)
    : (figure.value / 10_000).toLocaleString("ja-JP");

const SENTENCES: Record<GeneratorKey, (p: Publication) => string> = {
  seminars: (p) => {
    const fy = p.fiscalYearScope.figures;
    return ACHIEVEMENT_JA.seminars({
      era: reiwaFiscalYear(p.fiscalYear),
      rounds: p.rounds.length,
      companies: n(fy.companies),
      capacity: p.fiscalYearScope.capacity.toLocaleString("ja-JP"),
      perRound: p.rounds
        .map((r) => ACHIEVEMENT_JA.perRound(r.round!, n(r.figures.companies)))
        .join(ACHIEVEMENT_JA.listSeparator),
      grantManYen: manYen(fy.sums.projectedGrantYen),
    });
  },
  appointment: (p) => {
    const fy = p.fiscalYearScope.figures;
    return ACHIEVEMENT_JA.appointment({
      selectedA: n(fy.selected.A),
      achievedA: n(fy.achieved.A),
      selectedB: n(fy.selected.B),
      achievedB: n(fy.achieved.B),
      newManagers: n(fy.sums.newFemaleManagers),
      newAllowance: n(fy.sums.newFemaleAllowanceRecipients),
      ratioBefore: pct(fy.stats.managerRatioBefore.median),
      ratioAfter: pct(fy.stats.managerRatioAfter.median),
    });
  },
  career: (p) => {
    const fy = p.fiscalYearScope.figures;
    return ACHIEVEMENT_JA.career({
      achievedC: n(fy.achieved.C),
      achievedD: n(fy.achieved.D),
      training: n(fy.trainingComplete),
    });
  },
  awareness: (p) => {
    const s = p.fiscalYearScope.figures.stats;
    return ACHIEVEMENT_JA.awareness({
      all: pct(s.wageGapAll.median),
      regular: pct(s.wageGapRegular.median),
      nonRegular: pct(s.wageGapNonRegular.median),
    });
  },
  none: () => "",
};
