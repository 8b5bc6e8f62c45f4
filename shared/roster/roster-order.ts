import type { CivilDate } from "../dates/civil-date";
import { normalizeText } from "./normalize-text";
import type { Worker } from "./worker";

/** A roster offered as one of the two snapshots: its file or sheet name and its workers. */
export interface RosterCandidate {
  /** File name and/or sheet name, as the user chose it ("実績報告時名簿.csv", "申請時"). */
  name: string;
  workers: readonly Worker[];
}

export interface OrderClue {
  /** Points toward "swapped" (> 0) or toward "as given" (< 0). */
  weight: number;
  ja: string;
  en: string;
}

export interface RosterOrderJudgement {
  /** The evidence says the application and report rosters were given the wrong way round. */
  looksSwapped: boolean;
  /** The evidence points one way without contradiction; otherwise ask the user. */
  confident: boolean;
  clues: OrderClue[];
}

type NameRole = "application" | "report" | undefined;

/** 申請 → application; 実績 / 報告 → report; both or neither → no clue. */
export function roleFromName(name: string): NameRole {
  const s = normalizeText(name);
  const application = s.includes("申請");
  const report = s.includes("実績") || s.includes("報告");
  if (application === report) return undefined;
  return application ? "application" : "report";
}

function countAfter(workers: readonly Worker[], date: CivilDate): number {
  let n = 0;
  for (const w of workers)
    if (
      (w.hireDate !== undefined && w.hireDate > date) ||
      (w.appointmentDate !== undefined && w.appointmentDate > date)
    )
      n++;
  return n;
}

/** The latest of a worker's hire, appointment and training dates. */
function latest(w: Worker): CivilDate | undefined {
  let max: CivilDate | undefined;
  for (const d of [w.hireDate, w.appointmentDate, w.trainingDate])
    if (d !== undefined && (max === undefined || d > max)) max = d;
  return max;
}

/**
 * Judges from names and content whether two rosters given as (application, report) look
 * swapped: 申請 / 実績・報告 in the names; hire or appointment dates after the application
 * date in the application roster (impossible there) but not in the report roster; the same
 * workers carrying later dates in the application roster than in the report roster.
 */
export function judgeRosterOrder(
  application: RosterCandidate,
  report: RosterCandidate,
  applicationDate?: CivilDate,
): RosterOrderJudgement {
  const clues: OrderClue[] = [];
  const appRole = roleFromName(application.name);
  const repRole = roleFromName(report.name);
  if (appRole === "report")
    clues.push({
      weight: 2,
      ja: `申請時の名簿として選ばれた「${application.name}」の名前は実績報告時の名簿を示しています。`,
      en: `"${application.name}", chosen as the application roster, is named like a report roster.`,
    });
  if (repRole === "application")
    clues.push({
      weight: 2,
      ja: `実績報告時の名簿として選ばれた「${report.name}」の名前は申請時の名簿を示しています。`,
      en: `"${report.name}", chosen as the report roster, is named like an application roster.`,
    });
  if (appRole === "application" || repRole === "report")
    clues.push({
      weight: -2,
      ja: "ファイル・シートの名前は選ばれた順と合っています。",
      en: "The file or sheet names match the order given.",
    });

  if (applicationDate !== undefined) {
    const appAfter = countAfter(application.workers, applicationDate);
    const repAfter = countAfter(report.workers, applicationDate);
    if (appAfter > 0 && repAfter === 0)
      clues.push({
        weight: 2,
        ja: `申請時の名簿に申請日（${applicationDate}）より後の採用日・就任日が ${appAfter} 人分あり、実績報告時の名簿にはありません。`,
        en: `The application roster has ${appAfter} hire or appointment date(s) after the application date (${applicationDate}); the report roster has none.`,
      });
    else if (repAfter > 0 && appAfter === 0)
      clues.push({
        weight: -1,
        ja: "申請日より後の採用日・就任日は実績報告時の名簿にだけあります。",
        en: "Dates after the application date appear only in the report roster.",
      });
  }

  const reportById = new Map(report.workers.map((w) => [w.employeeId, w]));
  let laterInApplication = 0;
  let laterInReport = 0;
  for (const w of application.workers) {
    const other = reportById.get(w.employeeId);
    if (other === undefined) continue;
    const a = latest(w);
    const r = latest(other);
    if (a !== undefined && (r === undefined || a > r)) laterInApplication++;
    else if (r !== undefined && (a === undefined || r > a)) laterInReport++;
  }
  if (laterInApplication > laterInReport)
    clues.push({
      weight: laterInReport === 0 ? 2 : 1,
      ja: `同じ社員番号の ${laterInApplication} 人で、申請時の名簿のほうが新しい日付（採用日・就任日・研修受講日）を持っています。`,
      en: `For ${laterInApplication} worker(s) with the same ID, the application roster carries the later dates (hire, appointment, training).`,
    });
  else if (laterInReport > laterInApplication)
    clues.push({
      weight: -1,
      ja: "同じ社員番号の人の新しい日付は実績報告時の名簿にあります。",
      en: "The later dates of the same workers are in the report roster.",
    });

  const toward = clues.filter((c) => c.weight > 0).reduce((n, c) => n + c.weight, 0);
  const against = clues.filter((c) => c.weight < 0).reduce((n, c) => n - c.weight, 0);
  return {
    looksSwapped: toward > against,
    confident: (toward === 0) !== (against === 0),
    clues,
  };
}

/**
 * Which of two rosters is the application roster: by content and name, never by the order
 * they were chosen in alone. `confident: false` means the pane should ask.
 */
export function assignRosters(
  first: RosterCandidate,
  second: RosterCandidate,
  applicationDate?: CivilDate,
): {
  application: RosterCandidate;
  report: RosterCandidate;
  confident: boolean;
  clues: OrderClue[];
} {
  const judgement = judgeRosterOrder(first, second, applicationDate);
  return judgement.looksSwapped
    ? { application: second, report: first, confident: judgement.confident, clues: judgement.clues }
    : {
        application: first,
        report: second,
        confident: judgement.confident,
        clues: judgement.clues,
      };
}
