import { FigureTable } from "../../../../components/FigureTable";
import { LoadState } from "../../../../components/LoadState";
import { Section } from "../../../../components/Section";
import { fiscalYears } from "../../../../app/fiscal-years";
import { useI18n } from "../../../../i18n/i18n-context";
import type { GroupFigures } from "../../../../lib/api-types";
import { fiscalYearLabel } from "../../../../lib/format";
import { useAsync } from "../../../../lib/use-async";
import { getYearSummary } from "../../api/get-summary";
import { useFormats } from "../use-formats";

/** The published figures of every fiscal year that has them (a year not yet published is left out). */
async function publishedYears(): Promise<{ fiscalYear: number; figures: GroupFigures }[]> {
  const years = fiscalYears();
  const answers = await Promise.allSettled(years.map((fy) => getYearSummary(fy)));
  return answers.flatMap((answer, i) =>
    answer.status === "fulfilled"
      ? [{ fiscalYear: years[i]!, figures: answer.value.scope.figures }]
      : [],
  );
}

/**
 * 年度の比較: the headline figures year by year, once two or more fiscal years are published.
 * Each year's figures are those its own disclosure control released; nothing is recombined.
 */
export function YearOverYearSection() {
  const { t, lang } = useI18n();
  const f = useFormats();
  const [state, reload] = useAsync(publishedYears, "year-over-year");
  return (
    <LoadState state={state} onRetry={reload}>
      {(years) =>
        years.length < 2 ? null : (
          <Section title={t("yearOverYearTitle")} note={t("yearOverYearNote")}>
            <FigureTable
              caption={t("yearOverYearTitle")}
              rowHeader={t("fiscalYear")}
              columns={[
                { label: t("companies"), format: f.count },
                { label: t("yoyAchievedA"), format: f.count },
                { label: t("yoyAchievedB"), format: f.count },
                { label: t("newFemaleManagers"), format: f.count },
                { label: t("trainingComplete"), format: f.count },
                { label: t("projectedGrantYen"), format: f.yen },
                { label: t("yoyWageGapMedian"), format: f.percent },
              ]}
              rows={years.map(({ fiscalYear, figures }) => ({
                label: fiscalYearLabel(fiscalYear, lang),
                cells: [
                  figures.companies,
                  figures.achieved.A,
                  figures.achieved.B,
                  figures.sums.newFemaleManagers,
                  figures.trainingComplete,
                  figures.sums.projectedGrantYen,
                  figures.stats.wageGapAll.median,
                ],
              }))}
            />
          </Section>
        )
      }
    </LoadState>
  );
}
