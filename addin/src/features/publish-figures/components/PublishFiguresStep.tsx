import { Field, Input, TableCell, TableRow } from "@fluentui/react-components";
import { useMemo } from "react";
import type { Reason } from "../../../../../shared/rules/action-result";
import { publishFigures, type RatioFigure } from "../../../../../shared/rules/publish-figures";
import type { TenureFigure } from "../../../../../shared/rules/tenure";
import type { GroupGap } from "../../../../../shared/rules/wage-gap";
import { DataTable } from "../../../components/DataTable";
import { NeedsRoster } from "../../../components/NeedsRoster";
import { ReasonList } from "../../../components/ReasonList";
import {
  ResultSheetsSection,
  type ResultSheetsProps,
} from "../../../components/ResultSheetsSection";
import { Section } from "../../../components/Section";
import { percentLabel } from "../../../i18n/format";
import { useI18n } from "../../../i18n/i18n-context";
import type { Session } from "../../../app/session";
import { wageGapOptions, type Derived } from "../../../evaluation/derive";
import type { PaneSettings } from "../../../settings/pane-settings";
import type { UpdateSettings } from "../../../settings/use-pane-settings";
import { publishAsOf } from "../publish-as-of";
import { PeerSection } from "./PeerSection";

interface Item {
  key: string;
  label: string;
  figure: string;
  detail: string;
  reason?: Reason;
}

interface Props {
  settings: Pick<
    PaneSettings,
    "publishAsOf" | "wageGap" | "dashboardUrl" | "fiscalYear" | "industry"
  >;
  update: UpdateSettings;
  session: Pick<Session, "application" | "report">;
  derived: Pick<Derived, "wageGapSource" | "applicationSummary" | "reportSummary">;
  sheets: ResultSheetsProps;
}

/** The step 「公表データ」: the MHLW database items, in the form's order, to transcribe. */
export function PublishFiguresStep({ settings, update, session, derived, sheets }: Props) {
  const { t, pick } = useI18n();
  const roster = session.report ?? session.application;
  const asOf = publishAsOf(settings.publishAsOf);
  const typed = settings.publishAsOf.trim();
  const gapOptions = useMemo(() => wageGapOptions(settings), [settings]);
  const figures = useMemo(
    () => (roster ? publishFigures(roster.read.workers, asOf, gapOptions) : undefined),
    [roster, asOf, gapOptions],
  );
  const heading = <h2>{t("step.publishFigures")}</h2>;
  if (figures === undefined)
    return (
      <div>
        {heading}
        <NeedsRoster text={t("check.needsRoster")} />
      </div>
    );
  const ratio = (key: string, label: string, r: RatioFigure): Item => ({
    key,
    label,
    figure: percentLabel(r.percent),
    detail: t("publish.ofTotal", { women: r.women, total: r.total }),
    ...(r.reason ? { reason: r.reason } : {}),
  });
  const tenure = (key: string, label: string, x: TenureFigure): Item => ({
    key,
    label,
    figure: x.years === null ? "—" : t("publish.years", { n: x.years.toFixed(1) }),
    detail: t("wage.people", { n: x.counted }),
    ...(x.reason ? { reason: x.reason } : {}),
  });
  const gap = (key: string, label: string, g: GroupGap): Item => ({
    key,
    label,
    figure: percentLabel(g.percent),
    detail: t("publish.bySex", { women: g.women.headcount, men: g.men.headcount }),
    ...(g.reason ? { reason: g.reason } : {}),
  });
  const items: Item[] = [
    ratio("femaleWorkerRatioPercent", t("publish.workers"), figures.femaleWorkerRatio),
    ...figures.femaleWorkerRatioByCategory.map((c, i) =>
      ratio(`category-${i}`, t("publish.ofCategory", { category: c.category }), c),
    ),
    ratio(
      "femaleSectionChiefRatioPercent",
      t("publish.sectionChiefs"),
      figures.femaleSectionChiefRatio,
    ),
    ratio("femaleManagerRatioPercent", t("publish.managers"), figures.femaleManagerRatio),
    ratio("femaleOfficerRatioPercent", t("publish.officers"), figures.femaleOfficerRatio),
    tenure("tenure-female", t("publish.tenureWomen"), figures.averageTenure.female),
    tenure("tenure-male", t("publish.tenureMen"), figures.averageTenure.male),
    gap("gap-all", t("publish.gapAll"), figures.wageGap.all),
    gap("gap-regular", t("publish.gapRegular"), figures.wageGap.regular),
    gap("gap-nonRegular", t("publish.gapNonRegular"), figures.wageGap.nonRegular),
  ];
  const mustPublish = figures.wageGap.notes.filter((n) => n.mustPublish);
  return (
    <div>
      {heading}
      <p>{t("publish.intro")}</p>
      <Field
        label={t("publish.asOf")}
        hint={t("publish.asOfHint", { date: publishAsOf("") })}
        validationState={typed !== "" && typed !== asOf ? "error" : "none"}
        validationMessage={typed !== "" && typed !== asOf ? t("publish.badDate") : undefined}
      >
        <Input
          value={settings.publishAsOf}
          placeholder="2026-03-31"
          onChange={(_e, d) => update({ publishAsOf: d.value })}
        />
      </Field>
      <Section title={t("publish.figuresTitle", { date: asOf })}>
        <p>
          {derived.wageGapSource === "report" ? t("wage.fromReport") : t("wage.fromApplication")}
        </p>
        <DataTable
          label={t("publish.tableLabel")}
          columns={[t("publish.item"), t("publish.figure"), t("publish.detail")]}
        >
          {items.map((item) => (
            <TableRow key={item.key} data-publish-item={item.key}>
              <TableCell>{item.label}</TableCell>
              <TableCell>
                <strong>{item.figure}</strong>
                {item.reason && <div>{pick(item.reason)}</div>}
              </TableCell>
              <TableCell>{item.detail}</TableCell>
            </TableRow>
          ))}
        </DataTable>
      </Section>
      <Section title={t("publish.notesTitle")}>
        <ReasonList
          reasons={[...mustPublish, ...figures.wageGap.notes.filter((n) => !n.mustPublish)]}
        />
        <ReasonList reasons={figures.averageTenure.notes} />
      </Section>
      <PeerSection
        dashboardUrl={settings.dashboardUrl}
        fiscalYear={settings.fiscalYear}
        industry={settings.industry}
        regularlyEmployed={
          (derived.applicationSummary ?? derived.reportSummary)?.eligibility.regularlyEmployed.count
        }
        managerRatio={figures.femaleManagerRatio.percent}
        wageGap={figures.wageGap.all.percent}
      />
      <ResultSheetsSection {...sheets} />
    </div>
  );
}
