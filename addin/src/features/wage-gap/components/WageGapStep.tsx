import { Checkbox, Field, Input, Switch, makeStyles, tokens } from "@fluentui/react-components";
import type { WageExclusion } from "../../../../../shared/rules/wage-gap";
import { hoursInHundredths } from "../../../../../shared/rules/wage-gap-hours";
import { NeedsRoster } from "../../../components/NeedsRoster";
import { ReasonList } from "../../../components/ReasonList";
import { Section } from "../../../components/Section";
import { TitledMessage } from "../../../components/TitledMessage";
import { useI18n } from "../../../i18n/i18n-context";
import type { Session } from "../../../app/session";
import { wageGapOptions, type Derived } from "../../../evaluation/derive";
import type { PaneSettings } from "../../../settings/pane-settings";
import type { UpdateSettings } from "../../../settings/use-pane-settings";
import { WageGapTable } from "./WageGapTable";
import { WageGapBreakdownSection } from "./WageGapBreakdownSection";
import { publishAsOf } from "../../publish-figures/publish-as-of";

const useStyles = makeStyles({
  options: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

interface Props {
  settings: Pick<PaneSettings, "wageGap" | "publishAsOf">;
  update: UpdateSettings;
  session: Pick<Session, "application" | "report">;
  derived: Pick<Derived, "wageGap" | "wageGapSource">;
}

/** Step 6: the gender wage gap by MHLW's method, its options, and the notes to publish with it. */
export function WageGapStep({ settings, update, session, derived }: Props) {
  const { t } = useI18n();
  const styles = useStyles();
  const gap = derived.wageGap;
  const options = settings.wageGap;
  const setOptions = (patch: Partial<typeof options>) =>
    update({ wageGap: { ...options, ...patch } });
  const toggleExclusion = (id: WageExclusion, on: boolean) =>
    setOptions({
      exclusions: on ? [...options.exclusions, id] : options.exclusions.filter((e) => e !== id),
    });
  const hours = options.fullTimeHours.trim();
  // The rules' own test, so the field flags exactly what the core would replace (e.g. 200 hours).
  const badHours = hours !== "" && hoursInHundredths(Number(hours)) === undefined;
  const mustPublish = gap?.notes.filter((n) => n.mustPublish) ?? [];
  return (
    <div>
      <h2>{t("step.wageGap")}</h2>
      <Section title={t("wage.optionsTitle")}>
        <div className={styles.options}>
          <Switch
            checked={options.hoursConversion}
            label={t("wage.hoursConversion")}
            onChange={(_e, d) => setOptions({ hoursConversion: d.checked })}
          />
          {options.hoursConversion && (
            <Field
              label={t("wage.fullTimeHours")}
              hint={t("wage.fullTimeHoursHint")}
              validationState={badHours ? "error" : "none"}
              validationMessage={badHours ? t("wage.badHours") : undefined}
            >
              <Input
                inputMode="decimal"
                value={options.fullTimeHours}
                onChange={(_e, d) => setOptions({ fullTimeHours: d.value })}
              />
            </Field>
          )}
          <Checkbox
            checked={options.exclusions.includes("commuting")}
            label={t("wage.excludeCommuting")}
            onChange={(_e, d) => toggleExclusion("commuting", d.checked === true)}
          />
          <Checkbox
            checked={options.exclusions.includes("retirement")}
            label={t("wage.excludeRetirement")}
            onChange={(_e, d) => toggleExclusion("retirement", d.checked === true)}
          />
        </div>
      </Section>
      {gap === undefined ? (
        <NeedsRoster text={t("check.needsRoster")} />
      ) : (
        <>
          <Section title={t("wage.figuresTitle")}>
            <p>
              {derived.wageGapSource === "report"
                ? t("wage.fromReport")
                : t("wage.fromApplication")}
            </p>
            <WageGapTable gap={gap} />
          </Section>
          <Section title={t("wage.notesTitle")}>
            {mustPublish.length > 0 && (
              <TitledMessage intent="warning" title={t("wage.mustPublish")}>
                <ReasonList reasons={mustPublish} />
              </TitledMessage>
            )}
            <ReasonList reasons={gap.notes.filter((n) => !n.mustPublish)} />
          </Section>
          <WageGapBreakdownSection
            workers={(session.report ?? session.application)?.read.workers ?? []}
            asOf={publishAsOf(settings.publishAsOf)}
            options={wageGapOptions(settings)}
          />
        </>
      )}
    </div>
  );
}
