/** The runtime's own spelling of a zone it knows (an IANA name such as Europe/London), or null. */
export const canonicalTimeZone = (value: string): string | null => {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
};

export const isTimeZone = (value: string): boolean => canonicalTimeZone(value) !== null;
