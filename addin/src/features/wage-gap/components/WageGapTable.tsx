import { TableCell, TableRow } from "@fluentui/react-components";
import type { GroupGap, WageGapResult } from "../../../../../shared/rules/wage-gap";
import { DataTable } from "../../../components/DataTable";
import { headcountLabel, percentLabel, yenLabel } from "../../../i18n/format";
import { useI18n } from "../../../i18n/i18n-context";
import type { MessageKey } from "../../../i18n/ja";

const GROUPS: { key: "all" | "regular" | "nonRegular"; label: MessageKey }[] = [
  { key: "all", label: "wage.all" },
  { key: "regular", label: "wage.regular" },
  { key: "nonRegular", label: "wage.nonRegular" },
];

/** The three MHLW figures with the means and headcounts behind them. */
export function WageGapTable({ gap }: { gap: WageGapResult }) {
  const { t, pick } = useI18n();
  const mean = (g: GroupGap, sex: "women" | "men") => {
    const m = g[sex].meanWage;
    return m === null ? "—" : yenLabel(m);
  };
  return (
    <DataTable
      label={t("wage.tableLabel")}
      columns={[t("wage.group"), t("wage.gap"), t("wage.womenMean"), t("wage.menMean")]}
    >
      {GROUPS.map(({ key, label }) => {
        const g = gap[key];
        return (
          <TableRow key={key} data-wage-group={key}>
            <TableCell>{t(label)}</TableCell>
            <TableCell>
              <strong>{percentLabel(g.percent)}</strong>
              {g.reason && <div>{pick(g.reason)}</div>}
            </TableCell>
            <TableCell>
              {mean(g, "women")}
              <div>{t("wage.people", { n: headcountLabel(g.women.headcount) })}</div>
            </TableCell>
            <TableCell>
              {mean(g, "men")}
              <div>{t("wage.people", { n: headcountLabel(g.men.headcount) })}</div>
            </TableCell>
          </TableRow>
        );
      })}
    </DataTable>
  );
}
