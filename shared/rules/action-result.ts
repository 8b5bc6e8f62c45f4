import type { DateRange } from "../dates/civil-date";

/** 取組1's actions: A 女性管理職の増加, B 役職手当の支給対象の女性従業員の増加, C 非正規従業員でも登用可能な役職の新設, D 非正規従業員の退職金制度の導入 (add-on). */
export const ACTION_IDS = ["A", "B", "C", "D"] as const;
export type ActionId = (typeof ACTION_IDS)[number];
/** The actions whose evidence persons must be different workers (p.7 ※). */
export type MatchedActionId = "A" | "B" | "C";

/** What the company applied for. */
export interface Application {
  actions: readonly ActionId[];
  /** 雇用管理区分 targeted by A and B, and the category of C's new position (normalised text). */
  targets: Partial<Record<MatchedActionId, string>>;
  /** The round's implementation period (実施期間), both ends inclusive. */
  period: DateRange;
}

/** A bilingual explanation; Japanese is what the UI and CLI show by default. */
export interface Reason {
  ja: string;
  en: string;
}

/** The verdict on one action, with everything needed to explain it. */
export interface ActionResult {
  action: ActionId;
  selected: boolean;
  /** The 40% condition (A–C) or "nothing covered yet" (D) on the application roster; null when no target was named. */
  eligibleAtApplication: boolean | null;
  achieved: boolean;
  /** The company-wide count the action compares, at application and at report. */
  before: number;
  after: number;
  /** 社員番号 of the evidence person, or null. */
  evidence: string | null;
  /** Spreadsheet row of the evidence person in the report roster. */
  evidenceRow: number | null;
  /** 社員番号 of every woman who could serve as evidence before the distinct-person rule. */
  candidates: string[];
  reasons: Reason[];
}
