import type { Worker } from "../roster/worker";
import type { ActionId, Application } from "../rules/action-result";
import { countedWorkers } from "../rules/counted-workers";
import type { Evaluation } from "../rules/evaluate";
import { isManager } from "../rules/manager";
import { receivesPositionAllowance } from "../rules/position-allowance";
import { countLine, genderListSheet } from "./gender-list";
import type { ResultSheet } from "./result-sheet";
import type { SheetNamer } from "./sheet-name";

/** The form the report-time lists are attached to (p.18–19). */
const REPORT_FORM = "実績報告書（様式第8号別紙1）の提出書類";

interface ReportList {
  action: Extract<ActionId, "A" | "B">;
  sheet: string;
  what: string;
  role: string;
  holds: (worker: Worker) => boolean;
}

const LISTS: readonly ReportList[] = [
  {
    action: "A",
    sheet: "報告時_管理職一覧",
    what: "社内全体の管理職の男女別一覧",
    role: "管理職",
    holds: isManager,
  },
  {
    action: "B",
    sheet: "報告時_役職手当一覧",
    what: "社内全体の役職手当支給対象者の男女別一覧",
    role: "役職手当の支給対象",
    holds: receivesPositionAllowance,
  },
];

/** Who became a holder after the application, and who is the action's evidence person. */
function notes(
  list: ReportList,
  holders: readonly Worker[],
  before: ReadonlyMap<string, Worker>,
  evidence: string | null,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const w of holders) {
    const earlier = before.get(w.employeeId);
    const parts: string[] = [];
    if (w.employeeId === evidence) parts.push(`取組${list.action}の対象者`);
    if (earlier === undefined) parts.push("申請後に採用");
    else if (!list.holds(earlier)) parts.push(`申請後に${list.role}に就任`);
    out.set(w.employeeId, parts.join("・"));
  }
  return out;
}

/**
 * The report's 男女別一覧 (p.18–19): the company-wide managers (A) and 役職手当 recipients (B)
 * at the report date, each with the 就任日（採用日）the form asks for, the count at application
 * beside the count now, and the evidence person named in 備考.
 */
export function reportLists(
  app: Application,
  applicationWorkers: readonly Worker[],
  reportWorkers: readonly Worker[],
  evaluation: Evaluation | undefined,
  namer: SheetNamer,
  includeNames: boolean,
): ResultSheet[] {
  const now = countedWorkers(reportWorkers);
  const then = countedWorkers(applicationWorkers);
  const before = new Map(then.map((w) => [w.employeeId, w]));
  return LISTS.filter((list) => app.actions.includes(list.action)).map((list) => {
    const holders = now.filter(list.holds);
    const womenThen = then.filter((w) => w.gender === "woman" && list.holds(w)).length;
    const womenNow = holders.filter((w) => w.gender === "woman").length;
    const change = womenNow > womenThen ? `${womenNow - womenThen} 人増加` : "増えていません";
    const evidence = evaluation?.evaluated ? evaluation.actions[list.action].evidence : null;
    return genderListSheet({
      name: namer.name(list.sheet),
      title: `${list.what}（実績報告日時点・取組${list.action}・${REPORT_FORM}）`,
      summary: `${countLine(holders)}。女性は支給申請時 ${womenThen} 人 → 実績報告時 ${womenNow} 人（${change}）。`,
      workers: holders,
      includeNames,
      allowance: list.action === "B",
      appointment: { period: app.period },
      notes: notes(list, holders, before, evidence),
    });
  });
}
