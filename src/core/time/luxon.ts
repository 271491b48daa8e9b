import { Settings } from 'luxon';

/*
 * Every luxon import goes through this module (biome enforces it). Tandem names a locale wherever it
 * formats for people; for its date arithmetic a fixed default keeps luxon from asking the runtime for the
 * system locale. That question builds the process's first Intl.DateTimeFormat, which initialises ICU's
 * date formatting (~12 ms of a cold start, before the Action's first request), and its answer would make
 * results depend on the machine.
 */
Settings.defaultLocale = 'en-US';

export { DateTime, IANAZone, Info } from 'luxon';
