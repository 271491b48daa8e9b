/**
 * How often the documented workflow runs `remind` (docs/workflows/tandem-report.yml, cron
 * '7 * * * *'). A reminder's window opens this long before `start − before`, so the last scheduled
 * run before that moment posts it; a run GitHub delays still finds it until the session starts.
 */
export const REMINDER_RUN_INTERVAL_MINUTES = 60;

/** The documented cron of the reminder runs, as validate's warnings quote it. */
export const REMINDER_CRON = '7 * * * *';
