import { incompleteResult } from "../roster/incomplete-result";
import type { Worker } from "../roster/worker";
import type { ActionId } from "../rules/action-result";
import { femaleRatioByCategory } from "../rules/female-ratio";
import { isManager } from "../rules/manager";
import { receivesPositionAllowance } from "../rules/position-allowance";
import type { Evaluation } from "../rules/evaluate";
import { wageGap } from "../rules/wage-gap";
import { countBySex } from "../evaluation/sex-count";
import type { Round } from "../schedule/round";
import {
  RECORD_LIMITS,
  statsRecordSchema,
  STATS_SCHEMA_VERSION,
  type IndustryCode,
  type StatsRecord,
} from "./record-schema";
import { sizeBandOf } from "./size-band";

export interface RecordInput {
  round: Pick<Round, "fiscalYear" | "round">;
  industry: IndustryCode | null;
  application: readonly Worker[];
  report: readonly Worker[];
  evaluation: Evaluation;
  /** 常時雇用する労働者 on the application date (definite count). */
  regularlyEmployed: number;
  submissionId: string;
  /** Rows each roster left out: while any is, no verdict is final and no record is made. */
  rejectedRows?: { application: readonly number[]; report: readonly number[] };
}

/** Why no record is made, for the pane and the CLI to tell apart. */
export type RecordRefusal = "incompleteRoster" | "notEvaluated" | "ineligible" | "over300";

/** Why no record can be made; the company is told rather than sent a wrong one. */
export class RecordRefused extends Error {
  constructor(
    readonly messageJa: string,
    readonly messageEn: string,
    readonly reason: RecordRefusal = "notEvaluated",
  ) {
    super(messageEn);
    this.name = "RecordRefused";
  }
}

function snapshot(workers: readonly Worker[]) {
  return {
    employees: countBySex(workers),
    regular: countBySex(workers, (w) => w.employmentType === "regular"),
    nonRegular: countBySex(workers, (w) => w.employmentType === "nonRegular"),
    managers: countBySex(workers, isManager),
    allowanceRecipients: countBySex(workers, receivesPositionAllowance),
    nonRegularRetirementCovered: countBySex(
      workers,
      (w) => w.employmentType === "nonRegular" && w.retirementPlan === true,
    ),
  };
}

function flags(evaluation: Evaluation, pick: "selected" | "achieved"): Record<ActionId, boolean> {
  const { A, B, C, D } = evaluation.actions;
  return { A: A[pick], B: B[pick], C: C[pick], D: D[pick] };
}

/**
 * Builds the anonymized record from the two snapshots and their evaluation. Only counts and
 * flags are copied out — never a worker, an ID, a category name or a date — and the result
 * is parsed by the same zod schema the server uses, so an invalid record cannot be produced.
 */
export function buildStatsRecord(input: RecordInput): StatsRecord {
  const incomplete = incompleteResult([
    {
      labelJa: "申請時",
      labelEn: "Application",
      read: { rejectedRows: [...(input.rejectedRows?.application ?? [])] },
    },
    {
      labelJa: "実績報告時",
      labelEn: "Report",
      read: { rejectedRows: [...(input.rejectedRows?.report ?? [])] },
    },
  ]);
  if (incomplete !== null)
    throw new RecordRefused(
      `名簿にエラーで除外された行があるため、統計レコードは送れません。${incomplete.messageJa}`,
      `No statistics record can be sent while roster rows are excluded. ${incomplete.messageEn}`,
      "incompleteRoster",
    );
  if (!input.evaluation.evaluated) {
    throw new RecordRefused(
      "申請内容が判定できないため、統計レコードを作れません。",
      "The application could not be evaluated, so no statistics record can be made.",
    );
  }
  if (input.evaluation.company.rosterConditionsMet === false) {
    const why = input.evaluation.company.failureReasons;
    throw new RecordRefused(
      `支給対象事業者の要件を満たさないため統計レコードを作れません: ${why.map((r) => r.ja).join(" ")}`,
      `The company does not meet the eligibility conditions, so no statistics record can be made: ${why.map((r) => r.en).join(" ")}`,
      "ineligible",
    );
  }
  const sizeBand = sizeBandOf(input.regularlyEmployed);
  if (!sizeBand) {
    throw new RecordRefused(
      `常時雇用する労働者が ${input.regularlyEmployed} 人で、300人以下の要件を満たさないため統計レコードを作れません。`,
      `${input.regularlyEmployed} regularly employed workers exceed the limit of 300: no statistics record can be made.`,
      "over300",
    );
  }
  const categories = femaleRatioByCategory(input.application).filter((c) => c.total > 0);
  const gap = wageGap(input.report);
  return withinLimits({
    schemaVersion: STATS_SCHEMA_VERSION,
    submissionId: input.submissionId,
    fiscalYear: input.round.fiscalYear,
    round: input.round.round,
    sizeBand,
    industry: input.industry,
    actions: {
      selected: flags(input.evaluation, "selected"),
      achieved: flags(input.evaluation, "achieved"),
    },
    counts: { application: snapshot(input.application), report: snapshot(input.report) },
    categories: { total: categories.length, below40: categories.filter((c) => c.below40).length },
    wageGap: {
      all: gap.all.percent,
      regular: gap.regular.percent,
      nonRegular: gap.nonRegular.percent,
    },
    training: {
      trained: input.evaluation.training.trained,
      total: input.evaluation.training.total,
      complete: input.evaluation.training.complete,
    },
    projectedGrantYen: input.evaluation.grant.yen,
  });
}

const FIELD_NAMES: Record<string, [ja: string, en: string]> = {
  "wageGap.all": ["男女の賃金の差異（全労働者）", "the wage gap (all workers)"],
  "wageGap.regular": ["男女の賃金の差異（正規）", "the wage gap (regular)"],
  "wageGap.nonRegular": ["男女の賃金の差異（非正規）", "the wage gap (non-regular)"],
};

/**
 * The record through the server's own schema: a figure outside the plausible ranges
 * (RECORD_LIMITS) is refused here with what to check, so the add-in never sends one.
 */
function withinLimits(candidate: unknown): StatsRecord {
  const parsed = statsRecordSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const path = issue.path.map(String).join(".");
  const [ja, en] = FIELD_NAMES[path] ?? [path, path];
  if (path.startsWith("wageGap.")) {
    throw new RecordRefused(
      `${ja}が ${RECORD_LIMITS.wageGapPercent}% を超えるため、統計レコードを作れません。賃金の列の単位（円・千円）や桁を確認してください。`,
      `${en} exceeds ${RECORD_LIMITS.wageGapPercent}%: no statistics record can be made. Check the unit (yen, thousands) and digits of the wage column.`,
    );
  }
  throw new RecordRefused(
    `統計レコードの項目「${ja}」が受け付けられる範囲の外です（人数は ${RECORD_LIMITS.headcount.toLocaleString("en")} 人まで）。名簿を確認してください。`,
    `The record field "${en}" is outside its accepted range (head counts up to ${RECORD_LIMITS.headcount.toLocaleString("en")}): check the roster.`,
  );
}
