import { Dropdown, Field, Option, Tab, TabList } from "@fluentui/react-components";
import { useState } from "react";
import { LoadState } from "../../../components/LoadState";
import { PageTitle } from "../../../components/PageTitle";
import { useI18n } from "../../../i18n/i18n-context";
import type { ScopePublication } from "../../../lib/api-types";
import { fiscalYearLabel, roundLabel } from "../../../lib/format";
import { roundNumbersOf } from "../../../app/fiscal-years";
import { useAsync } from "../../../lib/use-async";
import { getRoundSummary, getYearSummary } from "../api/get-summary";
import { useIntroStyles } from "./intro-styles";
import { BreakdownSection } from "./sections/BreakdownSection";

type Dimension = "sizeBand" | "industry";

/** 内訳: the year or one round by size band and by industry. */
export function BreakdownsPage({ fiscalYear }: { fiscalYear: number }) {
  const { t, lang } = useI18n();
  const styles = useIntroStyles();
  // 0: the whole fiscal year; N: round N of the year's schedule
  const [round, setRound] = useState(0);
  const [dimension, setDimension] = useState<Dimension>("sizeBand");
  const [state, reload] = useAsync<ScopePublication>(
    () =>
      round === 0
        ? getYearSummary(fiscalYear).then((s) => s.scope)
        : getRoundSummary(fiscalYear, round).then((s) => s.scope),
    `${fiscalYear}/${round}`,
  );
  const scopeLabel = round === 0 ? t("total") : roundLabel(round, lang);
  const scopes = [0, ...roundNumbersOf(fiscalYear)];
  return (
    <>
      <PageTitle>{t("breakdownsTitle", { fy: fiscalYearLabel(fiscalYear, lang) })}</PageTitle>
      <div className={styles.controls}>
        <Field label={t("breakdownScope")}>
          <Dropdown
            value={scopeLabel}
            selectedOptions={[String(round)]}
            onOptionSelect={(_, d) => setRound(Number(d.optionValue ?? 0))}
          >
            {scopes.map((n) => (
              <Option key={n} value={String(n)}>
                {n === 0 ? t("total") : roundLabel(n, lang)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <TabList
          selectedValue={dimension}
          onTabSelect={(_, d) => setDimension(d.value as Dimension)}
          aria-label={t("navBreakdowns")}
        >
          <Tab value="sizeBand" id="breakdown-tab-sizeBand">
            {t("bySizeBand")}
          </Tab>
          <Tab value="industry" id="breakdown-tab-industry">
            {t("byIndustry")}
          </Tab>
        </TabList>
      </div>
      <div role="tabpanel" aria-labelledby={`breakdown-tab-${dimension}`}>
        <LoadState state={state} onRetry={reload}>
          {(scope) =>
            dimension === "sizeBand" ? (
              <BreakdownSection
                rows={scope.bySizeBand}
                dimension={t("bySizeBand")}
                rowHeader={t("sizeBandHeader")}
                scopeLabel={scopeLabel}
              />
            ) : (
              <BreakdownSection
                rows={scope.byIndustry}
                dimension={t("byIndustry")}
                rowHeader={t("industryHeader")}
                scopeLabel={scopeLabel}
              />
            )
          }
        </LoadState>
      </div>
    </>
  );
}
