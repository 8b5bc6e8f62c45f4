import { openPgliteClient } from "./dashboard/server/storage/pglite-client";
import { openPgClient } from "./dashboard/server/storage/pg-client";
import { openSqlStorage } from "./dashboard/server/storage/sql-storage";
import { demoRecords } from "./dashboard/server/demo/demo-records";
import { statsRecordSchema } from "./shared/stats/record-schema";
import { canonicalJson } from "./dashboard/server/records/canonical-json";
const log = (...a: unknown[]) => process.stderr.write(a.map(x => typeof x === "string" ? x : JSON.stringify(x)).join(" ") + "\n");
const recs = demoRecords();
for (const r of recs) statsRecordSchema.parse(r);
log("demo", recs.length);
for (const which of ["pglite", "pg"]) {
  const t0 = Date.now();
  const client = which === "pglite" ? await openPgliteClient(undefined) : await openPgClient({ connectionString: process.env.URL!, schema: "smoke_" + Date.now() });
  const st = await openSqlStorage(client);
  log(which, "open", Date.now() - t0, st.isNew);
  const inputs = recs.map(r => ({ submissionId: r.submissionId, fiscalYear: r.fiscalYear, round: r.round, body: r, canonical: canonicalJson(r), source: "demo" as const, tokenId: null }));
  let t = Date.now();
  log(which, "import", (await st.importRecords(inputs)).kind, Date.now() - t);
  log(which, "again", JSON.stringify([...((await st.importRecords(inputs.slice(0,2))) as any).outcomes]));
  log(which, "insert same", await st.insertRecord(inputs[0]!));
  log(which, "insert conflict", await st.insertRecord({ ...inputs[0]!, canonical: "x" }));
  t = Date.now();
  const agg = await st.aggregate(2025);
  log(which, "agg", Date.now() - t, agg.groups.length, agg.bands.length);
  log(agg.groups.find(g => g.round === null && g.dimension === "total"));
  log(agg.groups.filter(g => g.round === 6));
  log(agg.bands.filter(b => b.round === null && b.stat === "wageGapAll"));
  await st.close();
}
