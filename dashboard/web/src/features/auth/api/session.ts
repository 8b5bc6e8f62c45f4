import { api } from "../../../lib/api-client";
import type { Me } from "../../../lib/api-types";

export const getMe = () => api.get<Me>("/api/me");

export const login = (username: string, password: string) =>
  api.post<Me>("/api/login", { username, password });

/** Ends the session on the server too, not only in this tab. */
export const logout = () => api.post<undefined>("/api/logout");
