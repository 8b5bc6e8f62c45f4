import { buildPublication } from "../../../dashboard/server/aggregation/build-publication";
import { generateAchievement } from "../../../dashboard/server/annual-report/achievement-text";
import { reiwaFiscalYear } from "../../../dashboard/server/annual-report/era";
import { reportCsv } from "../../../dashboard/server/annual-report/export-csv";
import { escapeHtml, reportHtml } from "../../../dashboard/server/annual-report/export-html";
import type { Plan } from "../../../dashboard/server/annual-report/plan";
import { PROGRAMME } from "../../../dashboard/server/messages/report-plan";
import { SAMPLE_PLAN_ITEMS } from "../../../dashboard/server/annual-report/sample-plan";
import {
  reportDocument,
  reportItems,
} from "../../../dashboard/server/annual-report/report-document";
import { makeRecord } from "../support/records";
import { referenceAggregate } from "../support/reference-aggregate";

const ROUNDS = [1, 2, 3, 4, 5, 6].map((round) => ({ round, capacity: 80 }));

/** A year's plan as policy staff might keep it: here the demo's sample items. */
const loadPlan = (): Plan => ({
  organisation: "テスト財団",
  programme: PROGRAMME,
  items: [...SAMPLE_PLAN_ITEMS],
});

describe("reiwaFiscalYear", () => {
  it.each([
    [2019, "令和元年度"],
    [2024, "令和6年度"],
    [2025, "令和7年度"],
  ])("%i → %s", (year, label) => expect(reiwaFiscalYear(year)).toBe(label));
});

describe("the demo's sample plan", () => {
  it("is marked as sample in every item, never another organisation's words", () => {
    expect(SAMPLE_PLAN_ITEMS.map((i) => [i.number, i.generator, i.path.length])).toEqual([
      ["8", "seminars", 3],
      ["19", "appointment", 3],
      ["47", "career", 3],
      ["164", "awareness", 3],
    ]);
    for (const item of SAMPLE_PLAN_ITEMS) {
      expect(item.title.startsWith("【サンプル】")).toBe(true);
      expect(item.planText).toContain("（サンプル）");
    }
  });
});

describe("generated achievement texts respect suppression", () => {
  const small = [
    ...Array.from({ length: 5 }, () => makeRecord()),
    makeRecord((r) => {
      r.round = 2;
      r.actions.selected.C = true;
      r.actions.achieved.C = true;
      r.projectedGrantYen = 600_000;
    }),
  ];
  const publication = buildPublication(referenceAggregate(small, 2025), ROUNDS);

  it("prints X (with the note) where a figure is suppressed, never its value", () => {
    const career = generateAchievement("career", publication);
    expect(publication.fiscalYearScope.figures.achieved.C.suppressed).toBe(true);
    expect(career).toContain("（取組C）をX社");
    expect(career).toContain("Xは3社未満");
    const seminars = generateAchievement("seminars", publication);
    // Numbers of companies are public (issue 14): round 2's one company is counted, its
    // figures are not.
    expect(seminars).toContain("提出した企業は6社");
    expect(seminars).toContain("第1回5社、第2回1社、第3回0社");
  });

  it("prints no note when nothing is suppressed, and nothing for generator none", () => {
    const big = buildPublication(
      referenceAggregate(
        // 10: no median of fewer companies is published (issue 14)
        Array.from({ length: 10 }, () => makeRecord()),
        2025,
      ),
      ROUNDS,
    );
    expect(generateAchievement("appointment", big)).not.toContain("X");
    expect(generateAchievement("none", big)).toBe("");
  });

  it("lays the plan out like seed 000: a heading row only where the hierarchy changes", () => {
    const plan = loadPlan();
    const document = reportDocument(plan, publication, reportItems(plan, publication, []));
    const headings = document.rows
      .filter((r) => r.kind === "heading")
      .map((r) => (r.kind === "heading" ? r.text : ""));
    expect(headings).toEqual([
      "I（サンプル）大項目",
      "1（サンプル）中項目",
      "(1)（サンプル）小項目",
      "(2)（サンプル）小項目",
      "(3)（サンプル）小項目",
      "II（サンプル）大項目",
      "1（サンプル）中項目",
      "(1)（サンプル）小項目",
    ]);
    const csv = reportCsv(document);
    // The organisation line first, as seed 000 has it above its table, then the header row.
    expect(csv.startsWith("\ufeffテスト財団,,,\r\n番号,項目,")).toBe(true);
    expect(document.title).toBe("テスト財団 令和7年度取組実績（東京都女性活躍推進計画）");
    expect(csv).toContain("\r\n");
    expect(reportHtml(document)).toContain("第2回");
  });

  it("escapes every HTML-significant character", () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });

  it("escapes formula-looking texts in CSV (=, +, -, @)", () => {
    const plan = loadPlan();
    const items = reportItems(plan, publication, [
      { itemId: "8", text: "+SUM(A1)", version: 1, updatedAt: "", updatedBy: null },
      { itemId: "19", text: "-2+3", version: 1, updatedAt: "", updatedBy: null },
      { itemId: "47", text: "@cmd", version: 1, updatedAt: "", updatedBy: null },
    ]);
    const csv = reportCsv(reportDocument(plan, publication, items));
    expect(csv).toContain(`"'+SUM(A1)"`);
    expect(csv).toContain(`"'-2+3"`);
    expect(csv).toContain(`"'@cmd"`);
  });
});
