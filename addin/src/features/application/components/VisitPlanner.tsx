import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { isCivilDate } from "../../../../../shared/dates/civil-date";
import {
  checkVisitPlan,
  earliestSecondVisit,
  nextVisitDays,
  visitDayProblems,
} from "../../../../../shared/schedule/expert-visits";
import type { Round } from "../../../../../shared/schedule/round";
import { ReasonList } from "../../../components/ReasonList";
import { dateLabel } from "../../../i18n/format";
import { useI18n } from "../../../i18n/i18n-context";
import type { PaneSettings } from "../../../settings/pane-settings";
import type { UpdateSettings } from "../../../settings/use-pane-settings";

const useStyles = makeStyles({
  days: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** How many valid days to offer as one-click choices. */
const SUGGESTIONS = 5;

interface Props {
  round: Round;
  settings: Pick<PaneSettings, "visits">;
  update: UpdateSettings;
}

/**
 * The two mandatory expert visits (p.10): weekdays only, no public holidays, not Dec 29–Jan 3,
 * both in the implementation period, the second at least three months after the first's month.
 */
export function VisitPlanner({ round, settings, update }: Props) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const { first, second } = settings.visits;
  const { start, end } = round.implementation;
  const firstOk = isCivilDate(first);
  const secondOk = isCivilDate(second);
  const plan = firstOk ? checkVisitPlan(round, first, secondOk ? second : undefined) : null;
  const earliest = firstOk ? earliestSecondVisit(first) : null;
  const firstChoices = nextVisitDays(start, SUGGESTIONS, end);
  const secondChoices =
    earliest && earliest <= end ? nextVisitDays(earliest, SUGGESTIONS, end) : [];
  const setVisits = (patch: Partial<PaneSettings["visits"]>) =>
    update({ visits: { ...settings.visits, ...patch } });

  const dayField = (label: string, value: string, onChange: (v: string) => void) => {
    const problems = isCivilDate(value) ? visitDayProblems(value) : [];
    return (
      <Field
        label={label}
        validationState={problems.length > 0 ? "error" : "none"}
        validationMessage={
          problems.length > 0
            ? problems.map((p) => (lang === "en" ? p.en : p.ja)).join(" / ")
            : undefined
        }
      >
        <Input
          type="date"
          value={value}
          min={start}
          max={end}
          onChange={(_e, d) => onChange(d.value)}
        />
      </Field>
    );
  };

  const choices = (days: string[], pickDay: (d: string) => void, label: string) =>
    days.length > 0 && (
      <div className={styles.days} role="group" aria-label={label}>
        {days.map((d) => (
          <Button key={d} size="small" onClick={() => pickDay(d)}>
            {dateLabel(d, lang)}
          </Button>
        ))}
      </div>
    );

  return (
    <div className={styles.block}>
      {dayField(t("visits.first"), first, (v) => setVisits({ first: v }))}
      {choices(firstChoices, (d) => setVisits({ first: d }), t("visits.firstChoices"))}
      {dayField(t("visits.second"), second, (v) => setVisits({ second: v }))}
      {earliest && <span>{t("visits.earliest", { date: dateLabel(earliest, lang) })}</span>}
      {choices(secondChoices, (d) => setVisits({ second: d }), t("visits.secondChoices"))}
      {plan && (
        <MessageBar intent={plan.ok ? "success" : "error"} layout="multiline">
          <MessageBarBody>
            {plan.ok ? t("visits.ok") : t("visits.problems")}
            <ReasonList reasons={plan.problems} />
            <ReasonList reasons={plan.advice} />
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
