import { ChartWithTable } from "../../../../components/ChartWithTable";
import { Section } from "../../../../components/Section";
import { useI18n } from "../../../../i18n/i18n-context";
import type { MessageKey } from "../../../../i18n/ja";
import type { Figure, YearSummary } from "../../../../lib/api-types";
import { roundLabel } from "../../../../lib/format";
import { knownFigure } from "../../../../lib/suppression";
import { useFormats } from "../use-formats";

type Rounds = YearSummary["rounds"];

interface RoundSeries {
  label: MessageKey;
  /** the series' figure for one round */
  figure: (round: Rounds[number]) => Figure;
  format: (figure: Figure) => string;
}

/** A section with one bar group (and one table row) per round of the year. */
function ByRoundSection({
  rounds,
  title,
  note,
  caption,
  series,
  formatTick,
}: {
  rounds: Rounds;
  title: MessageKey;
  note?: MessageKey;
  caption: MessageKey;
  series: RoundSeries[];
  formatTick: (value: number) => string;
}) {
  const { t, lang } = useI18n();
  return (
    <Section title={t(title)} note={note && t(note)}>
      <ChartWithTable
        caption={t(caption)}
        rowHeader={t("round")}
        categories={rounds.map((r) => roundLabel(r.round, lang))}
        series={series.map((s) => ({
          label: t(s.label),
          figures: rounds.map(s.figure),
          format: s.format,
        }))}
        formatTick={formatTick}
      />
    </Section>
  );
}

/** 定員 vs companies reporting, one bar pair per round (the year page only). */
export function RecordsByRoundSection({ rounds }: { rounds: Rounds }) {
  const f = useFormats();
  return (
    <ByRoundSection
      rounds={rounds}
      title="recordsTitle"
      caption="recordsCaption"
      series={[
        { label: "capacity", figure: (r) => knownFigure(r.capacity), format: f.count },
        { label: "companies", figure: (r) => r.figures.companies, format: f.count },
      ]}
      formatTick={f.tick}
    />
  );
}

/** Women newly in management / receiving a position allowance, per round. */
export function PeopleByRoundSection({ rounds }: { rounds: Rounds }) {
  const f = useFormats();
  return (
    <ByRoundSection
      rounds={rounds}
      title="peopleTitle"
      note="newPeopleNote"
      caption="peopleCaption"
      series={[
        {
          label: "newFemaleManagers",
          figure: (r) => r.figures.sums.newFemaleManagers,
          format: f.count,
        },
        {
          label: "newFemaleAllowanceRecipients",
          figure: (r) => r.figures.sums.newFemaleAllowanceRecipients,
          format: f.count,
        },
      ]}
      formatTick={f.tick}
    />
  );
}

/** Projected grants per round (a projection, not the amounts decided). */
export function GrantByRoundSection({ rounds }: { rounds: Rounds }) {
  const f = useFormats();
  return (
    <ByRoundSection
      rounds={rounds}
      title="grantTitle"
      note="projectionNote"
      caption="grantCaption"
      series={[
        {
          label: "projectedGrantYen",
          figure: (r) => r.figures.sums.projectedGrantYen,
          format: f.yen,
        },
      ]}
      formatTick={f.yenTick}
    />
  );
}
