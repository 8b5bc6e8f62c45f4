import { buildPublication } from "../../../dashboard/server/aggregation/build-publication";
import { generateAchievement } from "../../../dashboard/server/report/achievement-text";
import { reiwaFiscalYear } from "../../../dashboard/server/report/era";
import { reportCsv } from "../../../dashboard/server/report/export-csv";
import { escapeHtml, reportHtml } from "../../../dashboard/server/report/export-html";
import { loadPlan } from "../../../dashboard/server/report/plan";
import { reportDocument, reportItems } from "../../../dashboard/server/report/report-document";
import { makeRecord } from "../support/records";
import { referenceAggregate } from "../support/reference-aggregate";

const ROUNDS = [1, 2, 3, 4, 5, 6].map((round) => ({ round, capacity: 80 }));

describe("reiwaFiscalYear", () => {
  it.each([
    [2019, "令和元年度"],
    [2024, "令和6年度"],
    [2025, "令和7年度"],
  ])("%i → %s", (year, label) => expect(reiwaFiscalYear(year)).toBe(label));
});

describe("the plan file", () => {
  it("holds the items of seed 000 this programme serves, under the plan's hierarchy", () => {
    const plan = loadPlan();
    expect(plan.items.map((i) => [i.number, i.title, i.path.length])).toEqual([
      ["8", "研修・セミナー等の開催", 3],
      ["19", "好事例の共有", 3],
      ["47", "キャリア形成・能力開発支援", 3],
      ["164", "周知・普及啓発", 3],
    ]);
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
      "I ライフ・ワーク・バランスの実現と働く場における女性の活躍推進",
      "1 生活と仕事を両立し活躍できる環境づくり",
      "(1) 柔軟な働き方の普及・定着促進",
      "(2) 雇用機会の均等と女性の職域拡大・登用促進",
      "(3) 女性の就業継続やキャリア形成",
      "II 男女平等参画に向けたマインドチェンジ",
      "1 生活と仕事における意識改革",
      "(3) 男女平等参画に向けた意識改革",
    ]);
    const csv = reportCsv(document);
    expect(csv.startsWith("\ufeff番号,項目,")).toBe(true);
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
