/**
 * The words of the annual report (年次報告) itself: Japanese only, as the document the policy
 * staff hand on is. Figures arrive already formatted ("X" when suppressed, "-" when none).
 */

/** 令和N年度 for a fiscal year (令和元年 = 2019); before the era, the western year. */
export function fiscalYearJa(fiscalYear: number): string {
  const n = fiscalYear - 2018;
  if (n < 1) return `${fiscalYear}年度`;
  return `令和${n === 1 ? "元" : n}年度`;
}

export const SUPPRESSION_NOTE_JA =
  "「X」は、3社未満の企業に関する数値、又はその数値が他の数値との計算で判明してしまうため秘匿した数値です。「-」は該当する企業がないことを示します。";

/** The generated 取組実績 sentences, one per generator of plan.ts. */
export const ACHIEVEMENT_JA = {
  /** appended when a sentence shows a suppressed figure */
  suppressedNote: "（Xは3社未満の企業に関する数値等のため秘匿）",
  perRound: (round: number, companies: string) => `第${round}回${companies}社`,
  listSeparator: "、",
  seminars: (a: {
    era: string;
    rounds: number;
    companies: string;
    capacity: string;
    perRound: string;
    grantManYen: string;
  }) =>
    `${a.era}は、女性管理職比率・男女間賃金格差改善促進事業の申請を年${a.rounds}回受け付け、` +
    `セミナーを受講して申請し、実績報告に当たり統計データを提出した企業は${a.companies}社（定員${a.capacity}社。${a.perRound}）であった。` +
    `奨励金の見込額は合計${a.grantManYen}万円であった（実績報告時点の試算）。`,
  appointment: (a: {
    selectedA: string;
    achievedA: string;
    selectedB: string;
    achievedB: string;
    newManagers: string;
    newAllowance: string;
    ratioBefore: string;
    ratioAfter: string;
  }) =>
    `女性管理職の増加（取組A）を選択した${a.selectedA}社のうち${a.achievedA}社、` +
    `役職手当の支給対象となる女性従業員の増加（取組B）を選択した${a.selectedB}社のうち${a.achievedB}社が取組を達成し、` +
    `新たに管理職に就いた女性は${a.newManagers}人、新たに役職手当の支給対象となった女性は${a.newAllowance}人であった。` +
    `企業ごとの女性管理職比率（中央値）は、申請時${a.ratioBefore}%、実績報告時${a.ratioAfter}%であった。`,
  career: (a: { achievedC: string; achievedD: string; training: string }) =>
    `非正規従業員でも登用可能な役職の新設（取組C）を${a.achievedC}社、` +
    `非正規従業員の退職金制度の導入（取組D）を${a.achievedD}社が達成した。` +
    `全ての従業員を対象とする研修（取組3）は${a.training}社が実施期間中に完了した。`,
  awareness: (a: { all: string; regular: string; nonRegular: string }) =>
    `参加企業は一般事業主行動計画の策定・届出と男女の賃金の差異の公表に取り組んだ。` +
    `統計データを提出した企業の男女の賃金の差異（男性の平均賃金に対する女性の平均賃金の割合、企業ごとの中央値）は、` +
    `全労働者${a.all}%、正規雇用労働者${a.regular}%、非正規雇用労働者${a.nonRegular}%であった。`,
};

/** The document around the sentences: title, columns, notes and the statistics annex. */
export const REPORT_DOCUMENT_JA = {
  title: (organisation: string, era: string) =>
    `${organisation} ${era}取組実績（東京都女性活躍推進計画）`,
  columns: (era: string): [string, string, string, string] => [
    "番号",
    "項目",
    "「東京都女性活躍推進計画」記載の内容",
    `${era}取組実績`,
  ],
  notes: [
    "数値は実績報告時に企業から提出された統計データ（氏名等を含まない集計値）によります。奨励金の額は見込額であり、交付決定額ではありません。",
    "新たに管理職に就いた女性の数は、企業ごとに「実績報告時 − 申請時」の女性管理職数（0未満は0）を合計したものです。",
  ],
  annexHeader: [
    "区分",
    "定員",
    "提出企業数",
    "取組A 達成",
    "取組B 達成",
    "取組C 達成",
    "取組D 達成",
    "新たに管理職に就いた女性（人）",
    "新たに役職手当の対象となった女性（人）",
    "研修完了企業数",
    "奨励金見込額（円）",
    "賃金の差異 中央値（全労働者, %）",
  ],
  annexRound: (round: number) => `第${round}回`,
  annexYear: "年度計",
  annexTitle: (fiscalYear: string) => `参考：申請回別の集計（${fiscalYear}年度）`,
  sheetPlan: "取組実績",
  sheetAnnex: "集計表",
};
