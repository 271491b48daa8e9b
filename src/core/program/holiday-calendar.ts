import type Holidays from 'date-holidays';
import { didYouMean, suggestClosest } from '../diagnostics/suggest.js';
import type { Language } from './program.js';

/**
 * Public holidays by country or region, from the `date-holidays` library. The library is ~0.8 MB of
 * rules, so it is loaded (with `loadHolidayCalendar`) only for programs that set `holidays`, and
 * handed to the checks and the program builder: they stay synchronous and know no module loading.
 */
export interface HolidayCalendar {
  /** Undefined when the code is known (written in any case), else why not and what might be meant. */
  explainUnknownCode(code: string): string | undefined;
  /** The closing holidays from `from` to `to` (ISO dates, inclusive): date → name in `language`. */
  listHolidays(code: string, from: string, to: string, language: Language): Map<string, string>;
}

/** Which kinds of date-holidays' entries close a day: `public` and `bank` (e.g. 24 and 31 December in Germany). */
const CLOSING_TYPES = new Set(['public', 'bank']);

export async function loadHolidayCalendar(): Promise<HolidayCalendar> {
  const { default: HolidaysClass } = await import('date-holidays');
  return createHolidayCalendar(HolidaysClass);
}

export function createHolidayCalendar(HolidaysClass: typeof Holidays): HolidayCalendar {
  const directory = new HolidaysClass();
  return {
    explainUnknownCode(code) {
      const [country = '', state, region, ...rest] = code.toUpperCase().split('-');
      const countries = directory.getCountries('en') ?? {};
      if (!countries[country]) {
        const named = Object.entries(countries).find(([, name]) => name.toLowerCase() === code.toLowerCase());
        if (named) return `"${code}" is not a code; did you mean "${named[0]}"?`;
        return `"${code}" is not a country date-holidays knows${didYouMean(country, Object.keys(countries))} (a country like DE or US, or a region like DE-BE or US-CA)`;
      }
      if (state === undefined) return undefined;
      const states = directory.getStates(country, 'en') ?? {};
      if (!states[state]) return unknownPart(code, `${country}-`, state, states, countries[country]!);
      if (region === undefined) return rest.length === 0 ? undefined : `"${code}" has too many parts`;
      const regions = directory.getRegions(country, state, 'en') ?? {};
      if (!regions[region]) return unknownPart(code, `${country}-${state}-`, region, regions, states[state]!);
      return rest.length === 0 ? undefined : `"${code}" has too many parts`;
    },
    listHolidays(code, from, to, language) {
      const holidays = new HolidaysClass(code.toUpperCase().replaceAll('-', '.'), { languages: [language] });
      const days = new Map<string, string>();
      for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
        for (const holiday of holidays.getHolidays(year, language) ?? []) {
          const date = holiday.date.slice(0, 10);
          if (!CLOSING_TYPES.has(holiday.type) || date < from || date > to || days.has(date)) continue;
          days.set(date, holiday.name);
        }
      }
      return days;
    },
  };
}

function unknownPart(
  code: string,
  prefix: string,
  part: string,
  known: Record<string, string>,
  parentName: string,
): string {
  const suggestion = suggestClosest(part, Object.keys(known));
  const codes = Object.keys(known).map((key) => `${prefix}${key}`);
  const hint =
    suggestion === undefined
      ? `; ${parentName} has ${codes.join(', ')}`
      : `; did you mean "${prefix}${suggestion}"?`;
  return `"${code}" is not a region date-holidays knows${hint}`;
}
