import type { Worker } from "../roster/worker";
import type { Application, MatchedActionId } from "../rules/action-result";
import { countedWorkers } from "../rules/counted-workers";
import { isBelow40 } from "../rules/female-ratio";
import { isManager } from "../rules/manager";
import { receivesPositionAllowance } from "../rules/position-allowance";
import { textKey } from "../rules/text-key";
import { countLine, genderListSheet } from "./gender-list";
import type { ResultSheet } from "./result-sheet";
import type { SheetNamer } from "./sheet-name";

/** The form the application-time lists are attached to (確認用提出書類, p.16). */
const APPLICATION_FORM = "支給申請書（様式第1号別紙2）の確認用提出書類";

function ratioVerdict(workers: readonly Worker[]): string {
  const women = workers.filter((w) => w.gender === "woman").length;
  const total = workers.length;
  if (total === 0) return "労働者がいないため女性比率がありません。";
  if (isBelow40(women, total)) return "女性労働者の割合が4割を下回っています。";
  return women * 5 === total * 2
    ? "女性労働者の割合がちょうど4割で、4割を下回っていません（対象外）。"
    : "女性労働者の割合が4割を下回っていません（対象外）。";
}

/** One list per distinct target category: A and B share the "増加対象" list, C has its own heading. */
function categoryLists(
  app: Application,
  workers: readonly Worker[],
  dispatched: readonly Worker[],
  namer: SheetNamer,
  includeNames: boolean,
): ResultSheet[] {
  const groups: {
    kind: "increase" | "newPosition";
    category: string;
    actions: MatchedActionId[];
  }[] = [];
  for (const action of ["A", "B", "C"] as const) {
    const target = app.targets[action];
    if (!app.actions.includes(action) || target === undefined || textKey(target) === "") continue;
    const kind = action === "C" ? "newPosition" : "increase";
    const category = textKey(target);
    const group = groups.find((g) => g.kind === kind && g.category === category);
    if (group) group.actions.push(action);
    else groups.push({ kind, category, actions: [action] });
  }
  return groups.map((g) => {
    const members = workers.filter((w) => textKey(w.category) === g.category);
    const excluded = dispatched.filter((w) => textKey(w.category) === g.category).length;
    const what =
      g.kind === "increase" ? "増加対象とする雇用管理区分" : "新設する役職と同一の雇用管理区分";
    const actions = `取組${g.actions.join("・")}`;
    const note = excluded > 0 ? `派遣労働者 ${excluded} 人は数えていません。` : "";
    return genderListSheet({
      name: namer.name(`申請時_${g.kind === "increase" ? "区分" : "C区分"}_${g.category}`),
      title: `${what}「${g.category}」の男女別一覧（支給申請日時点・${actions}・${APPLICATION_FORM}）`,
      summary: `${countLine(members)}。${ratioVerdict(members)}${note}`,
      workers: members,
      includeNames,
    });
  });
}

/**
 * The 男女別一覧 the application needs for the chosen actions (p.16): the target category's
 * list (A, B; the new position's category for C), the company-wide managers (A) and the
 * company-wide 役職手当 recipients (B), all on the application-date roster.
 */
export function applicationLists(
  app: Application,
  applicationWorkers: readonly Worker[],
  namer: SheetNamer,
  includeNames: boolean,
): ResultSheet[] {
  const workers = countedWorkers(applicationWorkers);
  const dispatched = applicationWorkers.filter((w) => w.employmentType === "dispatched");
  const sheets = categoryLists(app, workers, dispatched, namer, includeNames);
  if (app.actions.includes("A")) {
    const managers = workers.filter(isManager);
    sheets.push(
      genderListSheet({
        name: namer.name("申請時_管理職一覧"),
        title: `社内全体の管理職の男女別一覧（支給申請日時点・取組A・${APPLICATION_FORM}）`,
        summary: `${countLine(managers)}。管理職は課長級以上（役員を除く）です。`,
        workers: managers,
        includeNames,
      }),
    );
  }
  if (app.actions.includes("B")) {
    const recipients = workers.filter(receivesPositionAllowance);
    sheets.push(
      genderListSheet({
        name: namer.name("申請時_役職手当一覧"),
        title: `社内全体の役職手当支給対象者の男女別一覧（支給申請日時点・取組B・${APPLICATION_FORM}）`,
        summary: `${countLine(recipients)}。管理職ではない役職者に毎月支給される役職手当です（管理職手当を除く）。`,
        workers: recipients,
        includeNames,
        allowance: true,
      }),
    );
  }
  return sheets;
}
