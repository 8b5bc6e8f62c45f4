import type { CivilDate } from "../dates/civil-date";
import type { Worker } from "../roster/worker";
import type { Reason } from "./action-result";
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
  const tally = newTokyoInsuredTally();
  for (let i = 0; i < workers.length; i++) {
    const w = workers[i]!;
    tallyTokyoInsured(tally, w, employmentBy(w, hiredBy));
  }
  return tokyoInsuredOf(tally);
}

/** One worker proves E2: `status` is employmentBy's for the same reference date. */
export function provesTokyoInsured(w: Worker, status: RegularEmployment): boolean {
  return w.workplace === "tokyo" && w.employmentInsurance === true && status === "definite";
}

/**
 * E2 gathered one worker at a time, so that a roster summary can run it while the rows are
 * read, without keeping the workers: the workers who prove it and, until the first of them,
 * what the answer needs when nobody does (the counted workers and their blank cells).
 */
export interface TokyoInsuredTally {
  /** Definitely regularly employed workers in Tokyo and insured, in roster order. */
  workerIds: string[];
  /** Counted workers (not dispatched, not officers only) up to the first who proves E2. */
  countedIds: string[];
  /** Those of them whose 勤務地 is not 都外 and 雇用保険 not 未加入. */
  possibleIds: string[];
  /** Some counted worker has a 勤務地 / a 雇用保険 value. */
  anyWorkplace: boolean;
  anyInsurance: boolean;
}

export function newTokyoInsuredTally(): TokyoInsuredTally {
  return {
    workerIds: [],
    countedIds: [],
    possibleIds: [],
    anyWorkplace: false,
    anyInsurance: false,
  };
}

/** Adds one worker, whose `status` is employmentBy's ("excluded" exactly when not counted). */
export function tallyTokyoInsured(
  t: TokyoInsuredTally,
  w: Worker,
  status: RegularEmployment,
): void {
  if (status === "excluded") return;
  if (provesTokyoInsured(w, status)) {
    t.workerIds.push(w.employeeId);
    return;
  }
  // Once E2 is proved, nothing else is said about the others.
  if (t.workerIds.length > 0) return;
  t.countedIds.push(w.employeeId);
  if (w.workplace !== undefined) t.anyWorkplace = true;
  if (w.employmentInsurance !== undefined) t.anyInsurance = true;
  if (w.workplace !== "outside" && w.employmentInsurance !== false)
    t.possibleIds.push(w.employeeId);
}

/** E2 from a tally of every worker; the reasons say what is missing when nobody proves it. */
export function tokyoInsuredOf(t: TokyoInsuredTally): TokyoInsuredResult {
  const { workerIds } = t;
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
  const counted = t.countedIds.length > 0;
  const noWorkplace = counted && !t.anyWorkplace;
  const noInsurance = counted && !t.anyInsurance;
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
      possibleIds: t.countedIds,
      reasons: [
        reason(
          `${columnsJa}の欄が全員空欄のため、都内勤務の雇用保険被保険者がいるか判断できません。`,
          `The ${columnsEn} column is empty for everyone, so it cannot be checked whether an insured worker is employed in Tokyo.`,
        ),
      ],
    };
  }
  const { possibleIds } = t;
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
