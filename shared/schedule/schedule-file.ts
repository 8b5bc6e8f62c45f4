import { z } from "zod";
import { isCivilDate, type DateRange } from "../dates/civil-date";
import type { Reason } from "../rules/action-result";
import type { Round } from "./round";

/**
 * One fiscal year's schedule as the foundation publishes it in its 募集要項: a JSON file that
 * the CLI (`--schedule`), the task pane (import or the dashboard's copy) and the dashboard
 * (uploaded by admin) all read with this one schema. The program outlives FY2025, so the
 * rounds are data that the foundation maintains, never code.
 */
/**
 * The schema is built by a function, on first use: a page that configures zod before building
 * schemas (the task pane runs zod jitless under its CSP) must not find one built at import.
 */
export function buildScheduleFileSchema() {
  const civilDateText = z.string().refine(isCivilDate, { message: "date" }).describe("YYYY-MM-DD");
  const roundEntry = z
    .object({
      round: z.number().int().min(1).max(99),
      capacity: z.number().int().min(1).max(100_000),
      applicationStart: civilDateText,
      applicationEnd: civilDateText,
      periodStart: civilDateText,
      periodEnd: civilDateText,
      reportEnd: civilDateText,
    })
    .strict();
  return z
    .object({
      fiscalYear: z.number().int().min(2000).max(2100),
      source: z.string().trim().min(1).max(200),
      visitBlackouts: z.array(z.tuple([civilDateText, civilDateText])).max(50),
      rounds: z.array(roundEntry).min(1).max(99),
    })
    .strict();
}

let builtSchema: ReturnType<typeof buildScheduleFileSchema> | undefined;

export type ScheduleFile = z.infer<ReturnType<typeof buildScheduleFileSchema>>;

/** A fiscal year's schedule as the rules use it. */
export interface FiscalYearSchedule {
  fiscalYear: number;
  /** Where the dates come from (e.g. 「令和8年度 募集要項」), shown next to the table. */
  source: string;
  /** Days without expert visits besides weekends and holidays (年末年始), both ends inclusive. */
  visitBlackouts: DateRange[];
  /** Ordered by round number. */
  rounds: Round[];
}

/** One thing wrong with a schedule file, with the field it is in (`rounds[2].periodEnd`). */
export interface ScheduleProblem extends Reason {
  path: string;
}

export type ScheduleParse =
  { ok: true; schedule: FiscalYearSchedule } | { ok: false; problems: ScheduleProblem[] };

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) =>
      typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key),
    "",
  );
}

function issueReason(issue: z.core.$ZodIssue): Reason {
  if (issue.message === "date") {
    return {
      ja: "日付は YYYY-MM-DD の実在する日で書いてください",
      en: "must be an existing date written YYYY-MM-DD",
    };
  }
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? { ja: "必須の項目です", en: "is required" }
        : {
            ja: `型が違います（${issue.expected} が必要です）`,
            en: `has the wrong type (expected ${issue.expected})`,
          };
    case "unrecognized_keys":
      return {
        ja: `知らない項目があります: ${issue.keys.join(", ")}`,
        en: `has unknown fields: ${issue.keys.join(", ")}`,
      };
    case "too_small":
      return issue.origin === "array"
        ? {
            ja: `${String(issue.minimum)}件以上必要です`,
            en: `needs at least ${String(issue.minimum)} entries`,
          }
        : issue.origin === "string"
          ? { ja: "空にできません", en: "must not be empty" }
          : {
              ja: `${String(issue.minimum)} 以上にしてください`,
              en: `must be at least ${String(issue.minimum)}`,
            };
    case "too_big":
      return issue.origin === "array"
        ? {
            ja: `${String(issue.maximum)}件までです`,
            en: `allows at most ${String(issue.maximum)} entries`,
          }
        : issue.origin === "string"
          ? {
              ja: `${String(issue.maximum)}文字までです`,
              en: `allows at most ${String(issue.maximum)} characters`,
            }
          : {
              ja: `${String(issue.maximum)} 以下にしてください`,
              en: `must be at most ${String(issue.maximum)}`,
            };
    default:
      return { ja: "値が正しくありません", en: "is not valid" };
  }
}

