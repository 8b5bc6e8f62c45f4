import { Spinner } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import type { WorkbookHost } from "../../workbook-host";
import type { Derived } from "../evaluation/derive";
import type { IssueActions } from "../features/check/use-issue-actions";
import { RosterStep } from "../features/roster/components/RosterStep";
import type { RosterActions } from "../features/roster/use-roster-actions";
import type { ResultSheetActions } from "../features/results/use-result-sheet-actions";
import type { PaneSettings } from "../settings/pane-settings";
import type { UpdateSettings } from "../settings/use-pane-settings";
import type { Session } from "./session";
import { DraftNotice } from "../components/DraftNotice";
import type { StepId } from "./steps";

// The first step ships with the pane; the others load when first opened, which keeps the
// initial download small (the 250 KB gzip budget) in Excel's webview.
const CheckStep = lazy(() =>
  import("../features/check/components/CheckStep").then((m) => ({ default: m.CheckStep })),
);
const ResultsStep = lazy(() =>
  import("../features/results/components/ResultsStep").then((m) => ({ default: m.ResultsStep })),
);
const ApplicationStep = lazy(() =>
  import("../features/application/components/ApplicationStep").then((m) => ({
    default: m.ApplicationStep,
  })),
);
const AchievementReportStep = lazy(() =>
  import("../features/achievement-report/components/AchievementReportStep").then((m) => ({
    default: m.AchievementReportStep,
  })),
);
const WageGapStep = lazy(() =>
  import("../features/wage-gap/components/WageGapStep").then((m) => ({ default: m.WageGapStep })),
);
const ActionPlanStep = lazy(() =>
  import("../features/action-plan/components/ActionPlanStep").then((m) => ({
    default: m.ActionPlanStep,
  })),
);
const PublishFiguresStep = lazy(() =>
  import("../features/publish-figures/components/PublishFiguresStep").then((m) => ({
    default: m.PublishFiguresStep,
  })),
);
const RecordStep = lazy(() =>
  import("../features/record/components/RecordStep").then((m) => ({ default: m.RecordStep })),
);

/** Everything the pane holds; each step is handed only the part it uses. */
export interface PaneModel {
  host: WorkbookHost;
  settings: PaneSettings;
  update: UpdateSettings;
  session: Session;
  derived: Derived;
  actions: { roster: RosterActions; issues: IssueActions; sheets: ResultSheetActions };
}

function Step({ step, pane }: { step: StepId; pane: PaneModel }) {
  const { host, settings, update, session, derived, actions } = pane;
  const sheets = {
    hostKind: host.kind,
    settings,
    update,
    busy: session.busy !== null,
    draft: derived.incomplete !== null,
    writeResultSheets: actions.sheets.writeResultSheets,
  };
  switch (step) {
    case "roster":
      return (
        <RosterStep
          hostKind={host.kind}
          settings={settings}
          update={update}
          session={session}
          derived={derived}
          actions={actions.roster}
        />
      );
    case "check":
      return (
        <CheckStep
          hostKind={host.kind}
          session={session}
          derived={derived}
          actions={{ check: actions.roster.check, selectIssue: actions.issues.selectIssue }}
        />
      );
    case "results":
      return <ResultsStep settings={settings} update={update} derived={derived} sheets={sheets} />;
    case "application":
      return (
        <ApplicationStep settings={settings} update={update} session={session} derived={derived} />
      );
    case "report":
      return (
        <AchievementReportStep
          settings={settings}
          update={update}
          session={session}
          derived={derived}
          sheets={sheets}
        />
      );
    case "wageGap":
      return (
        <WageGapStep settings={settings} update={update} session={session} derived={derived} />
      );
    case "record":
      return <RecordStep settings={settings} update={update} session={session} derived={derived} />;
    case "actionPlan":
      return <ActionPlanStep session={session} derived={derived} />;
    case "publishFigures":
      return (
        <PublishFiguresStep
          settings={settings}
          update={update}
          session={session}
          derived={derived}
          sheets={sheets}
        />
      );
  }
}

/** Steps that show a verdict, a figure or something to hand in: drafts while rows are left out. */
const RESULT_STEPS: readonly StepId[] = ["results", "application", "report", "wageGap", "record"];

/** The step the user is on; the others are not rendered (a narrow pane shows one thing at a time). */
export function StepPanel({ step, pane }: { step: StepId; pane: PaneModel }) {
  const { incomplete } = pane.derived;
  return (
    <>
      {incomplete !== null && RESULT_STEPS.includes(step) && (
        <DraftNotice incomplete={incomplete} onFix={() => pane.update({ tab: "check" })} />
      )}
      <Suspense fallback={<Spinner size="small" />}>
        <Step step={step} pane={pane} />
      </Suspense>
    </>
  );
}
