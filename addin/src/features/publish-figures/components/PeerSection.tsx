import { Button, TableCell, TableRow } from "@fluentui/react-components";
import { useState } from "react";
import type { PeerQuartiles } from "../../../../../shared/api/benchmarks";
import { INDUSTRY_CODES, type IndustryCode } from "../../../../../shared/stats/record-schema";
import { sizeBandOf } from "../../../../../shared/stats/size-band";
import { DataTable } from "../../../components/DataTable";
import { Section } from "../../../components/Section";
import { percentLabel } from "../../../i18n/format";
import { useI18n } from "../../../i18n/i18n-context";
import { type BenchmarksOutcome, fetchBenchmarks, peerPosition } from "../api/fetch-benchmarks";

/**
 * Where the company stands among its peers: the dashboard's released quartiles for its industry
 * and size band. Only those two (and the fiscal year) leave the workbook, and only on request.
 */
export function PeerSection({
  dashboardUrl,
  fiscalYear,
  industry,
  regularlyEmployed,
  managerRatio,
  wageGap,
}: {
  dashboardUrl: string;
  fiscalYear: number;
  industry: string;
  regularlyEmployed: number | undefined;
  managerRatio: number | null;
  wageGap: number | null;
}) {
  const { t, pick } = useI18n();
  const [outcome, setOutcome] = useState<BenchmarksOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const sizeBand = regularlyEmployed === undefined ? undefined : sizeBandOf(regularlyEmployed);
  const code = (INDUSTRY_CODES as readonly string[]).includes(industry)
    ? (industry as IndustryCode)
    : undefined;
  const load = async () => {
    setBusy(true);
    setOutcome(
      await fetchBenchmarks(dashboardUrl, {
        fiscalYear,
        ...(code ? { industry: code } : {}),
        ...(sizeBand ? { sizeBand } : {}),
      }),
    );
    setBusy(false);
  };
  const cells = (q: PeerQuartiles | null, own: number | null, key: string) => {
    const where = q ? peerPosition(own, q) : null;
    return (
      <TableRow key={key} data-peer={key}>
        <TableCell>{key.endsWith("managers") ? t("peer.managers") : t("peer.gap")}</TableCell>
        <TableCell>
          {q ? `${percentLabel(q.q1)} / ${percentLabel(q.median)} / ${percentLabel(q.q3)}` : "—"}
        </TableCell>
        <TableCell>
          {percentLabel(own)}
          {where && <div>{pick(where)}</div>}
        </TableCell>
      </TableRow>
    );
  };
  return (
    <Section title={t("peer.title")}>
      <p>
        {t("peer.intro", {
          industry: code ?? t("peer.none"),
          sizeBand: sizeBand ?? t("peer.none"),
        })}
      </p>
      {dashboardUrl.trim() === "" ? (
        <p>{t("peer.noUrl")}</p>
      ) : (
        <div>
          <Button onClick={() => void load()} disabled={busy}>
            {t("peer.fetch")}
          </Button>
        </div>
      )}
      {outcome && !outcome.ok && <p role="alert">{pick(outcome.message)}</p>}
      {outcome?.ok && outcome.data.groups.length === 0 && (
        <p data-testid="peer-empty">{t("peer.empty", { n: outcome.data.minCompanies })}</p>
      )}
      {outcome?.ok &&
        outcome.data.groups.map((g) => (
          <div key={`${g.dimension}-${g.key}`} data-peer-group={g.dimension}>
            <p>
              <strong>{pick({ ja: g.labelJa, en: g.labelEn })}</strong>{" "}
              {t("peer.companies", { n: g.companies })}
            </p>
            <DataTable
              label={t("peer.tableLabel")}
              columns={[t("publish.item"), t("peer.quartiles"), t("peer.own")]}
            >
              {cells(g.femaleManagerRatio, managerRatio, `${g.dimension}-managers`)}
              {cells(g.wageGap, wageGap, `${g.dimension}-gap`)}
            </DataTable>
          </div>
        ))}
    </Section>
  );
}
