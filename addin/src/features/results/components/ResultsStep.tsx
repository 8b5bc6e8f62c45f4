import { RatioChart } from "../../../charts/RatioChart";
import { NeedsRoster } from "../../../components/NeedsRoster";
import { ReasonList } from "../../../components/ReasonList";
import {
  ResultSheetsSection,
  type ResultSheetsProps,
} from "../../../components/ResultSheetsSection";
import { Section } from "../../../components/Section";
import { TitledMessage } from "../../../components/TitledMessage";
import { useI18n } from "../../../i18n/i18n-context";
import type { Derived } from "../../../evaluation/derive";
import type { PaneSettings } from "../../../settings/pane-settings";
import type { UpdateSettings } from "../../../settings/use-pane-settings";
import { CountsTable } from "./CountsTable";
import { Declarations } from "./Declarations";
import { RatioTable } from "./RatioTable";

interface Props {
  settings: Pick<PaneSettings, "declarations">;
  update: UpdateSettings;
  derived: Pick<Derived, "applicationSummary" | "reportSummary" | "applicationDate" | "incomplete">;
  sheets: ResultSheetsProps;
}

/** Step 3: ratios and verdicts per category, company eligibility, and the counts A and B compare. */
export function ResultsStep({ settings, update, derived, sheets }: Props) {
  const { t } = useI18n();
  const summary = derived.applicationSummary;
  if (summary === undefined)
    return (
      <div>
        <h2>{t("step.results")}</h2>
        <NeedsRoster text={t("check.needsRoster")} />
      </div>
    );
  const { eligibility } = summary;
  const categories = eligibility.categories;
  const below = categories.filter((c) => c.below40).map((c) => c.category);
  const met = eligibility.rosterConditionsMet;
  // Rows left out may hold the very workers that fail a condition: never a green verdict then.
  const draft = derived.incomplete !== null;
  return (
    <div>
      <h2>{t("step.results")}</h2>
      <Section title={t("results.ratioTitle")}>
        <RatioChart
          series={{
            labels: categories.map((c) => c.category),
            values: categories.map((c) => c.femaleRatioPercent),
          }}
          line={40}
          lineLabel={t("results.line40")}
          valueLabel={t("results.ratio")}
          summary={t("results.chartSummary", {
            count: categories.length,
            below: below.length > 0 ? below.join(t("list.separator")) : t("results.noneBelow"),
          })}
          caption={t("results.chartCaption")}
          loading={t("results.chartLoading")}
          table={<RatioTable categories={categories} />}
        />
      </Section>
      <Section title={t("results.eligibilityTitle")}>
        <TitledMessage
          intent={
            met === true ? (draft ? "warning" : "success") : met === false ? "error" : "warning"
          }
          title={
            met === true
              ? t(draft ? "draft.conditionsMet" : "results.conditionsMet")
              : met === false
                ? t("results.conditionsFailed")
                : t("results.conditionsUnknown")
          }
        >
          <ReasonList
            reasons={[
              ...eligibility.regularlyEmployed.reasons,
              ...eligibility.tokyoInsured.reasons,
            ]}
          />
          {eligibility.dispatchedExcluded > 0 &&
            t("results.dispatched", { count: eligibility.dispatchedExcluded })}
        </TitledMessage>
        <p>{t("results.asOf", { date: derived.applicationDate ?? "—" })}</p>
      </Section>
      <Section title={t("results.countsTitle")}>
        <CountsTable application={summary} report={derived.reportSummary} />
      </Section>
      <Section title={t("results.declarations")}>
        <Declarations settings={settings} update={update} />
      </Section>
      <ResultSheetsSection {...sheets} />
    </div>
  );
}