function toSchedule(file: ScheduleFile): FiscalYearSchedule {
  return {
    fiscalYear: file.fiscalYear,
    source: file.source,
    visitBlackouts: file.visitBlackouts.map(([start, end]) => ({ start, end })),
    rounds: [...file.rounds]
      .sort((a, b) => a.round - b.round)
      .map((r) => ({
        fiscalYear: file.fiscalYear,
        round: r.round,
        capacity: r.capacity,
        application: { start: r.applicationStart, end: r.applicationEnd },
        implementation: { start: r.periodStart, end: r.periodEnd },
        reportUntil: r.reportEnd,
      })),
  };
}

/** The order the guideline's table implies, checked across the fields of one file. */
function orderProblems(file: ScheduleFile): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  const before = (path: string, a: string, b: string, ja: string, en: string): void => {
    if (a > b) problems.push({ path, ja, en });
  };
  file.visitBlackouts.forEach(([start, end], i) =>
    before(`visitBlackouts[${i}]`, start, end, "終了日が開始日より前です", "ends before it starts"),
  );
  const seen = new Set<number>();
  file.rounds.forEach((r, i) => {
    const at = `rounds[${i}]`;
    if (seen.has(r.round)) {
      problems.push({
        path: `${at}.round`,
        ja: `第${r.round}回が2回あります`,
        en: `round ${r.round} appears twice`,
      });
    }
    seen.add(r.round);
    before(
      `${at}.applicationEnd`,
      r.applicationStart,
      r.applicationEnd,
      "申請期間の終了日が開始日より前です",
      "the application window ends before it starts",
    );
    before(
      `${at}.periodStart`,
      r.applicationEnd,
      r.periodStart,
      "実施期間が申請期間の終了より前に始まります",
      "the implementation period starts before the application window ends",
    );
    before(
      `${at}.periodEnd`,
      r.periodStart,
      r.periodEnd,
      "実施期間の終了日が開始日より前です",
      "the implementation period ends before it starts",
    );
    before(
      `${at}.reportEnd`,
      r.periodEnd,
      r.reportEnd,
      "実績報告の期限が実施期間の終了より前です",
      "the report deadline is before the implementation period ends",
    );
  });
  // roundForDate relies on it: one day belongs to at most one application window.
  const windows = [...file.rounds].sort((a, b) =>
    a.applicationStart < b.applicationStart ? -1 : 1,
  );
  for (let i = 1; i < windows.length; i++) {
    const prev = windows[i - 1]!;
    const next = windows[i]!;
    if (next.applicationStart <= prev.applicationEnd) {
      problems.push({
        path: `rounds[${file.rounds.indexOf(next)}].applicationStart`,
        ja: `第${next.round}回の申請期間が第${prev.round}回と重なっています`,
        en: `the application window of round ${next.round} overlaps round ${prev.round}`,
      });
    }
  }
  return problems;
}

/**
 * Reads a schedule file's parsed JSON. Every problem names its field, so the person who typed
 * the file can fix it without reading code.
 */
export function parseScheduleFile(json: unknown): ScheduleParse {
  builtSchema ??= buildScheduleFileSchema();
  const parsed = builtSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: pathText(issue.path) || "(ファイル全体)",
        ...issueReason(issue),
      })),
    };
  }
  const problems = orderProblems(parsed.data);
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, schedule: toSchedule(parsed.data) };
}

/** The file form of a schedule (what `rounds --json` prints and the dashboard serves). */
export function toScheduleFile(schedule: FiscalYearSchedule): ScheduleFile {
  return {
    fiscalYear: schedule.fiscalYear,
    source: schedule.source,
    visitBlackouts: schedule.visitBlackouts.map((b) => [b.start, b.end]),
    rounds: schedule.rounds.map((r) => ({
      round: r.round,
      capacity: r.capacity,
      applicationStart: r.application.start,
      applicationEnd: r.application.end,
      periodStart: r.implementation.start,
      periodEnd: r.implementation.end,
      reportEnd: r.reportUntil,
    })),
  };
}

/** The problem of a file that is not JSON at all (the CLI, the pane and the page say it alike). */
export function notJsonProblem(): ScheduleProblem {
  return {
    path: "(ファイル全体)",
    ja: "JSON として読めません。募集要項の日程ファイル（.json）を選んでください",
    en: "is not valid JSON; choose a schedule file (.json)",
  };
}

/** One line per problem, for the CLI and the pane: 「rounds[2].periodEnd: …」. */
export function scheduleProblemText(problem: ScheduleProblem, lang: "ja" | "en"): string {
  return `${problem.path}: ${lang === "ja" ? problem.ja : problem.en}`;
}
