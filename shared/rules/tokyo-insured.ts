import type { CivilDate } from "../dates/civil-date";
import type { Worker } from "../roster/worker";
import type { Reason } from "./action-result";
import { countedWorkers } from "./counted-workers";
import { idList, people, reason } from "./explain";
import { employmentBy, yearBefore, type RegularEmployment } from "./regularly-employed";

/** E2 (p.1 (2) ただし書き): the company employs a regularly employed, insured worker in Tokyo. */
export interface TokyoInsuredResult {
  /** true / false, or null when the roster cannot tell (missing 勤務地 / 雇用保険, or uncertain terms). */
  satisfied: boolean | null;
  /** Definitely regularly employed workers who work in Tokyo and are insured. */
  workerIds: string[];
  /** Workers who might satisfy E2 if their missing values or expected term were known. */
  possibleIds: string[];
  reasons: Reason[];
}

/**
 * E2: at least one 常時雇用する労働者 who works in Tokyo (都内) AND is a 雇用保険被保険者.
 * Only definite regular employment proves it; a worker who could satisfy it if a blank cell
 * or an expected contract length were known makes the answer unknown (null), not false.
 */
export function tokyoInsured(workers: readonly Worker[], asOf?: CivilDate): TokyoInsuredResult {
  const hiredBy = yearBefore(asOf);
  // One pass without intermediate arrays: on a 100k-row roster nearly everyone qualifies.
  const workerIds: string[] = [];
  for (let i = 0; i < workers.length; i++) {
    const w = workers[i]!;
    if (provesTokyoInsured(w, employmentBy(w, hiredBy))) workerIds.push(w.employeeId);
  }
  return tokyoInsuredResult(workers, asOf, workerIds);
}

/** One worker proves E2: `status` is employmentBy's for the same reference date. */
export function provesTokyoInsured(w: Worker, status: RegularEmployment): boolean {
  return w.workplace === "tokyo" && w.employmentInsurance === true && status === "definite";
}

/**
 * E2 once the workers who prove it are known (`workerIds`, in roster order); the roster is
 * looked at again only when nobody proves it, to say what is missing.
 */
export function tokyoInsuredResult(
  workers: readonly Worker[],
  asOf: CivilDate | undefined,
  workerIds: string[],
): TokyoInsuredResult {
  const hiredBy = yearBefore(asOf);
  if (workerIds.length > 0) {
    const ids = idList(workerIds, 5);
    return {
      satisfied: true,
      workerIds,
      possibleIds: [],
      reasons: [
        reason(
          `都内勤務で雇用保険に加入している常時雇用する労働者が ${workerIds.length} 人います（${ids.ja}）。`,
          `${people(workerIds.length)} regularly employed in Tokyo and covered by employment insurance (${ids.en}).`,
        ),
      ],
    };
  }
  const counted = countedWorkers(workers);
  const noWorkplace = counted.length > 0 && counted.every((w) => w.workplace === undefined);
  const noInsurance =
    counted.length > 0 && counted.every((w) => w.employmentInsurance === undefined);
  if (noWorkplace || noInsurance) {
    const columnsJa = [noWorkplace ? "勤務地" : null, noInsurance ? "雇用保険" : null]
      .filter((c) => c !== null)
      .join("・");
    const columnsEn = [
      noWorkplace ? "workplace" : null,
      noInsurance ? "employment insurance" : null,
    ]
      .filter((c) => c !== null)
      .join(" and ");
    return {
      satisfied: null,
      workerIds,
      possibleIds: counted.map((w) => w.employeeId),
      reasons: [
        reason(
          `${columnsJa}の欄が全員空欄のため、都内勤務の雇用保険被保険者がいるか判断できません。`,
          `The ${columnsEn} column is empty for everyone, so it cannot be checked whether an insured worker is employed in Tokyo.`,
        ),
      ],
    };
  }
  const possibleIds = counted
    .filter(
      (w) =>
        employmentBy(w, hiredBy) !== "excluded" &&
        w.workplace !== "outside" &&
        w.employmentInsurance !== false,
    )
    .map((w) => w.employeeId);
  if (possibleIds.length > 0) {
    const ids = idList(possibleIds);
    return {
      satisfied: null,
      workerIds,
      possibleIds,
      reasons: [
        reason(
          `都内勤務かつ雇用保険加入と確認できる常時雇用する労働者はいませんが、${ids.ja} は勤務地・雇用保険の空欄または有期契約の見込み期間しだいで該当する可能性があります。`,
          `No worker is confirmed as regularly employed in Tokyo and insured, but ${ids.en} might be, depending on a blank workplace/insurance cell or the expected length of a fixed-term contract.`,
        ),
      ],
    };
  }
  return {
    satisfied: false,
    workerIds,
    possibleIds,
    reasons: [
      reason(
        "都内に勤務し雇用保険に加入している常時雇用する労働者がいないため、対象外です。",
        "No regularly employed worker works in Tokyo with employment insurance, so the company is not eligible.",
      ),
    ],
  };
}
