import JSZip from "jszip";
import { actionPlanDocx } from "../../../shared/documents/action-plan-docx";
import { actionPlanDraft } from "../../../shared/documents/action-plan-draft";
import { resultReportText } from "../../../shared/documents/result-report-text";
import { demoApplicationCells, demoReportCells } from "../../../shared/demo/demo-company";
import { parseRoster } from "../../../shared/roster/parse-roster";
import type { Application } from "../../../shared/rules/action-result";
import { evaluateApplication } from "../../../shared/rules/evaluate";
import { publishFigures } from "../../../shared/rules/publish-figures";

const application = parseRoster(demoApplicationCells()).workers;
const report = parseRoster(demoReportCells()).workers;
const app: Application = {
  actions: ["A", "B", "C", "D"],
  targets: { A: "総合職", B: "総合職", C: "パートタイマー" },
  period: { start: "2025-08-01", end: "2026-01-31" },
};
const plan = actionPlanDraft(app, application, publishFigures(application, app.period.start));
const section = (heading: string) => plan.sections.find((s) => s.heading === heading)!.paragraphs;

describe("the action plan draft of the demo company (round 1)", () => {
  it("says it is a draft to finalise and file with 東京労働局", () => {
    expect(plan.notice).toContain("案");
    expect(plan.notice).toContain("東京労働局に届け出");
    expect(plan.sections.map((s) => s.heading)).toEqual([
      "1. 計画期間",
      "2. 当社の課題",
      "3. 目標",
      "4. 取組内容と実施時期",
    ]);
  });

  it("runs three years from the implementation period's start", () => {
    expect(section("1. 計画期間")[0]).toMatch(/^2025年8月1日〜2028年7月31日/);
  });

  it("states the issues from the application roster's ratios", () => {
    const issues = section("2. 当社の課題").join("\n");
    // 総合職: D001–D011, women D004, D006, D008 → 3/11 = 27.3%; パートタイマー 2/6 = 33.3%.
    expect(issues).toContain(
      "「総合職」の女性労働者の割合が 27.3%（11 人中 3 人）で、4割を下回っている（取組A・B）",
    );
    expect(issues.match(/「総合職」/g)).toHaveLength(1);
    expect(issues).toContain("「パートタイマー」の女性労働者の割合が 33.3%（6 人中 2 人）");
    // Managers D002, D003 (men), D004 (woman): 1/3 = 33.3%.
    expect(issues).toContain("管理職に占める女性の割合が 33.3%（3 人中 1 人）");
  });

  it("sets numeric targets from the counts: one more female manager and allowance recipient", () => {
    expect(plan.targets.A).toBe("女性管理職を 1 人から 2 人以上に増やす");
    expect(plan.targets.B).toBe("役職手当の支給対象となる女性従業員を 1 人から 2 人以上に増やす");
    expect(section("3. 目標")[0]).toBe(
      "目標（取組A）: 2026年1月31日までに、女性管理職を 1 人から 2 人以上に増やす",
    );
  });

  it("dates every measure inside the implementation period", () => {
    const measures = section("4. 取組内容と実施時期").filter((p) => p.startsWith("・"));
    expect(measures).toHaveLength(9); // two steps for each of A–D, and the training
    for (const m of measures) {
      const dates = [...m.matchAll(/(\d{4})年(\d{1,2})月(\d{1,2})日/g)].map(
        ([, y, mo, d]) => `${y}-${mo!.padStart(2, "0")}-${d!.padStart(2, "0")}`,
      );
      expect(dates.length).toBeGreaterThan(0);
      for (const d of dates) {
        expect(d >= app.period.start && d <= app.period.end).toBe(true);
      }
    }
    expect(measures[0]).toContain("2025年8月1日〜2025年9月30日");
    expect(measures[1]).toContain("2025年10月1日〜2026年1月31日");
  });

  it("is a Word document whose text reads back the same (word/document.xml)", async () => {
    const bytes = await actionPlanDocx(plan);
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("word/document.xml")!.async("string");
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("\n");
    expect(text).toContain("女性活躍推進法に基づく一般事業主行動計画（案）");
    expect(text).toContain("東京労働局に届け出");
    expect(text).toContain("4. 取組内容と実施時期");
    expect(text).toContain("女性管理職を 1 人から 2 人以上に増やす");
    expect(text.indexOf("【下書き】")).toBeLessThan(text.indexOf("1. 計画期間"));
  });
});

describe("the 様式第9号 text of the demo company", () => {
  const evaluation = evaluateApplication(app, application, report);
  const form = resultReportText(app, report, evaluation, plan);

  it("dates each achieved action by its evidence person's 就任日, with no name or employee number", () => {
    const done = form.sections.find((s) => s.heading === "取組時期及び内容")!.paragraphs;
    expect(done).toEqual([
      "・2025年10月1日　取組A: 女性従業員 1 名を管理職（課長級以上）に登用した（女性管理職 1 人 → 2 人）",
      "・2025年9月1日　取組B: 女性従業員 1 名を役職に就け、役職手当（月額）の支給を開始した（役職手当の支給対象の女性従業員 1 人 → 2 人）",
      "・2025年11月4日　取組C: 非正規従業員も登用可能な役職を新設し、女性の非正規従業員 1 名を登用した",
      "・2025年8月1日〜2026年1月31日中　取組D: 非正規従業員を対象とする退職金制度を導入し、女性の非正規従業員を対象とした",
    ]);
    for (const name of ["伊藤", "中村", "森", "D006", "D008", "D018"])
      expect(form.text).not.toContain(name);
  });

  it("repeats the plan's period and targets and sums up the training", () => {
    expect(form.text).toContain("【計画期間】\n2025年8月1日〜2028年7月31日");
    expect(form.text).toContain("・取組A: 女性管理職を 1 人から 2 人以上に増やす");
    // 24 counted workers on the report roster (D024 dispatched), trained on two days.
    expect(form.text).toContain("・実施日: 2025年12月10日、2025年12月17日");
    expect(form.text).toContain("・受講者数: 24 人 / 対象者数（全従業員）: 24 人（全員受講）");
  });

  it("leaves out an action that was not achieved, saying so", () => {
    const untrainedReport = report.filter((w) => w.employeeId !== "D006");
    const partial = resultReportText(
      app,
      untrainedReport,
      evaluateApplication(app, application, untrainedReport),
      plan,
    );
    expect(partial.text).toContain("・取組A: 未達成のため記載していません");
  });
});
