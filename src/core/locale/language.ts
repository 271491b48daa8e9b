/** The languages Tandem writes in: a program's `language`, its issues, reports, calendars and dates. */
export type Language = 'en' | 'de';

export const LANGUAGES: readonly Language[] = ['en', 'de'];
