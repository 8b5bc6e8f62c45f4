import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { AdminPage } from "../features/admin/components/AdminPage";
import { getMe, logout } from "../features/auth/api/session";
import { LoginPage } from "../features/auth/components/LoginPage";
import { ReportPage } from "../features/annual-report/components/ReportPage";
import { BreakdownsPage } from "../features/statistics/components/BreakdownsPage";
import { OverviewPage } from "../features/statistics/components/OverviewPage";
import { RoundPage } from "../features/statistics/components/RoundPage";
import { I18nProvider, useI18n } from "../i18n/i18n-context";
import { canSee, rolesFor } from "../lib/access";
import { onUnauthorized } from "../lib/api-client";
import type { Me } from "../lib/api-types";
import { hrefFor, type Route } from "../lib/router";
import { navigate, useLocation } from "../lib/use-location";
import { AppShell, roleLabelKey } from "./AppShell";
import { chosenFiscalYear } from "./fiscal-years";
import { useSchedulesVersion } from "../lib/schedules";
import { LanguageSwitch } from "./LanguageSwitch";
import { Notice } from "./Notice";

type Session = { status: "checking" } | { status: "out" } | { status: "in"; me: Me };

export function App() {
  return (
    <FluentProvider theme={webLightTheme}>
      <I18nProvider>
        <Pages />
      </I18nProvider>
    </FluentProvider>
  );
}

function Pages() {
  const { t } = useI18n();
  const { route, fiscalYear: addressYear } = useLocation();
  // A schedule uploaded on the admin page re-renders the year selector and the round links.
  useSchedulesVersion();
  const fiscalYear = chosenFiscalYear(addressYear);
  const [session, setSession] = useState<Session>({ status: "checking" });

  useEffect(() => {
    getMe().then(
      (me) => setSession({ status: "in", me }),
      () => setSession({ status: "out" }),
    );
    // An expired session anywhere sends the user back to the login page.
    return onUnauthorized(() => setSession({ status: "out" }));
  }, []);

  const signOut = useCallback(() => {
    void logout()
      .catch(() => undefined)
      .then(() => {
        setSession({ status: "out" });
        navigate("/login", { replace: true });
      });
  }, []);

  if (session.status === "checking") return <Spinner label={t("loading")} />;
  if (session.status === "out") {
    return (
      <main id="main">
        <LanguageSwitch />
        <LoginPage
          onLoggedIn={(me) => {
            setSession({ status: "in", me });
            if (route.name === "login") navigate(hrefFor({ name: "overview" }, fiscalYear));
          }}
        />
      </main>
    );
  }
  const { me } = session;
  return (
    <AppShell me={me} route={route} fiscalYear={fiscalYear} onLogout={signOut}>
      <Page route={route} me={me} fiscalYear={fiscalYear} />
    </AppShell>
  );
}

function Page({ route, me, fiscalYear }: { route: Route; me: Me; fiscalYear: number }) {
  const { t } = useI18n();
  if (!canSee(me.role, route.name)) {
    const roles = rolesFor(route.name)
      .map((r) => t(roleLabelKey(r)))
      .join("・");
    return <Notice title={t("forbidden")} body={t("forbiddenBody", { roles })} />;
  }
  switch (route.name) {
    case "login":
    case "overview":
      return <OverviewPage fiscalYear={fiscalYear} />;
    case "round":
      return <RoundPage key={route.round} fiscalYear={fiscalYear} round={route.round} />;
    case "breakdowns":
      return <BreakdownsPage fiscalYear={fiscalYear} />;
    case "report":
      return <ReportPage fiscalYear={fiscalYear} />;
    case "admin":
      return <AdminPage fiscalYear={fiscalYear} me={me} />;
    case "notFound":
      return <Notice title={t("notFound")} body={t("notFoundBody")} />;
  }
}
