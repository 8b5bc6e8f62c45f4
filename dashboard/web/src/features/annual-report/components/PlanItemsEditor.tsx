import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import {
  GENERATORS,
  type GeneratorKey,
  type PlanItem,
  type PlanResponse,
} from "../../../../../../shared/api/report-plan";
import { LoadState } from "../../../components/LoadState";
import { Section } from "../../../components/Section";
import type { MessageKey } from "../../../i18n/ja";
import { useI18n } from "../../../i18n/i18n-context";
import { ApiRequestError } from "../../../lib/api-client";
import { fiscalYearLabel } from "../../../lib/format";
import { useAsync } from "../../../lib/use-async";
import { getPlan, saveOrganisation, savePlan } from "../api/report-plan";
import { moveItem, newItem, pathFromText } from "./plan-edits";

const useStyles = makeStyles({
  item: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalM,
    display: "grid",
    gap: tokens.spacingVerticalS,
  },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  narrow: { width: "7rem" },
  wide: { flex: "1 1 16rem" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const GENERATOR_KEYS: Record<GeneratorKey, MessageKey> = {
  seminars: "generatorSeminars",
  appointment: "generatorAppointment",
  career: "generatorCareer",
  awareness: "generatorAwareness",
  none: "generatorNone",
};

type Outcome = { intent: "success" | "error"; text: string } | null;

/**
 * 計画項目: the year's plan items and the organisation line, maintained by policy staff. The
 * list is saved whole (add, edit, reorder, remove) with the version it was loaded at, so a
 * colleague's save in between is never overwritten silently.
 */
export function PlanItemsEditor({
  fiscalYear,
  onSaved,
}: {
  fiscalYear: number;
  onSaved: () => void;
}) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const [state, reload, replace] = useAsync(() => getPlan(fiscalYear), `plan-${fiscalYear}`);
  const [draft, setDraft] = useState<PlanItem[] | null>(null);
  const [organisation, setOrganisation] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome({ intent: "success", text: await work() });
    } catch (e) {
      setOutcome({
        intent: "error",
        text: e instanceof ApiRequestError ? e.messageIn(lang) : String(e),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section title={t("planEditorTitle")} note={t("planEditorIntro")}>
      <LoadState state={state} onRetry={reload}>
        {(plan: PlanResponse) => {
          const items = draft ?? plan.items;
          const update = (index: number, patch: Partial<PlanItem>) =>
            setDraft(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
          return (
            <>
              <div className={styles.row}>
                <Field className={styles.wide} label={t("organisationName")}>
                  <Input
                    value={organisation ?? plan.organisation.name}
                    maxLength={100}
                    onChange={(_, d) => setOrganisation(d.value)}
                  />
                </Field>
                <Button
                  disabled={busy || organisation === null}
                  onClick={() =>
                    void run(async () => {
                      await saveOrganisation(organisation ?? "", plan.organisation.version);
                      setOrganisation(null);
                      reload();
                      onSaved();
                      return t("organisationSaved");
                    })
                  }
                >
                  {t("saveOrganisation")}
                </Button>
              </div>
              {items.length === 0 && <p>{t("planEmpty")}</p>}
              {items.map((item, index) => (
                <fieldset
                  key={item.id}
                  className={styles.item}
                  aria-label={t("planItemLabel", { n: index + 1 })}
                >
                  <div className={styles.row}>
                    <Field className={styles.narrow} label={t("planNumber")}>
                      <Input
                        value={item.number}
                        maxLength={16}
                        onChange={(_, d) => update(index, { number: d.value })}
                      />
                    </Field>
                    <Field className={styles.wide} label={t("planTitle")}>
                      <Input
                        value={item.title}
                        maxLength={200}
                        onChange={(_, d) => update(index, { title: d.value })}
                      />
                    </Field>
                    <Field className={styles.wide} label={t("planGenerator")}>
                      <Select
                        value={item.generator}
                        onChange={(_, d) => update(index, { generator: d.value as GeneratorKey })}
                      >
                        {GENERATORS.map((g) => (
                          <option key={g} value={g}>
                            {t(GENERATOR_KEYS[g])}
                          </option>
                        ))}
                      </Select>
                    </Field>
                  </div>
                  <Field label={t("planPath")} hint={t("planPathHint")}>
                    <Textarea
                      value={item.path.join("\n")}
                      rows={3}
                      onChange={(_, d) => update(index, { path: pathFromText(d.value) })}
                    />
                  </Field>
                  <Field label={t("planText")}>
                    <Textarea
                      value={item.planText}
                      rows={3}
                      maxLength={4000}
                      onChange={(_, d) => update(index, { planText: d.value })}
                    />
                  </Field>
                  <div className={styles.actions}>
                    <Button
                      size="small"
                      disabled={index === 0}
                      onClick={() => setDraft(moveItem(items, index, -1))}
                    >
                      {t("moveUp")}
                    </Button>
                    <Button
                      size="small"
                      disabled={index === items.length - 1}
                      onClick={() => setDraft(moveItem(items, index, 1))}
                    >
                      {t("moveDown")}
                    </Button>
                    <Button
                      size="small"
                      onClick={() => setDraft(items.filter((_, i) => i !== index))}
                    >
                      {t("removeItem")}
                    </Button>
                  </div>
                </fieldset>
              ))}
              <div className={styles.actions}>
                <Button onClick={() => setDraft([...items, newItem(items)])}>{t("addItem")}</Button>
                <Button
                  disabled={busy}
                  onClick={() =>
                    void run(async () => {
                      const last = await getPlan(fiscalYear - 1);
                      setDraft(last.items);
                      return t("copiedLastYear", {
                        fy: fiscalYearLabel(fiscalYear - 1, lang),
                        n: last.items.length,
                      });
                    })
                  }
                >
                  {t("copyLastYear")}
                </Button>
                <Button
                  appearance="primary"
                  disabled={busy || draft === null}
                  onClick={() =>
                    void run(async () => {
                      replace(await savePlan(fiscalYear, plan.version, items));
                      setDraft(null);
                      onSaved();
                      return t("planSaved");
                    })
                  }
                >
                  {t("savePlan")}
                </Button>
                {outcome?.intent === "error" && (
                  <Button
                    onClick={() => {
                      setDraft(null);
                      setOutcome(null);
                      reload();
                    }}
                  >
                    {t("retry")}
                  </Button>
                )}
              </div>
              <div role="status" aria-live="polite">
                {outcome && (
                  <MessageBar intent={outcome.intent}>
                    <MessageBarBody>{outcome.text}</MessageBarBody>
                  </MessageBar>
                )}
              </div>
            </>
          );
        }}
      </LoadState>
    </Section>
  );
}
