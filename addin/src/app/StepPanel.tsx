import { Spinner } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import type { StepProps } from "../state/step-props";
import { RosterStep } from "../features/roster/components/RosterStep";
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
const ReportStep = lazy(() =>
  import("../features/report/components/ReportStep").then((m) => ({ default: m.ReportStep })),
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

function Step({ step, props }: { step: StepId; props: StepProps }) {
  switch (step) {
    case "roster":
      return <RosterStep {...props} />;
    case "check":
      return <CheckStep {...props} />;
    case "results":
      return <ResultsStep {...props} />;
    case "application":
      return <ApplicationStep {...props} />;
    case "report":
      return <ReportStep {...props} />;
    case "wageGap":
      return <WageGapStep {...props} />;
    case "record":
      return <RecordStep {...props} />;
    case "actionPlan":
      return <ActionPlanStep {...props} />;
    case "publishFigures":
      return <PublishFiguresStep {...props} />;
  }
}

/** The step the user is on; the others are not rendered (a narrow pane shows one thing at a time). */
export function StepPanel({ step, props }: { step: StepId; props: StepProps }) {
  return (
    <Suspense fallback={<Spinner size="small" />}>
      <Step step={step} props={props} />
    </Suspense>
  );
}
