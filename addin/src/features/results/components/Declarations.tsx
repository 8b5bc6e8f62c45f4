import { Checkbox, makeStyles } from "@fluentui/react-components";
import { DECLARATIONS } from "../../../../../shared/rules/company-eligibility";
import { useI18n } from "../../../i18n/i18n-context";
import type { PaneSettings } from "../../../settings/pane-settings";
import type { UpdateSettings } from "../../../settings/use-pane-settings";

const useStyles = makeStyles({ list: { display: "flex", flexDirection: "column" } });

/** The conditions a roster cannot show (p.1): the user confirms them; the pane never computes them. */
export function Declarations({
  settings,
  update,
}: {
  settings: Pick<PaneSettings, "declarations">;
  update: UpdateSettings;
}) {
  const { t, pick } = useI18n();
  const styles = useStyles();
  const done = DECLARATIONS.filter((d) => settings.declarations[d.id] === true).length;
  return (
    <div className={styles.list} role="group" aria-label={t("results.declarations")}>
      <p>{t("results.declarationsIntro", { done, total: DECLARATIONS.length })}</p>
      {DECLARATIONS.map((d) => (
        <Checkbox
          key={d.id}
          checked={settings.declarations[d.id] === true}
          label={`${d.id} ${pick(d)}`}
          onChange={(_e, data) =>
            update({ declarations: { ...settings.declarations, [d.id]: data.checked === true } })
          }
        />
      ))}
    </div>
  );
}
