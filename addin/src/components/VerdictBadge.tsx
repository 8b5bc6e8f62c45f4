import { Badge } from "@fluentui/react-components";

/** 達成 / 未達成, 対象 / 対象外 …: a verdict always in words, never in colour alone. */
export function VerdictBadge({ ok, label }: { ok: boolean | null; label: string }) {
  const color = ok === null ? "informative" : ok ? "success" : "danger";
  return (
    <Badge appearance="tint" color={color} shape="rounded">
      {ok === null ? "" : ok ? "○ " : "× "}
      {label}
    </Badge>
  );
}
