import type { ActionId, ActionResult, Reason } from "./action-result";
import { formatYen, reason } from "./explain";

/** p.2: A, B and C are ¥300,000 each. */
export const GRANT_PER_ACTION = 300_000;
/** p.2: D adds ¥100,000 (加算要件). */
export const GRANT_ADD_ON_D = 100_000;
/** p.2: 奨励金最大 100万円. */
export const GRANT_CAP = 1_000_000;

/**
 * `projected`: the rules give `yen`; `ineligible`: the company is not a 支給対象事業者 on the
 * roster (¥0); `unknown`: the roster cannot establish that it is (yen is 0, not a figure).
 */
export type GrantStatus = "projected" | "ineligible" | "unknown";

/** 見込額: what the rules give; the foundation may reduce it on review (p.11). */
export interface GrantProjection {
  yen: number;
  isProjection: true;
  status: GrantStatus;
  reasons: Reason[];
}

/** What the grant needs to know of the company's eligibility (p.1 (2)). */
export interface GrantEligibility {
  /** false: not eligible; null: cannot be established; true: met (declarations aside). */
  rosterConditionsMet: boolean | null;
  /** Why not (or why unknown), the deciding reason first. */
  failureReasons: readonly Reason[];
}

/**
 * The projected grant: ¥300,000 per selected and achieved A–C, plus ¥100,000 for D when it is
 * achieved together with at least one of A–C; nothing unless 取組2 (plan filed and published,
 * a declaration) and 取組3 (training) are complete; never more than ¥1,000,000.
 */
export function projectedGrant(
  actions: Record<ActionId, Pick<ActionResult, "selected" | "achieved">>,
  training: { complete: boolean; missing: readonly unknown[] },
  planFiled: boolean,
  company?: GrantEligibility,
): GrantProjection {
  const reasons: Reason[] = [];
  // p.1: 「次の要件を全て満たしている必要」— without a 支給対象事業者 no action pays anything.
  if (company !== undefined && company.rosterConditionsMet !== true)
    return notEligible(company, company.rosterConditionsMet === false ? "ineligible" : "unknown");
  const achievedAC = (["A", "B", "C"] as const).filter(
    (a) => actions[a].selected && actions[a].achieved,
  );
  let yen = achievedAC.length * GRANT_PER_ACTION;
  for (const a of achievedAC)
    reasons.push(
      reason(
        `取組${a}: ${formatYen(GRANT_PER_ACTION)} 円`,
        `Action ${a}: ¥${formatYen(GRANT_PER_ACTION)}`,
      ),
    );
  if (achievedAC.length === 0)
    reasons.push(
      reason(
        "取組A〜Cのうち達成見込みのものがありません。",
        "None of actions A–C is expected to be achieved.",
      ),
    );
  const d = actions.D;
  if (d.selected && d.achieved) {
    if (achievedAC.length > 0) {
      yen += GRANT_ADD_ON_D;
      reasons.push(
        reason(
          `取組D（加算）: ${formatYen(GRANT_ADD_ON_D)} 円`,
          `Action D (add-on): ¥${formatYen(GRANT_ADD_ON_D)}`,
        ),
      );
    } else
      reasons.push(
        reason(
          "取組Dは加算要件のため、取組A〜Cのいずれかが達成されない限り加算されません。",
          "Action D is an add-on: it adds nothing unless one of A–C is achieved.",
        ),
      );
  }
  if (yen > GRANT_CAP) {
    reasons.push(
      reason(
        `上限 ${formatYen(GRANT_CAP)} 円を適用しました（計算上 ${formatYen(yen)} 円）。`,
        `Capped at ¥${formatYen(GRANT_CAP)} (computed ¥${formatYen(yen)}).`,
      ),
    );
    yen = GRANT_CAP;
  }
  if (!planFiled) {
    yen = 0;
    reasons.push(
      reason(
        "取組2（行動計画の策定・届出と、行動計画及び男女の賃金の差異の公表）が完了していないため、0 円です。",
        "Step 2 (取組2: filing the action plan and publishing it with the wage gap) is not complete, so the projection is ¥0.",
      ),
    );
  }
  if (!training.complete) {
    yen = 0;
    reasons.push(
      reason(
        `取組3（全従業員の研修）が完了していないため（未受講 ${training.missing.length} 人）、0 円です。`,
        `Step 3 (取組3: training for every employee) is not complete (${training.missing.length} not trained), so the projection is ¥0.`,
      ),
    );
  }
  reasons.push(
    reason(
      `見込額 ${formatYen(yen)} 円。これは見込みであり、審査により減額されることがあります（p.11）。専門家派遣 2 回と期限内の実績報告もここでは判定していません。`,
      `Projected ¥${formatYen(yen)}. This is a projection: the foundation may reduce it on review (p.11). The two expert visits and a timely report are not judged here.`,
    ),
  );
  return { yen, isProjection: true, status: "projected", reasons };
}

function notEligible(company: GrantEligibility, status: "ineligible" | "unknown"): GrantProjection {
  const reasons: Reason[] =
    status === "ineligible"
      ? [
          reason(
            "支給対象事業者の要件（p.1 (2): 常時雇用する労働者 300 人以下、都内勤務の雇用保険被保険者 1 名以上）を満たさないため、見込額は 0 円です。",
            "The company does not meet the eligibility conditions (p.1 (2): at most 300 regularly employed, at least one insured regularly employed worker in Tokyo), so the projection is ¥0.",
          ),
        ]
      : [
          reason(
            "支給対象事業者の要件（p.1 (2)）を満たすかどうか名簿から判断できないため、見込額は不明です（0 円として扱います）。",
            "Whether the company meets the eligibility conditions (p.1 (2)) cannot be established from the roster, so the projection is unknown (treated as ¥0).",
          ),
        ];
  reasons.push(...company.failureReasons);
  return { yen: 0, isProjection: true, status, reasons };
}
