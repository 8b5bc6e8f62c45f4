import { withdrawalDeadline, withdrawalStatus } from "../../../shared/schedule/withdrawal";

describe("withdrawalDeadline: the notice day is day 1 of 14", () => {
  it.each([
    ["2025-07-10", "2025-07-23"],
    ["2025-12-25", "2026-01-07"],
    ["2026-02-20", "2026-03-05"],
  ])("notified %s → last day %s", (notified, deadline) => {
    expect(withdrawalDeadline(notified)).toBe(deadline);
  });
});

describe("withdrawalStatus", () => {
  it("the 14th day is still a withdrawal", () => {
    const s = withdrawalStatus("2025-07-10", "2025-07-23");
    expect(s.kind).toBe("withdrawal");
    expect(s.deadline).toBe("2025-07-23");
    expect(s.explanation.ja).toContain("様式第5号");
    expect(s.explanation.en).toContain("does not count");
  });

  it("the 15th day is a cancellation that uses up the application", () => {
    const s = withdrawalStatus("2025-07-10", "2025-07-24");
    expect(s.kind).toBe("cancellation");
    expect(s.explanation.ja).toContain("中止届出書");
    expect(s.explanation.ja).toContain("申請回数に数えられ");
  });

  it("the notice day itself and days before the decision are a withdrawal", () => {
    expect(withdrawalStatus("2025-07-10", "2025-07-10").kind).toBe("withdrawal");
    expect(withdrawalStatus("2025-07-10", "2025-07-01").kind).toBe("withdrawal");
  });
});
