import {
  Field,
  Input,
  Select,
  Table,
  TableBody,
  TableCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { isCivilDate } from "../../../../../shared/dates/civil-date";
import { knownFiscalYears, ROUND_TABLES } from "../../../../../shared/schedule/find-round";
import type { Round, RoundNumber } from "../../../../../shared/schedule/round";
import { dateLabel } from "../../../i18n/format";
import { useI18n } from "../../../i18n/i18n-context";
import type { PaneSettings } from "../../../settings/pane-settings";
import type { UpdateSettings } from "../../../settings/use-pane-settings";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  field: { flex: "1 1 140px" },
});

interface Props {
  settings: Pick<PaneSettings, "fiscalYear" | "round" | "applicationDate">;
  update: UpdateSettings;
  round: Round | undefined;
}

/** The fiscal year and round (第N回) with the round's key dates, kept as data in shared/schedule. */
export function RoundPicker({ settings, update, round }: Props) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const rounds = ROUND_TABLES[settings.fiscalYear] ?? [];
  const typed = settings.applicationDate;
  return (
    <>
      <div className={styles.row}>
        <Field className={styles.field} label={t("application.fiscalYear")}>
          <Select
            value={String(settings.fiscalYear)}
            onChange={(_e, d) => update({ fiscalYear: Number(d.value) })}
          >
            {knownFiscalYears().map((fy) => (
              <option key={fy} value={fy}>
                {t("application.fiscalYearOption", { year: fy, reiwa: fy - 2018 })}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={styles.field} label={t("application.round")}>
          <Select
            value={String(settings.round)}
            onChange={(_e, d) => update({ round: Number(d.value) as RoundNumber })}
          >
            {rounds.map((r) => (
              <option key={r.round} value={r.round}>
                {t("application.roundOption", { round: r.round })}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {round && (
        <Table size="small" aria-label={t("application.datesTitle")}>
          <TableBody>
            <TableRow>
              <TableCell>{t("application.applicationWindow")}</TableCell>
              <TableCell>
                {t("range", {
                  start: dateLabel(round.application.start, lang),
                  end: dateLabel(round.application.end, lang),
                })}
              </TableCell>
            </TableRow>
            <TableRow>
              <TableCell>{t("application.implementation")}</TableCell>
              <TableCell data-testid="implementation-period">
                {t("range", {
                  start: dateLabel(round.implementation.start, lang),
                  end: dateLabel(round.implementation.end, lang),
                })}
              </TableCell>
            </TableRow>
            <TableRow>
              <TableCell>{t("application.reportUntil")}</TableCell>
              <TableCell>{dateLabel(round.reportUntil, lang)}</TableCell>
            </TableRow>
            <TableRow>
              <TableCell>{t("application.capacity")}</TableCell>
              <TableCell>{t("application.capacityValue", { n: round.capacity })}</TableCell>
            </TableRow>
          </TableBody>
        </Table>
      )}
      <Field
        label={t("application.applicationDate")}
        hint={t("application.applicationDateHint", { date: round?.application.end ?? "—" })}
        validationState={typed !== "" && !isCivilDate(typed) ? "error" : "none"}
        validationMessage={
          typed !== "" && !isCivilDate(typed) ? t("application.badDate") : undefined
        }
      >
        <Input
          type="date"
          value={typed}
          onChange={(_e, d) => update({ applicationDate: d.value })}
        />
      </Field>
    </>
  );
}
