import type { ReportItem } from "../../../shared/api/annual-report";
import type { Figure, Publication, ScopePublication } from "../aggregation/publication";
import type { ReportText } from "../storage/storage";
import { generateAchievement } from "./achievement-text";
import { reiwaFiscalYear } from "./era";
import { SUPPRESSION_NOTE_JA } from "./format-figure";
import type { Plan, PlanItem } from "./plan";

/** An item with its generated and (if any) edited 取組実績: the API contract's shape. */
export type { ReportItem };

export type ReportRow =
  | { kind: "heading"; level: number; text: string }
  | { kind: "item"; number: string; title: string; planText: string; achievement: string };

/** A figure of the statistics annex and how many decimals it is shown with. */
export interface AnnexCell {
  figure: Figure;
  digits: number;
}

/** The statistics annex: one row per round and one for the year, after disclosure control. */
export interface AnnexTable {
  header: string[];
  rows: { label: string; cells: AnnexCell[] }[];
}

export interface ReportDocument {
  fiscalYear: number;
  title: string;
  organisation: string;
  programme: string;
  columns: [string, string, string, string];
  rows: ReportRow[];
  annex: AnnexTable;
  notes: string[];
}

export function reportItems(
  plan: Plan,
  publication: Publication,
  texts: readonly ReportText[],
): ReportItem[] {
  const edited = new Map(texts.map((t) => [t.itemId, t]));
  return plan.items.map((item: PlanItem) => {
    const generatedText = generateAchievement(item.generator, publication);
    const saved = edited.get(item.id);
    const editedText = saved?.text ?? null;
    return {
      id: item.id,
      number: item.number,
      path: [...item.path],
      title: item.title,
      planText: item.planText,
      generatedText,
      editedText,
      text: editedText ?? generatedText,
      version: saved?.version ?? 0,
      updatedAt: saved?.updatedAt ?? null,
    };
  });
}

/** The plan table in the layout of the annual report: a heading row whenever the path changes. */
export function reportDocument(
  plan: Plan,
  publication: Publication,
  items: readonly ReportItem[],
): ReportDocument {
  const rows: ReportRow[] = [];
  let previous: readonly string[] = [];
  for (const item of items) {
    // From the first level that differs from the item before, every level is a new heading.
    const firstNew = item.path.findIndex((heading, level) => previous[level] !== heading);
    if (firstNew >= 0) {
      item.path.slice(firstNew).forEach((text, i) => {
        rows.push({ kind: "heading", level: firstNew + i, text });
      });
    }
    previous = item.path;
    rows.push({
      kind: "item",
      number: item.number,
      title: item.title,
      planText: item.planText,
      achievement: item.text,
    });
  }
  const era = reiwaFiscalYear(publication.fiscalYear);
  return {
    fiscalYear: publication.fiscalYear,
    title: `${plan.organisation} ${era}取組実績（東京都女性活躍推進計画）`,
    organisation: plan.organisation,
    programme: plan.programme,
    columns: ["番号", "項目", "「東京都女性活躍推進計画」記載の内容", `${era}取組実績`],
    rows,
    annex: annexTable(publication),
    notes: [
      SUPPRESSION_NOTE_JA,
      "数値は実績報告時に企業から提出された統計データ（氏名等を含まない集計値）によります。奨励金の額は見込額であり、交付決定額ではありません。",
      "新たに管理職に就いた女性の数は、企業ごとに「実績報告時 − 申請時」の女性管理職数（0未満は0）を合計したものです。",
    ],
  };
}

const ANNEX_HEADER = [
  "区分",
  "定員",
  "提出企業数",
  "取組A 達成",
  "取組B 達成",
  "取組C 達成",
  "取組D 達成",
  "新たに管理職に就いた女性（人）",
  "新たに役職手当の対象となった女性（人）",
  "研修完了企業数",
  "奨励金見込額（円）",
  "賃金の差異 中央値（全労働者, %）",
];

function annexRow(label: string, scope: ScopePublication): AnnexTable["rows"][number] {
  const f = scope.figures;
  const count = (figure: Figure): AnnexCell => ({ figure, digits: 0 });
  return {
    label,
    cells: [
      count({ value: scope.capacity, suppressed: false }),
      count(f.companies),
      count(f.achieved.A),
      count(f.achieved.B),
      count(f.achieved.C),
      count(f.achieved.D),
      count(f.sums.newFemaleManagers),
      count(f.sums.newFemaleAllowanceRecipients),
      count(f.trainingComplete),
      count(f.sums.projectedGrantYen),
      { figure: f.stats.wageGapAll.median, digits: 1 },
    ],
  };
}

function annexTable(publication: Publication): AnnexTable {
  return {
    header: ANNEX_HEADER,
    rows: [
      ...publication.rounds.map((r) => annexRow(`第${r.round}回`, r)),
      annexRow("年度計", publication.fiscalYearScope),
    ],
  };
}
