import { useEffect, useState } from "react";
import { parseLocation, type AppLocation } from "./router";

const read = (): AppLocation => parseLocation(window.location.pathname, window.location.search);

/** Moves to an address inside the app without reloading the page. */
export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, "", href);
  else window.history.pushState(null, "", href);
  window.dispatchEvent(new PopStateEvent("popstate"));
}

/** The current page, following back/forward and navigate(). */
export function useLocation(): AppLocation {
  const [location, setLocation] = useState(read);
  useEffect(() => {
    const update = () => setLocation(read());
    window.addEventListener("popstate", update);
    return () => window.removeEventListener("popstate", update);
  }, []);
  return location;
}
