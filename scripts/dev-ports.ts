/** Where `npm start` serves the task pane (manifest.xml's URLs use it) and the dashboard. */
export const ADDIN_PORT = 3000;
export const DASHBOARD_PORT = 8080;
