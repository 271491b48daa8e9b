let timeZones: readonly string[] | undefined;

/** The IANA time zones this runtime knows, for suggestions. */
export function listTimeZones(): readonly string[] {
  timeZones ??= Intl.supportedValuesOf('timeZone');
  return timeZones;
}

/**
 * The zone's name as the runtime spells it ("europe/berlin" → "Europe/Berlin"), or undefined when the
 * runtime does not know the zone. Other canonicalisations (old aliases) keep the name as written.
 */
export function resolveTimeZone(name: string): string | undefined {
  // Building a DateTimeFormat costs about a millisecond; programs name few zones, many times.
  if (!resolved.has(name)) resolved.set(name, lookUpTimeZone(name));
  return resolved.get(name);
}

const resolved = new Map<string, string | undefined>();

function lookUpTimeZone(name: string): string | undefined {
  try {
    const canonical = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
    return canonical.toLowerCase() === name.toLowerCase() ? canonical : name;
  } catch {
    return undefined;
  }
}
