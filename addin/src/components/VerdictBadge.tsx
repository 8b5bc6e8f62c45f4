import { Badge, makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  // A verdict is one word: in a 350 px pane "× 対象外" must not break across lines.
  badge: { whiteSpace: "nowrap", flexShrink: 0 },
});

/** 達成 / 未達成, 対象 / 対象外 …: a verdict always in words, never in colour alone. */
export function VerdictBadge({ ok, label }: { ok: boolean | null; label: string }) {
  const styles = useStyles();
  const color = ok === null ? "informative" : ok ? "success" : "danger";
  return (
    <Badge className={styles.badge} appearance="tint" color={color} shape="rounded">
      {ok === null ? "" : ok ? "○ " : "× "}
      {label}
    </Badge>
  );
}
