/** What an introduction ask is drafted from: the person asked, the profile, the account's offer. */
export type IntroductionAskSource = {
  person: { name: string; emails: readonly string[] };
  profile: {
    name: string;
    roles: readonly string[];
    industries: readonly string[];
    companySizeMin: number | null;
    companySizeMax: number | null;
    regions: readonly string[];
  };
  myOffer: string | null;
};

/** Entries of each list named in the message; a long profile would make a wall of text. */
const LISTED_ITEMS = 5;

const orList = (items: readonly string[]): string => {
  const shown = items.slice(0, LISTED_ITEMS);
  const rest = items.length - shown.length;
  return new Intl.ListFormat('en', { type: 'disjunction' }).format(
    rest > 0 ? [...shown, `${rest} more`] : shown,
  );
};

const count = (value: number) => value.toLocaleString('en');

const sizeText = (min: number | null, max: number | null): string | null => {
  if (min !== null && max !== null) {
    return min === max ? `${count(min)} people` : `${count(min)}–${count(max)} people`;
  }
  if (min !== null) return `${count(min)} or more people`;
  if (max !== null) return `up to ${count(max)} people`;
  return null;
};

/** The first word of a name ("Priya" of "Priya Shah"), or null for an empty one. */
export const firstNameOf = (name: string): string | null => name.trim().split(/\s+/u)[0] || null;

/** "CFOs or finance directors in software, at companies of 50–500 people, in London". */
const whoWeMean = ({ profile }: IntroductionAskSource): string => {
  const who = profile.roles.length > 0 ? orList(profile.roles) : 'people';
  const parts = [profile.industries.length > 0 ? `${who} in ${orList(profile.industries)}` : who];
  const size = sizeText(profile.companySizeMin, profile.companySizeMax);
  if (size) parts.push(`at companies of ${size}`);
  if (profile.regions.length > 0) parts.push(`in ${orList(profile.regions)}`);
  return parts.join(', ');
};

export const introductionAskSubject = (source: IntroductionAskSource): string =>
  `Could you introduce me? (${source.profile.name})`;

/**
 * The message asking a person for an introduction to someone of a profile, to edit before it is
 * sent: who is meant in plain words, and what the account does when it has said so.
 */
export const draftIntroductionAsk = (source: IntroductionAskSource): string => {
  const first = firstNameOf(source.person.name);
  const offer = source.myOffer?.trim();
  const paragraphs = [
    first ? `Hi ${first},` : 'Hi,',
    `I’m looking to meet ${whoWeMean(source)} (“${source.profile.name}”). Do you know someone like that you could introduce me to?`,
    offer
      ? `In a sentence, what I do: ${offer}`
      : 'I’d be glad to tell you more about what I do and who I help.',
    'Even a name would help, and I’ll mention you sent me. Thank you!',
  ];
  return paragraphs.join('\n\n');
};

/** Percent-encoded for a mailto: URI, with line breaks as CRLF (RFC 6068). */
const mailtoEncode = (text: string) => encodeURIComponent(text.replace(/\r?\n/gu, '\r\n'));

/**
 * A mailto: link that opens the ask in the mail app: to the person's first e-mail when they
 * have one (otherwise the mail app asks whom to send it to).
 */
export const introductionAskMailto = (
  emails: readonly string[],
  subject: string,
  body: string,
): string => {
  const to = emails[0] ? encodeURIComponent(emails[0]).replace(/%40/giu, '@') : '';
  return `mailto:${to}?subject=${mailtoEncode(subject)}&body=${mailtoEncode(body)}`;
};
