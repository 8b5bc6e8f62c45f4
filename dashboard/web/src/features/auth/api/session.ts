import type { z } from "zod";
import { meResponse, type loginBody } from "../../../../../../shared/api/auth";
import { api } from "../../../lib/api-client";

export const getMe = () => api.get(meResponse, "/api/me");

export const login = (username: string, password: string) =>
  api.post(meResponse, "/api/login", { username, password } satisfies z.input<typeof loginBody>);

/** Ends the session on the server too, not only in this tab. */
export const logout = () => api.postNoContent("/api/logout");
