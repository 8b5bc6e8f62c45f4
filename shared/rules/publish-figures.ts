import type { CivilDate } from "../dates/civil-date";
import type { Worker } from "../roster/worker";
import type { Reason } from "./action-result";
import { countedWorkers } from "./counted-workers";
import { reason } from "./explain";
import { femaleRatioByCategory, ratioPercent } from "./female-ratio";
import { isManager } from "./manager";
import { averageTenure, type AverageTenure } from "./tenure";
import { wageGap, type WageGapOptions, type WageGapResult } from "./wage-gap";

/** One 「女性の割合」 item of the MHLW database. */
export interface RatioFigure {
  /** One decimal, rounded half up; null when there is nobody to divide by. */
  percent: number | null;
  women: number;
  total: number;
  reason?: Reason;
}

export interface CategoryRatioFigure extends RatioFigure {
  category: string;
}

/**
 * The items of 女性の活躍推進企業データベース a roster can support, on `asOf`. Worker ratios are
 * over the workers every count includes (countedWorkers); the officer ratio is over officers.
 */
export interface PublishFigures {
  asOf: CivilDate;
  /** 労働者に占める女性労働者の割合 */
  femaleWorkerRatio: RatioFigure;
  /** The same per 雇用管理区分, in order of first appearance. */
  femaleWorkerRatioByCategory: CategoryRatioFigure[];
  /** 係長級にある者に占める女性労働者の割合 */
  femaleSectionChiefRatio: RatioFigure;
  /** 管理職に占める女性労働者の割合 */
  femaleManagerRatio: RatioFigure;
  /** 役員に占める女性の割合 */
  femaleOfficerRatio: RatioFigure;
  /** 男女の平均継続勤務年数 */
  averageTenure: AverageTenure;
  /** 男女の賃金の差異, with its 説明欄 notes. */
  wageGap: WageGapResult;
}

function ratio(
  people: readonly Worker[],
  holds: (w: Worker) => boolean,
  nobody: Reason,
): RatioFigure {
  let women = 0;
  let total = 0;
  for (const w of people) {
    if (!holds(w)) continue;
    total++;
    if (w.gender === "woman") women++;
  }
  const percent = ratioPercent(women, total);
  return percent === null ? { percent, women, total, reason: nobody } : { percent, women, total };
}

/** 役員: every officer on the roster except a dispatched one (a roster mistake, never the company's). */
function isOfficer(w: Worker): boolean {
  return w.grade === "officer" && w.employmentType !== "dispatched";
}

/** Computes every item of the MHLW database that the roster allows, as of `asOf`. */
export function publishFigures(
  workers: readonly Worker[],
  asOf: CivilDate,
  wageGapOptions: WageGapOptions = {},
): PublishFigures {
  const counted = countedWorkers(workers);
  return {
    asOf,
    femaleWorkerRatio: ratio(
      counted,
      () => true,
      reason("労働者がいないため算出できません", "No workers, so there is no figure"),
    ),
    // A category held only by dispatched workers is not one of the company's: nothing to publish.
    femaleWorkerRatioByCategory: femaleRatioByCategory(workers)
      .filter((c) => c.total > 0)
      .map((c) => ({
        category: c.category,
        percent: c.femaleRatioPercent,
        women: c.women,
        total: c.total,
      })),
    femaleSectionChiefRatio: ratio(
      counted,
      (w) => w.grade === "subsectionChief",
      reason(
        "係長級の労働者がいないため算出できません",
        "No one at 係長級 (subsection chief), so there is no figure",
      ),
    ),
    femaleManagerRatio: ratio(
      counted,
      isManager,
      reason(
        "管理職（部長級・課長級）がいないため算出できません",
        "No managers (部長級・課長級), so there is no figure",
      ),
    ),
    femaleOfficerRatio: ratio(
      workers,
      isOfficer,
      reason(
        "名簿に役員がいないため算出できません（役員がいれば職階を「役員」として載せてください）",
        "No officers on the roster, so there is no figure (list them with 職階 役員)",
      ),
    ),
    averageTenure: averageTenure(workers, asOf),
    wageGap: wageGap(workers, wageGapOptions),
  };
}
