import { normalizeText } from "../../../shared/roster/normalize-text";
import { parseEnum, type EnumKey } from "../../../shared/roster/parse-enums";

const read = (key: EnumKey, text: string) => parseEnum(key, normalizeText(text));

describe("enumerations", () => {
  it.each([
    ["女性", "woman"],
    ["女", "woman"],
    ["F", "woman"],
    ["f", "woman"],
    ["female", "woman"],
    ["Female", "woman"],
    ["ＦＥＭＡＬＥ", "woman"],
    [" 女性 ", "woman"],
    ["男性", "man"],
    ["男", "man"],
    ["M", "man"],
    ["male", "man"],
    ["MALE", "man"],
  ])("性別 %s → %s", (text, expected) => {
    expect(read("gender", text)).toBe(expected);
  });

  it.each([
    ["正規", "regular"],
    ["正社員", "regular"],
    ["非正規", "nonRegular"],
    ["パート", "nonRegular"],
    ["ﾊﾟｰﾄ", "nonRegular"],
    ["パートタイマー", "nonRegular"],
    ["アルバイト", "nonRegular"],
    ["ｱﾙﾊﾞｲﾄ", "nonRegular"],
    ["契約社員", "nonRegular"],
    ["嘱託", "nonRegular"],
    ["派遣", "dispatched"],
    ["派遣社員", "dispatched"],
    ["派遣労働者", "dispatched"],
  ])("雇用形態 %s → %s", (text, expected) => {
    expect(read("employmentType", text)).toBe(expected);
  });

  it.each([
    ["役員", "officer"],
    ["部長級", "director"],
    ["課長級", "sectionChief"],
    ["係長級", "subsectionChief"],
    ["一般", "none"],
  ])("職階 %s → %s", (text, expected) => {
    expect(read("grade", text)).toBe(expected);
  });

  it("the yes/no columns", () => {
    expect(read("term", "無期")).toBe("indefinite");
    expect(read("term", "有期")).toBe("fixed");
    expect(read("retirementPlan", "対象")).toBe(true);
    expect(read("retirementPlan", "対象外")).toBe(false);
    expect(read("workplace", "都内")).toBe("tokyo");
    expect(read("workplace", "都外")).toBe("outside");
    expect(read("employmentInsurance", "加入")).toBe(true);
    expect(read("employmentInsurance", "未加入")).toBe(false);
  });

  it.each([
    ["gender", "X"],
    ["gender", "女性です"],
    ["gender", "woman?"],
    ["employmentType", "正規 社員"],
    ["employmentType", "出向"],
    ["grade", "主任"],
    ["grade", "一般職"],
    ["term", "無"],
    ["retirementPlan", "true"],
    ["workplace", "東京"],
    ["employmentInsurance", "はい"],
  ] as const)("%s does not accept %s", (key, text) => {
    expect(read(key, text)).toBeUndefined();
  });
});
