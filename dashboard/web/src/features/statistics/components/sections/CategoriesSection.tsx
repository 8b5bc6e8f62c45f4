import { KeyFigure, KeyFigureRow } from "../../../../components/KeyFigure";
import { Section } from "../../../../components/Section";
import { SuppressionNote } from "../../../../components/SuppressionNote";
import { useI18n } from "../../../../i18n/i18n-context";
import type { GroupFigures } from "../../../../lib/api-types";
import { formatPercent, ratioFigure } from "../../../../lib/format";
import { anySuppressed } from "../../../../lib/suppression";
import { useFormats } from "../use-formats";

/** Employment categories whose female ratio was under 40% at application (the E3 condition). */
export function CategoriesSection({ figures }: { figures: GroupFigures }) {
  const { t, lang } = useI18n();
  const f = useFormats();
  const below = figures.sums.categoriesBelow40;
  const all = figures.sums.categoriesTotal;
  return (
    <Section title={t("categoriesTitle")}>
      <KeyFigureRow>
        <KeyFigure
          label={t("categoriesBelow40")}
          value={f.count(below)}
          detail={`${t("ofWhich", { part: f.count(below), whole: f.count(all) })}（${formatPercent(ratioFigure(below, all), lang)}）`}
        />
        <KeyFigure label={t("categoriesTotal")} value={f.count(all)} />
      </KeyFigureRow>
      <SuppressionNote suppressed={anySuppressed([[below, all]])} missing={false} />
    </Section>
  );
}
