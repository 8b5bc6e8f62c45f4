import { INDUSTRIES } from "../../../shared/stats/industries";
import { INDUSTRY_CODES } from "../../../shared/stats/record-schema";

describe("industry labels", () => {
  it("name every code the record schema accepts, once, in JSIC order", () => {
    expect(INDUSTRIES.map((i) => i.code)).toEqual([...INDUSTRY_CODES]);
  });

  it("have Japanese and English text", () => {
    for (const industry of INDUSTRIES) {
      expect(industry.ja).toMatch(/[\u3040-\u9fff]/);
      expect(industry.en).toMatch(/^[A-Z][A-Za-z ,.()-]+$/);
    }
    expect(INDUSTRIES.find((i) => i.code === "E")?.ja).toBe("製造業");
  });
});
