import { LoadState } from "../../../components/LoadState";
import { PageTitle } from "../../../components/PageTitle";
import { useI18n } from "../../../i18n/i18n-context";
import { fiscalYearLabel } from "../../../lib/format";
import { useAsync } from "../../../lib/use-async";
import { getYearSummary } from "../api/get-summary";
import { useIntroStyles } from "./intro-styles";
import { ActionsSection } from "./sections/ActionsSection";
import {
  GrantByRoundSection,
  PeopleByRoundSection,
  RecordsByRoundSection,
} from "./sections/ByRoundSections";
import { CategoriesSection } from "./sections/CategoriesSection";
import { KeyFiguresSection } from "./sections/KeyFiguresSection";
import { ManagerRatioSection, WageGapSection } from "./sections/PercentSections";
import { YearOverYearSection } from "./sections/YearOverYearSection";

/** 年度の概要: the fiscal year as a whole, with one line per round where it helps. */
export function OverviewPage({ fiscalYear }: { fiscalYear: number }) {
  const { t, lang } = useI18n();
  const styles = useIntroStyles();
  const [state, reload] = useAsync(() => getYearSummary(fiscalYear), String(fiscalYear));
  return (
    <>
      <PageTitle>{t("overviewTitle", { fy: fiscalYearLabel(fiscalYear, lang) })}</PageTitle>
      <p className={styles.intro}>{t("overviewIntro")}</p>
      <LoadState state={state} onRetry={reload}>
        {(summary) => (
          <>
            <KeyFiguresSection figures={summary.scope.figures} capacity={summary.scope.capacity} />
            <RecordsByRoundSection rounds={summary.rounds} />
            <ActionsSection figures={summary.scope.figures} />
            <PeopleByRoundSection rounds={summary.rounds} />
            <ManagerRatioSection scope={summary.scope} />
            <CategoriesSection figures={summary.scope.figures} />
            <WageGapSection scope={summary.scope} />
            <GrantByRoundSection rounds={summary.rounds} />
            <YearOverYearSection />
          </>
        )}
      </LoadState>
    </>
  );
}
