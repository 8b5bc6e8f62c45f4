import type { ColumnKey } from "./worker";

/** How a column's text becomes a value; decides the parser and the messages. */
export type ColumnKind = "text" | "enum" | "date" | "amount" | "hours";

/** One column of the roster template (ROSTER-TEMPLATE.md). */
export interface ColumnSpec {
  key: ColumnKey;
  /** The template's header: what messages name when the column is missing. */
  header: string;
  required: boolean;
  kind: ColumnKind;
  /** Other headers users write for the same column (matched like the header itself). */
  aliases: readonly string[];
}

/**
 * The template, in template order. Aliases are deliberately few: each one is a header that
 * could only mean this column; a guess (役職 for 職階 or 役職名?) would silently misread data.
 */
export const COLUMNS: readonly ColumnSpec[] = [
  { key: "employeeId", header: "社員番号", required: true, kind: "text", aliases: ["従業員番号"] },
  { key: "name", header: "氏名", required: false, kind: "text", aliases: [] },
  { key: "gender", header: "性別", required: true, kind: "enum", aliases: [] },
  { key: "category", header: "雇用管理区分", required: true, kind: "text", aliases: [] },
  { key: "employmentType", header: "雇用形態", required: true, kind: "enum", aliases: [] },
  { key: "term", header: "雇用期間", required: false, kind: "enum", aliases: [] },
  { key: "hireDate", header: "採用日", required: false, kind: "date", aliases: ["入社日"] },
  { key: "grade", header: "職階", required: true, kind: "enum", aliases: [] },
  { key: "positionTitle", header: "役職名", required: false, kind: "text", aliases: [] },
  { key: "appointmentDate", header: "就任日", required: false, kind: "date", aliases: [] },
  {
    key: "positionAllowance",
    header: "役職手当（月額）",
    required: false,
    kind: "amount",
    aliases: ["役職手当"],
  },
  { key: "retirementPlan", header: "退職金制度", required: false, kind: "enum", aliases: [] },
  { key: "workplace", header: "勤務地", required: false, kind: "enum", aliases: [] },
  { key: "employmentInsurance", header: "雇用保険", required: false, kind: "enum", aliases: [] },
  { key: "trainingDate", header: "研修受講日", required: false, kind: "date", aliases: [] },
  { key: "annualWage", header: "年間賃金", required: false, kind: "amount", aliases: [] },
  { key: "weeklyHours", header: "週所定労働時間", required: false, kind: "hours", aliases: [] },
  // Added by issue 16, after the original 17 so that rosters made from the older template
  // keep their column positions.
  { key: "officerEmployee", header: "使用人兼務", required: false, kind: "enum", aliases: [] },
  {
    key: "expectedOneYear",
    header: "1年以上雇用見込み",
    required: false,
    kind: "enum",
    aliases: ["1年以上の雇用見込み"],
  },
];

/** Position of each key in {@link COLUMNS}: the slot its value takes while a row is read. */
export const SLOT: Readonly<Record<ColumnKey, number>> = Object.fromEntries(
  COLUMNS.map((c, i) => [c.key, i]),
) as Record<ColumnKey, number>;

export function columnSpec(key: ColumnKey): ColumnSpec {
  return COLUMNS[SLOT[key]]!;
}
