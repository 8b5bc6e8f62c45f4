import type { CivilDate } from "../dates/civil-date";
import type { Worker } from "../roster/worker";
import type { Reason } from "./action-result";
import { type OfficerRatio, officerRatio } from "./officer-ratio";
import { type CategoryRatio, femaleRatioByCategory } from "./female-ratio";
import { type RegularlyEmployedResult, regularlyEmployedCount } from "./regularly-employed";
import { type TokyoInsuredResult, tokyoInsured } from "./tokyo-insured";

/** A condition of p.1 that only the company can declare: shown as a checklist, never computed. */
export interface DeclarationItem {
  /** The guideline's own number, e.g. "(5)". */
  id: string;
  ja: string;
  en: string;
}

/** The non-roster conditions of 支給対象事業者 (p.1 (1), (4)–(19)), summarised. */
export const DECLARATIONS: readonly DeclarationItem[] = [
  {
    id: "(1)",
    ja: "本社又は主たる事業所が東京都内にある",
    en: "Head office or main place of business is in Tokyo",
  },
  {
    id: "(4)",
    ja: "セミナーを受講し、実施期間中に専門家派遣を受けることを確約する",
    en: "Attended the seminar and commits to the expert visits during the implementation period",
  },
  {
    id: "(5)",
    ja: "就業規則を作成して労働基準監督署に届け出ている",
    en: "Work rules are drawn up and filed with the Labour Standards Inspection Office",
  },
  {
    id: "(6)",
    ja: "過去5年間に東京都の助成事業で不正受給による不支給決定・支給決定取消しを受けていない",
    en: "No refusal or cancellation for fraudulent receipt in a Tokyo subsidy in the past 5 years",
  },
  {
    id: "(7)",
    ja: "過去5年間に重大な法令違反等がない",
    en: "No serious legal violation in the past 5 years",
  },
  {
    id: "(8)",
    ja: "労働関係法令を遵守している（最低賃金、固定残業代、36協定、年5日の年次有給休暇、その他賃金・労働時間）",
    en: "Complies with labour law (minimum wage, fixed overtime pay, the Article 36 agreement, 5 days of annual paid leave, other wage and working-time rules)",
  },
  {
    id: "(9)",
    ja: "セクシュアルハラスメント等を防止する措置を取っている",
    en: "Has measures against sexual and other harassment",
  },
  {
    id: "(10)",
    ja: "法人都民税・法人事業税（個人事業主は個人都民税・個人事業税）の未納がない",
    en: "No unpaid Tokyo corporate inhabitant or enterprise tax (individual taxes for sole proprietors)",
  },
  {
    id: "(11)",
    ja: "代表者・役員・従業員等が暴力団員等に該当しない",
    en: "No representative, officer or employee is a member of or linked to an organised crime group",
  },
  {
    id: "(12)",
    ja: "風俗営業等を行っていない",
    en: "Does not run adult entertainment or similar businesses",
  },
  {
    id: "(13)",
    ja: "宗教活動や政治活動を主たる目的とする団体等でない",
    en: "Is not an organisation mainly for religious or political activity",
  },
  {
    id: "(14)",
    ja: "東京都及び東京都政策連携団体への賃料・使用料等の支払が滞っていない",
    en: "No overdue rent or fees owed to Tokyo or its policy partner organisations",
  },
  {
    id: "(15)",
    ja: "民事再生・会社更生・破産・私的整理の手続中など事業継続が不確実な状況にない",
    en: "Not in rehabilitation, reorganisation, bankruptcy or private restructuring proceedings",
  },
  {
    id: "(16)",
    ja: "休眠会社として解散したものとみなされていない",
    en: "Not deemed dissolved as a dormant company",
  },
  {
    id: "(17)",
    ja: "「女性活躍の推進に向けた雇用環境整備促進奨励金」を受給（予定含む）していない（異なる取組の場合を除く）",
    en: "Has not received (nor will receive) the earlier grant for women's advancement, unless for a different action",
  },
  {
    id: "(18)",
    ja: "本奨励金を受給（予定含む）していない",
    en: "Has not received (nor will receive) this grant",
  },
  {
    id: "(19)",
    ja: "その他理事長が不適切と認める事項に該当しない",
    en: "Nothing else the foundation's chair deems inappropriate",
  },
];

/** What a roster can tell about 支給対象事業者 (p.1), plus the checklist it cannot. */
export interface CompanyEligibility {
  /** E1: ≤ 300 常時雇用する労働者. */
  regularlyEmployed: RegularlyEmployedResult;
  /** E2: a regularly employed, insured worker in Tokyo. */
  tokyoInsured: TokyoInsuredResult;
  /** E3 material: every category's female ratio; each action names the one it targets. */
  categories: CategoryRatio[];
  /** false if E1 or E2 fails, null if either is unknown, true otherwise (declarations aside). */
  rosterConditionsMet: boolean | null;
  /** Why the roster conditions are not met or unknown, the deciding reason first; empty when met. */
  failureReasons: Reason[];
  /** Dispatched workers excluded from every count (tell the user). */
  dispatchedExcluded: number;
  /** Officers who are not also employees: counted for the officer ratio only (tell the user). */
  officersExcluded: number;
  officers: OfficerRatio;
  declarations: readonly DeclarationItem[];
}

/** E1, E2 and the per-category ratios on the application-date roster. */
export function companyEligibility(
  workers: readonly Worker[],
  asOf?: CivilDate,
): CompanyEligibility {
  return companyEligibilityOf({
    regularlyEmployed: regularlyEmployedCount(workers, asOf),
    insured: tokyoInsured(workers, asOf),
    categories: femaleRatioByCategory(workers),
    officers: officerRatio(workers),
  });
}

/** What companyEligibility is judged from; a roster summary computes them in one pass. */
export interface EligibilityParts {
  regularlyEmployed: RegularlyEmployedResult;
  insured: TokyoInsuredResult;
  categories: CategoryRatio[];
  officers: OfficerRatio;
}

/** E1, E2 and the ratios put together: the verdict and its reasons. */
export function companyEligibilityOf(parts: EligibilityParts): CompanyEligibility {
  const { regularlyEmployed, insured, categories, officers } = parts;
  const e1 = regularlyEmployed.status;
  const e2 = insured.satisfied;
  const rosterConditionsMet =
    e1 === "notMet" || e2 === false ? false : e1 === "unknown" || e2 === null ? null : true;
  const failureReasons: Reason[] = [];
  // A failing condition decides; an unknown one is only worth saying when nothing fails.
  if (e1 === "notMet") failureReasons.push(regularlyEmployed.reasons[0]!);
  if (e2 === false) failureReasons.push(...insured.reasons);
  if (failureReasons.length === 0) {
    if (e1 === "unknown") failureReasons.push(...regularlyEmployed.reasons.slice(1));
    if (e2 === null) failureReasons.push(...insured.reasons);
  }
  return {
    regularlyEmployed,
    tokyoInsured: insured,
    categories,
    rosterConditionsMet,
    failureReasons,
    dispatchedExcluded: regularlyEmployed.dispatchedExcluded,
    officersExcluded: regularlyEmployed.officersExcluded,

    officers,
    declarations: DECLARATIONS,
  };
}
