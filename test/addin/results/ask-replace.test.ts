import { askReplace } from "../../../addin/src/features/results/ask-replace";
import { EMPTY_SESSION, type Session } from "../../../addin/src/app/session";

function pane(): { session: () => Session; patch: (p: Partial<Session>) => void } {
  let session = EMPTY_SESSION;
  return { session: () => session, patch: (p) => (session = { ...session, ...p }) };
}

describe("asking before replacing sheets the add-in did not mark", () => {
  test.each([true, false])("the answer (%s) comes back and the question goes", async (yes) => {
    const { session, patch } = pane();
    const answer = askReplace(["区分別女性比率", "検証結果"], patch);
    const question = session().question!;
    expect(question.text.ja).toBe(
      "次のシートは Katsuyaku が作ったものか確認できません: 区分別女性比率、検証結果。結果で置き換えますか？（残す場合は、結果を別の名前のシートに書き出します）",
    );
    expect(question.text.en).toContain("区分別女性比率, 検証結果");
    question.answer(yes);
    await expect(answer).resolves.toBe(yes);
    expect(session().question).toBeNull();
  });
});
