import { todayInTokyo } from "../../../../../shared/dates/today-in-tokyo";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Table,
  TableBody,
  TableCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { isCivilDate } from "../../../../../shared/dates/civil-date";
import {
  allWindowsClosed,
  knownFiscalYears,
  roundsOf,
} from "../../../../../shared/schedule/find-round";
import { scheduleOf } from "../../../../../shared/schedule/schedule-book";
import { scheduleProblemText } from "../../../../../shared/schedule/schedule-file";
import { useRef, useState, type ChangeEvent } from "react";
import { importScheduleText } from "../api/pane-schedules";
import type { Round, RoundNumber } from "../../../../../shared/schedule/round";
import { dateLabel } from "../../../i18n/format";
import { useI18n } from "../../../i18n/i18n-context";
import type { PaneSettings } from "../../../settings/pane-settings";
import type { UpdateSettings } from "../../../settings/use-pane-settings";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  field: { flex: "1 1 140px" },
  imports: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    marginBlock: tokens.spacingVerticalS,
  },
  hidden: { display: "none" },
});

interface Props {
  settings: Pick<PaneSettings, "fiscalYear" | "round" | "applicationDate" | "schedules">;
  update: UpdateSettings;
  round: Round | undefined;
}

/**
 * The fiscal year and round (第N回) with the round's key dates. The schedules are data: FY2025
 * is bundled, a new year's file can be imported here (or comes from the dashboard), and when
 * every known window has closed the pane says so while still letting the user check any round.
 */
export function RoundPicker({ settings, update, round }: Props) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const rounds = roundsOf(settings.fiscalYear);
  const typed = settings.applicationDate;
  const fileInput = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [imported, setImported] = useState<number | null>(null);
  const newest = knownFiscalYears().at(-1) ?? settings.fiscalYear;
  const source = scheduleOf(settings.fiscalYear)?.source;

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    void file.text().then((text) => {
      const result = importScheduleText(text, settings.schedules);
      if (!result.ok) {
        setImported(null);
        setProblems(result.problems.map((p) => scheduleProblemText(p, lang)));
        return;
      }
      setProblems([]);
      setImported(result.fiscalYear);
      const first = roundsOf(result.fiscalYear)[0]?.round ?? 1;
      update({ schedules: result.files, fiscalYear: result.fiscalYear, round: first });
    });
  };

  return (
    <>
      {allWindowsClosed(todayInTokyo()) && (
        <MessageBar intent="warning" data-testid="all-windows-closed">
          <MessageBarBody>
            {t("application.allClosed", { year: newest, reiwa: newest - 2018 })}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.imports}>
        <Button size="small" onClick={() => fileInput.current?.click()}>
          {t("application.importSchedule")}
        </Button>
        <input
          ref={fileInput}
          className={styles.hidden}
          type="file"
          accept=".json,application/json"
          aria-label={t("application.importSchedule")}
          data-testid="schedule-file"
          onChange={onFile}
        />
        {source && <span>{t("application.scheduleSource", { source })}</span>}
      </div>
      {imported !== null && (
        <MessageBar intent="success">
          <MessageBarBody>
            {t("application.scheduleImported", { year: imported, reiwa: imported - 2018 })}
          </MessageBarBody>
        </MessageBar>
      )}
      {problems.length > 0 && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {t("application.scheduleProblems")}
            <ul>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
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
