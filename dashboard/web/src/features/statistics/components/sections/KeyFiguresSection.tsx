import { KeyFigure, KeyFigureRow } from "../../../../components/KeyFigure";
import { Section } from "../../../../components/Section";
import { SuppressionNote } from "../../../../components/SuppressionNote";
import { useI18n } from "../../../../i18n/i18n-context";
import type { Figure, GroupFigures } from "../../../../lib/api-types";
import { formatPercent, ratioFigure } from "../../../../lib/format";
import { anyMissing, anySuppressed, knownFigure } from "../../../../lib/suppression";
import { useFormats } from "../use-formats";

/** Headline numbers of a round or the year: reports vs capacity, women appointed, training, grant. */
export function KeyFiguresSection({
  figures,
  capacity,
}: {
  figures: GroupFigures;
  capacity: number;
}) {
  const { t, lang } = useI18n();
  const f = useFormats();
  const shown: Figure[] = [
    figures.companies,
    figures.sums.newFemaleManagers,
    figures.sums.newFemaleAllowanceRecipients,
    figures.trainingComplete,
    figures.sums.projectedGrantYen,
  ];
  const share = (part: Figure) => formatPercent(ratioFigure(part, figures.companies), lang);
  return (
    <Section title={t("keyFigures")} note={t("projectionNote")}>
      <KeyFigureRow>
        <KeyFigure
          label={t("companies")}
          value={f.count(figures.companies)}
          detail={`${t("capacity")} ${f.count(knownFigure(capacity))}`}
        />
        <KeyFigure label={t("newFemaleManagers")} value={f.count(figures.sums.newFemaleManagers)} />
        <KeyFigure
          label={t("newFemaleAllowanceRecipients")}
          value={f.count(figures.sums.newFemaleAllowanceRecipients)}
        />
        <KeyFigure
          label={t("trainingComplete")}
          value={f.count(figures.trainingComplete)}
          detail={`${t("share")} ${share(figures.trainingComplete)}`}
        />
        <KeyFigure label={t("projectedGrantYen")} value={f.yen(figures.sums.projectedGrantYen)} />
      </KeyFigureRow>
      <SuppressionNote suppressed={anySuppressed([shown])} missing={anyMissing([shown])} />
    </Section>
  );
}
