import { scheduleListResponse } from "../../../../../../shared/api/schedules";
import { api } from "../../../lib/api-client";

export const listSchedules = () => api.get(scheduleListResponse, "/api/schedules");

export const saveSchedule = (fiscalYear: number, body: unknown) =>
  api.put(scheduleListResponse, `/api/schedules/${fiscalYear}`, body);
