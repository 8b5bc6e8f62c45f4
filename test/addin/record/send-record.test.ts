import { sendRecord, submissionsUrl } from "../../../addin/src/features/record/api/send-record";
import type { StatsRecord } from "../../../shared/stats/record-schema";

const record = { round: 1 } as unknown as StatsRecord;

function answering(status: number, body: unknown = {}): typeof fetch {
  return (async () => new Response(JSON.stringify(body), { status })) as typeof fetch;
}

describe("sending the record", () => {
  test("the submissions URL is built from the dashboard's URL", () => {
    expect(submissionsUrl("https://d.example/")).toBe("https://d.example/api/submissions");
    expect(submissionsUrl(" https://d.example/base// ")).toBe(
      "https://d.example/base/api/submissions",
    );
    expect(submissionsUrl("d.example")).toBeNull();
    expect(submissionsUrl("javascript:alert(1)")).toBeNull();
  });

  test("posts JSON with the bearer token", async () => {
    const calls: [string, RequestInit][] = [];
    const fake = (async (url: string, init: RequestInit) => {
      calls.push([url, init]);
      return new Response("{}", { status: 201 });
    }) as unknown as typeof fetch;
    const outcome = await sendRecord("https://d.example", " tok ", record, fake);
    expect(outcome).toMatchObject({ kind: "stored", ok: true, status: 201 });
    expect(calls[0]![0]).toBe("https://d.example/api/submissions");
    expect(calls[0]![1].headers).toMatchObject({ Authorization: "Bearer tok" });
    expect(calls[0]![1].body).toBe(JSON.stringify(record));
  });

  test.each([
    [201, "stored", true, "受け付けました"],
    [200, "alreadyStored", true, "既に受け付け済み"],
    [409, "conflict", false, "新しい提出ID"],
    [401, "unauthorized", false, "トークン"],
    [500, "other", false, "予期しない"],
  ])("status %i is explained as %s", async (status, kind, ok, words) => {
    const outcome = await sendRecord("https://d.example", "t", record, answering(status));
    expect(outcome.kind).toBe(kind);
    expect(outcome.ok).toBe(ok);
    expect(outcome.message.ja).toContain(words);
  });

  test("400 lists the fields; 403 carries the server's reason", async () => {
    const invalid = await sendRecord(
      "https://d.example",
      "t",
      record,
      answering(400, {
        error: {
          messageJa: "不正",
          messageEn: "bad",
          fields: [{ path: "round", messageJa: "範囲外", messageEn: "out of range" }],
        },
      }),
    );
    expect(invalid.fields).toEqual([
      { path: "round", message: { ja: "範囲外", en: "out of range" } },
    ]);
    const forbidden = await sendRecord(
      "https://d.example",
      "t",
      record,
      answering(403, { error: { messageJa: "第2回の提出用です。", messageEn: "round 2 only" } }),
    );
    expect(forbidden.message.ja).toContain("第2回の提出用です。");
  });

  test("network failures and bad URLs never throw", async () => {
    const down = (async () => {
      throw new TypeError("Failed to fetch");
    }) as typeof fetch;
    await expect(sendRecord("https://d.example", "t", record, down)).resolves.toMatchObject({
      kind: "network",
      status: null,
    });
    await expect(sendRecord("nope", "t", record, down)).resolves.toMatchObject({ kind: "badUrl" });
  });

  test("a cross-origin refusal names the setting to change, not the network", async () => {
    // The browser rejects the CORS POST like a network error; a no-cors probe still reaches the server.
    const modes: (RequestMode | undefined)[] = [];
    const refusing = (async (_url: string, init: RequestInit) => {
      modes.push(init.mode);
      if (init.mode === "no-cors") return new Response(null, { status: 200 });
      throw new TypeError("Failed to fetch");
    }) as unknown as typeof fetch;
    const outcome = await sendRecord(
      "https://d.example",
      "t",
      record,
      refusing,
      "https://pane.example:3443",
    );
    expect(outcome).toMatchObject({ kind: "refusedOrigin", status: null, ok: false });
    expect(outcome.message.ja).toContain(
      "KATSUYAKU_ALLOWED_ORIGINS に https://pane.example:3443 を加えて",
    );
    expect(outcome.message.en).toContain("KATSUYAKU_ALLOWED_ORIGINS");
    expect(outcome.message.ja).not.toContain("プロキシ");
    expect(modes).toEqual([undefined, "no-cors"]);

    // Nothing answers at all: that is the network after all.
    const down = (async () => {
      throw new TypeError("Failed to fetch");
    }) as typeof fetch;
    await expect(
      sendRecord("https://d.example", "t", record, down, "https://pane.example:3443"),
    ).resolves.toMatchObject({ kind: "network" });
  });
});
