import type { PlanItem } from "../../../shared/api/report-plan";

/**
 * The demo's plan items: neutral sample text, marked as sample, so that nobody mistakes them
 * for the plan's words or another organisation's report. Policy staff replace them on the
 * 年次報告 page with the items of the plan in force. Each generator appears once, so the demo
 * shows every kind of generated 取組実績.
 */
const PATH_I = ["I（サンプル）大項目", "1（サンプル）中項目"];

export const SAMPLE_PLAN_ITEMS: readonly PlanItem[] = [
  {
    id: "8",
    number: "8",
    path: [...PATH_I, "(1)（サンプル）小項目"],
    title: "【サンプル】研修・セミナー等の開催",
    planText:
      "（サンプル）ここに「東京都女性活躍推進計画」の該当項目の記載内容を入力してください。",
    generator: "seminars",
  },
  {
    id: "19",
    number: "19",
    path: [...PATH_I, "(2)（サンプル）小項目"],
    title: "【サンプル】女性の登用促進",
    planText: "（サンプル）計画の記載内容を入力してください。",
    generator: "appointment",
  },
  {
    id: "47",
    number: "47",
    path: [...PATH_I, "(3)（サンプル）小項目"],
    title: "【サンプル】キャリア形成支援",
    planText: "（サンプル）計画の記載内容を入力してください。",
    generator: "career",
  },
  {
    id: "164",
    number: "164",
    path: ["II（サンプル）大項目", "1（サンプル）中項目", "(1)（サンプル）小項目"],
    title: "【サンプル】周知・普及啓発",
    planText: "（サンプル）計画の記載内容を入力してください。",
    generator: "awareness",
  },
];
