import { ACTION_IDS } from "../../../shared/rules/action-result";
import { demoApplicationCells, demoReportCells } from "../../../shared/demo/demo-company";
import { parseRoster } from "../../../shared/roster/parse-roster";
import { planDraftOf, resultReportOf } from "../../../addin/src/features/action-plan/plan-input";
import { publishAsOf } from "../../../addin/src/features/publish-figures/publish-as-of";
import { todayInTokyo } from "../../../shared/dates/today-in-tokyo";
import { derive } from "../../../addin/src/evaluation/derive";
import { defaultSettings, parseSettings } from "../../../addin/src/settings/pane-settings";
import { EMPTY_SESSION, type Session } from "../../../addin/src/app/session";

const sheet = (name: string) => ({ name, cells: [], firstRow: 1, firstColumn: 0, date1904: false });

describe("the publish figures' as-of date", () => {
  it("is the typed date, else today in Tokyo (a UTC evening is already tomorrow there)", () => {
    const evening = new Date("2026-03-31T20:00:00Z");
    expect(todayInTokyo(evening)).toBe("2026-04-01");
    expect(publishAsOf(" 2026-03-31 ", evening)).toBe("2026-03-31");
    expect(publishAsOf("", evening)).toBe("2026-04-01");
    expect(publishAsOf("2026-02-30", evening)).toBe("2026-04-01");
  });

  it("is kept in the settings, and a bad stored value falls back to blank alone", () => {
    expect(defaultSettings().publishAsOf).toBe("");
    const stored = JSON.stringify({ version: 1, settings: { publishAsOf: 42, round: 3 } });
    expect(parseSettings(stored)).toMatchObject({ publishAsOf: "", round: 3 });
  });
});

describe("the pane's plan draft and 様式第9号 text", () => {
  const settings = {
    ...defaultSettings(),
    actions: [...ACTION_IDS],
    targets: { A: "総合職", B: "総合職", C: "パートタイマー" },
    planFiled: true,
  };
  const application = { sheet: sheet("申請時"), read: parseRoster(demoApplicationCells()) };
  const report = { sheet: sheet("実績報告時"), read: parseRoster(demoReportCells()) };

  it("needs the application roster and chosen actions", () => {
    const none = derive(settings, EMPTY_SESSION);
    expect(planDraftOf(EMPTY_SESSION, none)).toBeUndefined();
    const noActions = { ...settings, actions: [] };
    const session: Session = { ...EMPTY_SESSION, application };
    expect(planDraftOf(session, derive(noActions, session))).toBeUndefined();
  });

  it("drafts the plan from the application, and the form 9 text once both rosters are judged", () => {
    const onlyApp: Session = { ...EMPTY_SESSION, application };
    const plan = planDraftOf(onlyApp, derive(settings, onlyApp));
    expect(plan?.targets.A).toBe("女性管理職を 1 人から 2 人以上に増やす");
    expect(resultReportOf(onlyApp, derive(settings, onlyApp))).toBeUndefined();
    const both: Session = { ...EMPTY_SESSION, application, report };
    const form = resultReportOf(both, derive(settings, both));
    expect(form?.text).toContain("・2025年10月1日\u3000取組A: 女性従業員 1 名を管理職");
  });
});
