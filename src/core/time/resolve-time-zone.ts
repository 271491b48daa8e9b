let timeZones: readonly string[] | undefined;
let byLowerCase: Map<string, string> | undefined;

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
  // The list holds the canonical zones and costs ~1 ms; a DateTimeFormat, needed only for aliases
  // ("US/Eastern"), costs ~12 ms as the process's first, since it initialises ICU's date formatting.
  byLowerCase ??= new Map(listTimeZones().map((zone) => [zone.toLowerCase(), zone]));
  const listed = byLowerCase.get(name.toLowerCase());
  if (listed !== undefined) return listed;
  if (!aliases.has(name)) aliases.set(name, lookUpAlias(name));
  return aliases.get(name);
}

const aliases = new Map<string, string | undefined>();

function lookUpAlias(name: string): string | undefined {
  try {
    const canonical = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
    return canonical.toLowerCase() === name.toLowerCase() ? canonical : name;
  } catch {
    return undefined;
  }
}
