import { addYears, type CivilDate } from "../dates/civil-date";
import type { Worker } from "../roster/worker";
import type { Reason } from "./action-result";
import { isCounted } from "./counted-workers";
import { idList, people, reason } from "./explain";

/** E1 (p.1 (2)): at most this many 常時雇用する労働者 on the application date. */
export const REGULARLY_EMPLOYED_LIMIT = 300;

/**
 * Whether a worker is 常時雇用する労働者 (p.22 (2)): `definite` (no fixed term, a fixed term
 * with ≥ 1 year of continuous employment on `asOf`, or hired with the expectation of ≥ 1 year:
 * 1年以上雇用見込み = はい), `notRegular` (a fixed term of less than a year, expected shorter:
 * 見込み = いいえ), `uncertain` (a fixed term of less than a year or of unknown length with the
 * expectation not recorded), or `excluded` (dispatched, or an officer who is not a 労働者).
 */
export type RegularEmployment = "definite" | "uncertain" | "notRegular" | "excluded";

/** E1 on the roster: within 300, over 300, or unknown because 有期 workers might push it over. */
export type ConditionStatus = "met" | "notMet" | "unknown";

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
  if (worker.expectedOneYear === true) return "definite";
  // Expected shorter AND known to be under a year: certainly not (yet) regularly employed.
  if (worker.expectedOneYear === false && hiredBy !== undefined && worker.hireDate !== undefined)
    return "notRegular";
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
  /**
   * E1 as far as the roster can tell: `unknown` when the definite count is within 300 but the
   * uncertain fixed-term workers could take it over (a projection must not assume either).
   */
  status: ConditionStatus;
  /** Dispatched workers left out of the count. */
  dispatchedExcluded: number;
  /** Officers who are not also employees (not 労働者), left out of the count. */
  officersExcluded: number;
  reasons: Reason[];
}

/** The counts E1 is judged on, gathered one worker at a time (see tallyRegularlyEmployed). */
export interface RegularlyEmployedTally {
  count: number;
  dispatchedExcluded: number;
  officersExcluded: number;
  uncertainIds: string[];
}

export function newRegularlyEmployedTally(): RegularlyEmployedTally {
  return { count: 0, dispatchedExcluded: 0, officersExcluded: 0, uncertainIds: [] };
}

/**
 * Adds one worker, whose `status` is employmentBy's: a roster summary runs several rules in
 * one pass over a big roster and computes the status once for all of them.
 */
export function tallyRegularlyEmployed(
  tally: RegularlyEmployedTally,
  worker: Worker,
  status: RegularEmployment,
): void {
  if (status === "definite") tally.count += 1;
  else if (status === "uncertain") tally.uncertainIds.push(worker.employeeId);
  else if (status === "excluded") {
    if (worker.employmentType === "dispatched") tally.dispatchedExcluded += 1;
    else tally.officersExcluded += 1;
  }
}

/** E1: the number of 常時雇用する労働者 and whether it is within 300. */
export function regularlyEmployedCount(
  workers: readonly Worker[],
  asOf?: CivilDate,
): RegularlyEmployedResult {
  const tally = newRegularlyEmployedTally();
  const hiredBy = yearBefore(asOf);
  for (const worker of workers)
    tallyRegularlyEmployed(tally, worker, employmentBy(worker, hiredBy));
  return regularlyEmployedResult(tally, asOf);
}

/** E1 from the counts of every worker: the verdict and the reasons in words. */
export function regularlyEmployedResult(
  tally: RegularlyEmployedTally,
  asOf?: CivilDate,
): RegularlyEmployedResult {
  const { count, dispatchedExcluded, officersExcluded, uncertainIds } = tally;
  const uncertain = uncertainIds.length;
  const atMost = count + uncertain;
  const eligible = count <= REGULARLY_EMPLOYED_LIMIT;
  const status: ConditionStatus = !eligible
    ? "notMet"
    : atMost > REGULARLY_EMPLOYED_LIMIT
      ? "unknown"
      : "met";
  const dateJa = asOf ? `基準日 ${asOf}` : "基準日の指定なし";
  const dateEn = asOf ? `as of ${asOf}` : "no reference date given";
  const leftOutJa =
    `派遣 ${dispatchedExcluded} 人` + (officersExcluded > 0 ? `・役員 ${officersExcluded} 人` : "");
  const leftOutEn =
    `${dispatchedExcluded} dispatched` +
    (officersExcluded > 0 ? `, ${officersExcluded} officer(s)` : "");
  const reasons: Reason[] = [
    eligible
      ? reason(
          `常時雇用する労働者は ${count} 人（${dateJa}、${leftOutJa}を除く）で、300 人以下です。`,
          `${people(count)} regularly employed (${dateEn}, ${leftOutEn} excluded): within the limit of 300.`,
        )
      : reason(
          `常時雇用する労働者が ${count} 人（${dateJa}、${leftOutJa}を除く）で、300 人を超えているため対象外です。`,
          `${people(count)} regularly employed (${dateEn}, ${leftOutEn} excluded): over the limit of 300, so the company is not eligible.`,
        ),
  ];
  if (uncertain > 0) {
    const ids = idList(uncertainIds);
    const why = asOf
      ? reason(
          `ほかに有期雇用で勤続 1 年未満または採用日のない ${uncertain} 人（${ids.ja}）は、雇入れから 1 年以上引き続き雇用される見込みがあれば常時雇用として数えます（p.22 (2)イ）。「1年以上雇用見込み」が空欄のため、上の人数は少なく出ている可能性があります。「1年以上雇用見込み」列に「はい」か「いいえ」を入力してください。`,
          `${people(uncertain)} on a fixed term with less than a year of service or no hire date (${ids.en}) also count if expected to stay at least a year from hiring (p.22 (2)イ). Their 1年以上雇用見込み cell is empty, so the count above may be low: enter はい or いいえ in the 1年以上雇用見込み column.`,
        )
      : reason(
          `基準日がないため、有期雇用の ${uncertain} 人（${ids.ja}）は勤続 1 年以上かどうか判断できません。`,
          `Without a reference date the ${people(uncertain)} on a fixed term (${ids.en}) cannot be checked for a year of service.`,
        );
    reasons.push(why);
    if (eligible && atMost > REGULARLY_EMPLOYED_LIMIT)
      reasons.push(
        reason(
          `これらを数えると最大 ${atMost} 人となり 300 人を超えるため、300 人以下かどうかは判断できません。有期契約の見込み期間を確認してください。`,
          `Counting them gives up to ${atMost}, over 300, so whether the company is within 300 cannot be established: check the expected length of those fixed-term contracts.`,
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
    status,
    dispatchedExcluded,
    officersExcluded,
    reasons,
  };
}
