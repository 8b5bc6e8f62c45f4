import type { ReportItem } from "../../../shared/api/annual-report";
import type { Figure, Publication, ScopePublication } from "../aggregation/publication";
import type { ReportText } from "../storage/storage";
import { generateAchievement } from "./achievement-text";
import { reiwaFiscalYear } from "./era";
import { REPORT_DOCUMENT_JA, SUPPRESSION_NOTE_JA } from "../messages/annual-report-text";
import type { PlanItem } from "../../../shared/api/report-plan";
import type { Plan } from "./plan";

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
    title: REPORT_DOCUMENT_JA.title(plan.organisation, era),
    organisation: plan.organisation,
    programme: plan.programme,
    columns: REPORT_DOCUMENT_JA.columns(era),
    rows,
    annex: annexTable(publication),
    notes: [SUPPRESSION_NOTE_JA, ...REPORT_DOCUMENT_JA.notes],
  };
}

const ANNEX_HEADER = REPORT_DOCUMENT_JA.annexHeader;

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
      ...publication.rounds.map((r) => annexRow(REPORT_DOCUMENT_JA.annexRound(r.round!), r)),
      annexRow(REPORT_DOCUMENT_JA.annexYear, publication.fiscalYearScope),
    ],
  };
}
