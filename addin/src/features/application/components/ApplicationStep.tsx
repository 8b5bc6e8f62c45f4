import { NeedsRoster } from "../../../components/NeedsRoster";
import { ReasonList } from "../../../components/ReasonList";
import { Section } from "../../../components/Section";
import { TitledMessage } from "../../../components/TitledMessage";
import { useI18n } from "../../../i18n/i18n-context";
import type { Session } from "../../../app/session";
import type { Derived } from "../../../evaluation/derive";
import type { PaneSettings } from "../../../settings/pane-settings";
import type { UpdateSettings } from "../../../settings/use-pane-settings";
import { ActionPicker } from "./ActionPicker";
import { RoundPicker } from "./RoundPicker";
import { VisitPlanner } from "./VisitPlanner";

interface Props {
  settings: Pick<
    PaneSettings,
    "fiscalYear" | "round" | "applicationDate" | "actions" | "targets" | "visits" | "schedules"
  >;
  update: UpdateSettings;
  session: Pick<Session, "application">;
  derived: Pick<Derived, "round" | "categories" | "refused">;
}

/** Step 4: the round, the actions and their categories, what is eligible and why, and the visits. */
export function ApplicationStep({ settings, update, session, derived }: Props) {
  const { t } = useI18n();
  const workers = session.application?.read.workers;
  return (
    <div>
      <h2>{t("step.application")}</h2>
      <Section title={t("application.roundTitle")}>
        <RoundPicker settings={settings} update={update} round={derived.round} />
      </Section>
      <Section title={t("application.actionsTitle")}>
        {workers === undefined && <NeedsRoster text={t("application.needsRoster")} />}
        <ActionPicker
          settings={settings}
          update={update}
          categories={derived.categories}
          workers={workers}
        />
        {workers !== undefined && derived.refused.length > 0 && (
          <TitledMessage intent="warning" title={t("application.refused")}>
            <ReasonList reasons={derived.refused} />
          </TitledMessage>
        )}
      </Section>
      {derived.round && (
        <Section title={t("visits.title")}>
          <VisitPlanner round={derived.round} settings={settings} update={update} />
        </Section>
      )}
    </div>
  );
}
