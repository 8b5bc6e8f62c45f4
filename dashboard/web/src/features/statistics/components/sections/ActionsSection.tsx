import { ChartWithTable } from "../../../../components/ChartWithTable";
import { Section } from "../../../../components/Section";
import { useI18n } from "../../../../i18n/i18n-context";
import { ACTION_IDS } from "../../../../../../../shared/rules/action-result";
import type { GroupFigures } from "../../../../lib/api-types";
import { useFormats } from "../use-formats";

/** 取組 A–D: companies that selected each action and those that achieved it. */
export function ActionsSection({ figures }: { figures: GroupFigures }) {
  const { t } = useI18n();
  const f = useFormats();
  return (
    <Section title={t("actionsTitle")}>
      <ChartWithTable
        caption={t("actionsCaption")}
        rowHeader={t("actionsTitle")}
        categories={ACTION_IDS.map((a) => t(`action${a}`))}
        series={[
          {
            label: t("selected"),
            figures: ACTION_IDS.map((a) => figures.selected[a]),
            format: f.count,
          },
          {
            label: t("achieved"),
            figures: ACTION_IDS.map((a) => figures.achieved[a]),
            format: f.count,
          },
        ]}
        formatTick={f.tick}
      />
    </Section>
  );
}
