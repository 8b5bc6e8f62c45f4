import { findRound } from "../../../../../../shared/schedule/find-round";
import type { RoundNumber } from "../../../../../../shared/schedule/round";
import { LoadState } from "../../../components/LoadState";
import { PageTitle } from "../../../components/PageTitle";
import { ReleaseNote } from "../../../components/ReleaseNote";
import { RoundNav } from "../../../components/RoundNav";
import { useI18n } from "../../../i18n/i18n-context";
import { fiscalYearLabel, roundLabel } from "../../../lib/format";
import { useAsync } from "../../../lib/use-async";
import { getRoundSummary } from "../api/get-summary";
import { useIntroStyles } from "./intro-styles";
import { ActionsSection } from "./sections/ActionsSection";
import { CategoriesSection } from "./sections/CategoriesSection";
import { KeyFiguresSection } from "./sections/KeyFiguresSection";
import { ManagerRatioSection, WageGapSection } from "./sections/PercentSections";

/** 回別: one application round (第1回–第6回) with the same sections as the year. */
export function RoundPage({ fiscalYear, round }: { fiscalYear: number; round: number }) {
  const { t, lang } = useI18n();
  const styles = useIntroStyles();
  const [state, reload] = useAsync(
    () => getRoundSummary(fiscalYear, round),
    `${fiscalYear}/${round}`,
  );
  const schedule = findRound(fiscalYear, round as RoundNumber);
  return (
    <>
      <PageTitle>
        {t("roundTitle", { fy: fiscalYearLabel(fiscalYear, lang), round: roundLabel(round, lang) })}
      </PageTitle>
      <RoundNav fiscalYear={fiscalYear} current={round} />
      {schedule && (
        <p className={styles.intro}>
          {t("roundPeriod", {
            start: schedule.implementation.start,
            end: schedule.implementation.end,
          })}
        </p>
      )}
      <LoadState state={state} onRetry={reload}>
        {(summary) => (
          <>
            <ReleaseNote release={summary.release} />
            <KeyFiguresSection figures={summary.scope.figures} capacity={summary.scope.capacity} />
            <ActionsSection figures={summary.scope.figures} />
            <ManagerRatioSection scope={summary.scope} />
            <CategoriesSection figures={summary.scope.figures} />
            <WageGapSection scope={summary.scope} />
          </>
        )}
      </LoadState>
    </>
  );
}
