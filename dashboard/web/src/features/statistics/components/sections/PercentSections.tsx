import type { ScopePublication } from "../../../../lib/api-types";
import { DistributionSection } from "./DistributionSection";

// The two per-company percentages every statistics page shows, each with its fixed stats and
// captions in one place, so the year and the round pages cannot drift apart.

/** Female manager ratio before and after the actions. */
export function ManagerRatioSection({ scope }: { scope: ScopePublication }) {
  return (
    <DistributionSection
      scope={scope}
      stats={["managerRatioBefore", "managerRatioAfter"]}
      title="ratioTitle"
      quartileCaption="ratioQuartileCaption"
      distributionCaption="ratioDistributionCaption"
    />
  );
}

/** The gender wage gap: all, regular and non-regular workers. */
export function WageGapSection({ scope }: { scope: ScopePublication }) {
  return (
    <DistributionSection
      scope={scope}
      stats={["wageGapAll", "wageGapRegular", "wageGapNonRegular"]}
      title="wageGapTitle"
      quartileCaption="wageGapQuartileCaption"
      distributionCaption="wageGapDistributionCaption"
    />
  );
}
