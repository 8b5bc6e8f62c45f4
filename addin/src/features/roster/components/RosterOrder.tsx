import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { RosterOrderJudgement } from "../../../../../shared/roster/roster-order";
import { TitledMessage } from "../../../components/TitledMessage";
import { useI18n } from "../../../i18n/i18n-context";
import type { Session } from "../../../app/session";
import type { RosterActions } from "../use-roster-actions";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  clues: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
});

interface Props {
  session: Pick<Session, "orderQuestion" | "orderConfirmed" | "application" | "report">;
  order: RosterOrderJudgement | undefined;
  actions: Pick<RosterActions, "swap" | "chooseApplication">;
  busy: boolean;
}

/**
 * The two snapshots must not be swapped silently: asks which is which when names and
 * contents do not tell, and warns (with a one-click swap) when they look the wrong way round.
 */
export function RosterOrder({ session, order, actions, busy }: Props) {
  const { t, pick } = useI18n();
  const styles = useStyles();
  const question = session.orderQuestion;
  if (question !== null)
    return (
      <div role="group" aria-label={t("order.askTitle")} data-testid="order-question">
        <TitledMessage intent="warning" title={t("order.askTitle")}>
          {t("order.askBody")}
        </TitledMessage>
        <div className={styles.row}>
          {[question.application, question.report].map((name) => (
            <Button key={name} disabled={busy} onClick={() => actions.chooseApplication(name)}>
              {t("order.choose", { name })}
            </Button>
          ))}
        </div>
      </div>
    );
  if (order === undefined || !order.looksSwapped || session.orderConfirmed) return null;
  return (
    <div data-testid="order-swapped">
      <TitledMessage intent="warning" title={t("order.swappedTitle")}>
        <ul className={styles.clues}>
          {order.clues
            .filter((c) => c.weight > 0)
            .map((c) => (
              <li key={c.ja}>{pick(c)}</li>
            ))}
        </ul>
      </TitledMessage>
      <Button appearance="primary" disabled={busy} onClick={actions.swap}>
        {t("order.swap")}
      </Button>
    </div>
  );
}
