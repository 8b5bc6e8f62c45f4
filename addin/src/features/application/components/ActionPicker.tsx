import { Card, Checkbox, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import {
  ACTION_IDS,
  type ActionId,
  type MatchedActionId,
  type Reason,
} from "../../../../../shared/rules/action-result";
import {
  ACTION_D_WORK_RULES,
  actionDApplicationCheck,
} from "../../../../../shared/rules/action-d-application";
import { targetCategoryCheck } from "../../../../../shared/rules/target-category";
import type { Worker } from "../../../../../shared/roster/worker";
import { ReasonList } from "../../../components/ReasonList";
import { VerdictBadge } from "../../../components/VerdictBadge";
import { useI18n } from "../../../i18n/i18n-context";
import type { MessageKey } from "../../../i18n/ja";
import type { PaneSettings } from "../../../settings/pane-settings";
import type { UpdateSettings } from "../../../settings/use-pane-settings";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  card: { padding: tokens.spacingVerticalS },
  head: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
});

const ACTION_NAME: Record<ActionId, MessageKey> = {
  A: "action.A",
  B: "action.B",
  C: "action.C",
  D: "action.D",
};
const MATCHED: readonly MatchedActionId[] = ["A", "B", "C"];

interface Props {
  settings: Pick<PaneSettings, "actions" | "targets">;
  update: UpdateSettings;
  categories: readonly string[];
  workers: readonly Worker[] | undefined;
}

/** Application-time eligibility of one action: A–C by the target's 40% line, D by "nothing covered yet". */
function eligibilityOf(
  id: ActionId,
  settings: Pick<PaneSettings, "targets">,
  workers: readonly Worker[],
): { eligible: boolean | null; reasons: Reason[] } {
  if (id !== "D") {
    const check = targetCategoryCheck(id, settings.targets[id] || undefined, workers);
    return { eligible: check.eligible, reasons: check.reasons };
  }
  const check = actionDApplicationCheck(workers);
  // The work rules must change during the period: worth knowing before applying.
  return { eligible: check.eligible, reasons: [...check.reasons, ACTION_D_WORK_RULES] };
}

/** Actions A–D with their target categories; D is offered only alongside one of A–C (p.7). */
export function ActionPicker({ settings, update, categories, workers }: Props) {
  const { t } = useI18n();
  const styles = useStyles();
  const anyMatched = MATCHED.some((a) => settings.actions.includes(a));

  const toggle = (id: ActionId, on: boolean) => {
    let next = on ? [...settings.actions, id] : settings.actions.filter((a) => a !== id);
    // Without A–C, D would stand alone, which the guideline does not allow.
    if (!MATCHED.some((a) => next.includes(a))) next = next.filter((a) => a !== "D");
    update({
      actions: ACTION_IDS.filter((a) => next.includes(a)),
    });
  };

  return (
    <div className={styles.list}>
      {ACTION_IDS.map((id) => {
        const selected = settings.actions.includes(id);
        const disabled = id === "D" && !anyMatched;
        const verdict = selected && workers ? eligibilityOf(id, settings, workers) : null;
        return (
          <Card key={id} className={styles.card} data-action={id}>
            <div className={styles.head}>
              <Checkbox
                checked={selected}
                disabled={disabled}
                label={`${id}. ${t(ACTION_NAME[id])}`}
                onChange={(_e, d) => toggle(id, d.checked === true)}
              />
              {verdict && verdict.eligible !== null && (
                <VerdictBadge
                  ok={verdict.eligible}
                  label={verdict.eligible ? t("results.eligible") : t("results.notEligible")}
                />
              )}
            </div>
            {disabled && <span>{t("application.dAlone")}</span>}
            {selected && id !== "D" && (
              <Field label={id === "C" ? t("application.targetC") : t("application.target")}>
                <Select
                  value={settings.targets[id]}
                  onChange={(_e, d) => update({ targets: { ...settings.targets, [id]: d.value } })}
                >
                  <option value="">{t("application.chooseCategory")}</option>
                  {[
                    ...new Set([
                      ...categories,
                      ...(settings.targets[id] ? [settings.targets[id]] : []),
                    ]),
                  ].map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </Select>
              </Field>
            )}
            {verdict && <ReasonList reasons={verdict.reasons} />}
          </Card>
        );
      })}
    </div>
  );
}
