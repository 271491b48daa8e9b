// Stands in for `moment-timezone` in the bundles (see scripts/bundle.mjs): date-holidays uses it only
// to read an instant's calendar fields in a time zone and to read a local time in a zone, which
// Luxon (already bundled) does with the runtime's own time-zone data. moment-timezone would bring
// 0.7 MB of zone data. tests/core/schedule/moment-timezone-shim.test.ts holds it to the real one.
import { DateTime } from '../src/core/time/luxon.js';

function wrap(dateTime) {
  return {
    year: () => dateTime.year,
    month: () => dateTime.month - 1,
    date: () => dateTime.day,
    hours: () => dateTime.hour,
    minutes: () => dateTime.minute,
    seconds: () => dateTime.second,
    format: () => dateTime.toISO({ suppressMilliseconds: true }),
    tz: (zone) => wrap(dateTime.setZone(zone)),
    utcOffset: (offset) => wrap(dateTime.setZone(`UTC${offset}`)),
  };
}

function toDateTime(value, zone) {
  if (value instanceof Date) return DateTime.fromJSDate(value, { zone });
  // A string with an offset or Z is an instant; without one it is a local time in `zone`.
  return DateTime.fromISO(String(value).replace(' ', 'T'), { zone, setZone: false });
}

export default function moment(value) {
  return wrap(toDateTime(value, 'utc'));
}

moment.tz = (value, zone) => wrap(toDateTime(value, zone));
