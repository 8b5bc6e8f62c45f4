import type { Figure, Publication } from "../aggregation/publication";
import { reiwaFiscalYear } from "./era";
import { formatFigure, SUPPRESSED_MARK } from "./format-figure";
import type { GeneratorKey } from "./plan";

/**
 * The 取組実績 text of an item, written from the year's PUBLISHED figures only: a suppressed
 * figure reads "X" here exactly as in the tables, so the text cannot leak what they hide.
 */
export function generateAchievement(generator: GeneratorKey, publication: Publication): string {
  const text = SENTENCES[generator](publication);
  return text.includes(SUPPRESSED_MARK) ? `${text}${X_NOTE}` : text;
}

const X_NOTE = "（Xは3社未満の企業に関する数値等のため秘匿）";

const n = (figure: Figure) => formatFigure(figure);
const pct = (figure: Figure) => formatFigure(figure, 1);

/** ¥ in 万円 for prose, e.g. 6,700万円. */
const manYen = (figure: Figure) =>
  figure.suppressed || figure.value === null
    ? formatFigure(figure)
    : (figure.value / 10_000).toLocaleString("ja-JP");

const SENTENCES: Record<GeneratorKey, (p: Publication) => string> = {
  seminars: (p) => {
    const fy = p.fiscalYearScope.figures;
    const perRound = p.rounds.map((r) => `第${r.round}回${n(r.figures.companies)}社`).join("、");
    return (
      `${reiwaFiscalYear(p.fiscalYear)}は、女性管理職比率・男女間賃金格差改善促進事業の申請を年${p.rounds.length}回受け付け、` +
      `セミナーを受講して申請し、実績報告に当たり統計データを提出した企業は${n(fy.companies)}社（定員${p.fiscalYearScope.capacity.toLocaleString("ja-JP")}社。${perRound}）であった。` +
      `奨励金の見込額は合計${manYen(fy.sums.projectedGrantYen)}万円であった（実績報告時点の試算）。`
    );
  },
  appointment: (p) => {
    const fy = p.fiscalYearScope.figures;
    return (
      `女性管理職の増加（取組A）を選択した${n(fy.selected.A)}社のうち${n(fy.achieved.A)}社、` +
      `役職手当の支給対象となる女性従業員の増加（取組B）を選択した${n(fy.selected.B)}社のうち${n(fy.achieved.B)}社が取組を達成し、` +
      `新たに管理職に就いた女性は${n(fy.sums.newFemaleManagers)}人、新たに役職手当の支給対象となった女性は${n(fy.sums.newFemaleAllowanceRecipients)}人であった。` +
      `企業ごとの女性管理職比率（中央値）は、申請時${pct(fy.stats.managerRatioBefore.median)}%、実績報告時${pct(fy.stats.managerRatioAfter.median)}%であった。`
    );
  },
  career: (p) => {
    const fy = p.fiscalYearScope.figures;
    return (
      `非正規従業員でも登用可能な役職の新設（取組C）を${n(fy.achieved.C)}社、` +
      `非正規従業員の退職金制度の導入（取組D）を${n(fy.achieved.D)}社が達成した。` +
      `全ての従業員を対象とする研修（取組3）は${n(fy.trainingComplete)}社が実施期間中に完了した。`
    );
  },
  awareness: (p) => {
    const s = p.fiscalYearScope.figures.stats;
    return (
      `参加企業は一般事業主行動計画の策定・届出と男女の賃金の差異の公表に取り組んだ。` +
      `統計データを提出した企業の男女の賃金の差異（男性の平均賃金に対する女性の平均賃金の割合、企業ごとの中央値）は、` +
      `全労働者${pct(s.wageGapAll.median)}%、正規雇用労働者${pct(s.wageGapRegular.median)}%、非正規雇用労働者${pct(s.wageGapNonRegular.median)}%であった。`
    );
  },
  none: () => "",
};
