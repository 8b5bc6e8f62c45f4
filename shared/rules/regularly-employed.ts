import { addYears, type CivilDate } from "../dates/civil-date";
import type { Worker } from "../roster/worker";
import type { Reason } from "./action-result";
import { isCounted } from "./counted-workers";
import { idList, people, reason } from "./explain";

/** E1 (p.1 (2)): at most this many 常時雇用する労働者 on the application date. */
export const REGULARLY_EMPLOYED_LIMIT = 300;

/**
 * Whether a worker is 常時雇用する労働者 (p.22 (2)): `definite` (no fixed term, or a fixed
 * term with ≥ 1 year of continuous employment on `asOf`), `uncertain` (a fixed term of less
 * than a year, or unknown length: counts only if employment of ≥ 1 year is EXPECTED, which
 * no roster records), or `excluded` (dispatched: employed by the agency).
 */
export type RegularEmployment = "definite" | "uncertain" | "excluded";

/** An empty 雇用期間 is read as 無期 for 正規 and as 有期 for 非正規 (interpretation). */
export function regularEmployment(worker: Worker, asOf?: CivilDate): RegularEmployment {
  return employmentBy(worker, yearBefore(asOf));
}

/** The latest hire date that gives a year of service on `asOf`. */
export function yearBefore(asOf: CivilDate | undefined): CivilDate | undefined {
  return asOf === undefined ? undefined : addYears(asOf, -1);
}

/**
 * {@link regularEmployment} with the one-year cutoff computed once by the caller: a
 * 100k-row roster would otherwise re-parse the same date 100k times.
 */
export function employmentBy(worker: Worker, hiredBy: CivilDate | undefined): RegularEmployment {
  if (!isCounted(worker)) return "excluded";
  const term = worker.term ?? (worker.employmentType === "regular" ? "indefinite" : "fixed");
  if (term === "indefinite") return "definite";
  if (hiredBy !== undefined && worker.hireDate !== undefined && worker.hireDate <= hiredBy)
    return "definite";
  return "uncertain";
}

export interface RegularlyEmployedResult {
  asOf: CivilDate | null;
  /** Workers who are certainly regularly employed. */
  count: number;
  /** Fixed-term workers who count only if expected to stay ≥ 1 year. */
  uncertain: number;
  uncertainIds: string[];
  /** count + uncertain: the most the foundation could count. */
  atMost: number;
  /** E1, judged on the definite count. */
  eligible: boolean;
  /** Dispatched workers left out of the count. */
  dispatchedExcluded: number;
  reasons: Reason[];
}

/** E1: the number of 常時雇用する労働者 and whether it is within 300. */
export function regularlyEmployedCount(
  workers: readonly Worker[],
  asOf?: CivilDate,
): RegularlyEmployedResult {
  let count = 0;
  let dispatchedExcluded = 0;
  const uncertainIds: string[] = [];
  const hiredBy = yearBefore(asOf);
  for (const worker of workers) {
    const status = employmentBy(worker, hiredBy);
    if (status === "definite") count += 1;
    else if (status === "uncertain") uncertainIds.push(worker.employeeId);
    else dispatchedExcluded += 1;
  }
  const uncertain = uncertainIds.length;
  const atMost = count + uncertain;
  const eligible = count <= REGULARLY_EMPLOYED_LIMIT;
  const dateJa = asOf ? `基準日 ${asOf}` : "基準日の指定なし";
  const dateEn = asOf ? `as of ${asOf}` : "no reference date given";
  const reasons: Reason[] = [
    eligible
      ? reason(
          `常時雇用する労働者は ${count} 人（${dateJa}、派遣 ${dispatchedExcluded} 人を除く）で、300 人以下です。`,
          `${people(count)} regularly employed (${dateEn}, ${dispatchedExcluded} dispatched excluded): within the limit of 300.`,
        )
      : reason(
          `常時雇用する労働者が ${count} 人（${dateJa}、派遣 ${dispatchedExcluded} 人を除く）で、300 人を超えているため対象外です。`,
          `${people(count)} regularly employed (${dateEn}, ${dispatchedExcluded} dispatched excluded): over the limit of 300, so the company is not eligible.`,
        ),
  ];
  if (uncertain > 0) {
    const ids = idList(uncertainIds);
    const why = asOf
      ? reason(
          `ほかに有期雇用で勤続 1 年未満または採用日のない ${uncertain} 人（${ids.ja}）は、雇入れから 1 年以上引き続き雇用される見込みがあれば数えます（名簿からは判断できません）。`,
          `${people(uncertain)} on a fixed term with less than a year of service or no hire date (${ids.en}) also count if expected to stay at least a year from hiring; the roster cannot tell.`,
        )
      : reason(
          `基準日がないため、有期雇用の ${uncertain} 人（${ids.ja}）は勤続 1 年以上かどうか判断できません。`,
          `Without a reference date the ${people(uncertain)} on a fixed term (${ids.en}) cannot be checked for a year of service.`,
        );
    reasons.push(why);
    if (eligible && atMost > REGULARLY_EMPLOYED_LIMIT)
      reasons.push(
        reason(
          `これらを数えると最大 ${atMost} 人となり 300 人を超えます。有期契約の見込み期間を確認してください。`,
          `Counting them gives up to ${atMost}, over 300: check the expected length of those fixed-term contracts.`,
        ),
      );
  }
  return {
    asOf: asOf ?? null,
    count,
    uncertain,
    uncertainIds,
    atMost,
    eligible,
    dispatchedExcluded,
    reasons,
  };
}
