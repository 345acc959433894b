/** The zones the browser knows, with `current` first if it does not know that one. */
export const timeZones = (current: string): string[] => {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  return zones.includes(current) ? zones : [current, ...zones];
};

/** A time zone select's options, named as people read them (Pacific/Auckland, New York). */
export const TimeZoneOptions = ({ zones }: { zones: readonly string[] }) =>
  zones.map((zone) => (
    <option key={zone} value={zone}>
      {zone.replaceAll('_', ' ')}
    </option>
  ));
