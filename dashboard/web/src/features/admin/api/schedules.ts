import {
  scheduleListResponse,
  type ScheduleListResponse,
} from "../../../../../../shared/api/schedules";
import { api } from "../../../lib/api-client";

export const listSchedules = async (): Promise<ScheduleListResponse> =>
  scheduleListResponse.parse(await api.get<unknown>("/api/schedules"));

export const saveSchedule = async (
  fiscalYear: number,
  body: unknown,
): Promise<ScheduleListResponse> =>
  scheduleListResponse.parse(await api.put<unknown>(`/api/schedules/${fiscalYear}`, body));
