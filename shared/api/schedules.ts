import { z } from "zod";
import { buildScheduleFileSchema } from "../schedule/schedule-file";

/**
 * GET /api/schedules (public: a 募集要項's dates are public, and the task pane reads them) and
 * PUT /api/schedules/:fiscalYear (admin). The body of the PUT and each listed schedule have the
 * schedule file's own shape, so a file a person edits is what the API takes and gives.
 */
export const scheduleListResponse = z.object({
  schedules: z.array(
    buildScheduleFileSchema().extend({
      /** bundled: shipped with the tool; uploaded: stored by the dashboard's admin */
      origin: z.enum(["bundled", "uploaded"]),
    }),
  ),
});
export type ScheduleListResponse = z.infer<typeof scheduleListResponse>;

export const scheduleParams = z
  .object({
    fiscalYear: z
      .string()
      .regex(/^\d{4}$/)
      .transform(Number),
  })
  .strict();

/** The body is checked with `parseScheduleFile`, whose problems name the file's fields. */
export const scheduleBody = z.unknown();
