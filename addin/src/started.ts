/**
 * Tells addin/public/old-webview.js that the pane's module runs. The bundle is one module
 * chunk, so a webview that cannot parse its syntax (`?.` in an old Safari or Edge Legacy) never
 * sets this, and the fallback shows its message at the page's load event instead of leaving
 * the pane blank. Imported first in main.tsx so that later failures do not count as that.
 */
(window as { katsuyakuStarted?: boolean }).katsuyakuStarted = true;

export {};
