import type { FastifyInstance } from "fastify";
import { scheduleListResponse, scheduleParams } from "../../../shared/api/schedules";
import { addSchedule, conflictsWithOtherYears } from "../../../shared/schedule/schedule-book";
import { parseScheduleFile, toScheduleFile } from "../../../shared/schedule/schedule-file";
import { requireRole } from "../auth/guards";
import { validationFailed } from "../http/api-error";
import { parseInput } from "../http/parse-input";
import { SCHEDULE_MESSAGES } from "../messages/schedules";
import { listKnownSchedules } from "../schedules/load-stored-schedules";
import { ACCESS, type RouteContext } from "./route-context";

/**
 * GET /api/schedules — public: the fiscal years' rounds (bundled and uploaded), for the pages'
 * year selectors and the task pane. PUT /api/schedules/:fiscalYear — admin uploads a year's
 * 募集要項 dates; the same schema as the CLI's `--schedule` checks it, and every problem names
 * the file's field.
 */
export async function scheduleRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  const { storage } = ctx;

  app.get("/api/schedules", async () =>
    scheduleListResponse.parse({ schedules: await listKnownSchedules(storage) }),
  );

  app.put(
    "/api/schedules/:fiscalYear",
    { onRequest: requireRole(storage, ACCESS.manageUsersAndTokens, ctx.now) },
    async (request) => {
      const { fiscalYear } = parseInput(scheduleParams, request.params, "query");
      const parsed = parseScheduleFile(request.body);
      const problems = parsed.ok ? [] : parsed.problems;
      if (parsed.ok && parsed.schedule.fiscalYear !== fiscalYear) {
        const text = SCHEDULE_MESSAGES.yearMismatch(fiscalYear, parsed.schedule.fiscalYear);
        problems.push({ path: "fiscalYear", ja: text.ja, en: text.en });
      }
      // Checked against the other years before storing, so a refused file changes nothing.
      if (parsed.ok && problems.length === 0) {
        problems.push(...conflictsWithOtherYears(parsed.schedule));
      }
      if (!parsed.ok || problems.length > 0) {
        throw validationFailed(
          problems.map((p) => ({
            path: p.path,
            code: "invalid_schedule",
            messageJa: `${p.path}: ${p.ja}`,
            messageEn: `${p.path}: ${p.en}`,
          })),
        );
      }
      await storage.saveSchedule({
        fiscalYear,
        body: toScheduleFile(parsed.schedule),
        updatedBy: request.sessionUser!.userId,
      });
      addSchedule(parsed.schedule);
      await storage.audit({
        action: "schedule.save",
        actorUserId: request.sessionUser!.userId,
        detail: { fiscalYear, rounds: parsed.schedule.rounds.length },
      });
      return scheduleListResponse.parse({ schedules: await listKnownSchedules(storage) });
    },
  );
}
