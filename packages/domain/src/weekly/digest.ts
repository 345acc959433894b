import { TZDate } from '@date-fns/tz';
import { format, parseISO } from 'date-fns';
import type { Week, WeekStartDay } from './week.ts';

/** The local hour of the week-start morning the digest goes out, unless configured otherwise. */
export const DEFAULT_DIGEST_HOUR = 7;

/**
 * Is the weekly digest due at `now`? From `hour` o'clock local time on the account's week-start
 * day until that day ends, so a run missed at the hour (a restart, a slow queue) still sends later
 * that morning. On the day a clock change skips the hour, local times after the gap count.
 */
export const isDigestDue = (
  now: Date,
  timezone: string,
  weekStart: WeekStartDay,
  hour: number = DEFAULT_DIGEST_HOUR,
): boolean => {
  const local = new TZDate(now.getTime(), timezone);
  return local.getDay() === weekStart && local.getHours() >= hour;
};

/** Where the digest's links lead in Tend (the web client's routes). */
export const tendLinks = (baseUrl: string) => {
  const base = baseUrl.replace(/\/+$/, '');
  return {
    person: (personId: string) => `${base}/people/${encodeURIComponent(personId)}`,
    /** The home page, where the week's reconnect list is worked through. */
    week: `${base}/`,
    /** Where the weekly digest is turned off. */
    settings: `${base}/settings`,
  };
};

/**
 * The digest's Message-ID: the same for an account and week however often it is built, so a
 * second copy (a send whose outcome was unknown, retried by hand) is recognisably the same
 * message, and mail clients and servers that deduplicate by Message-ID show it once.
 */
export const digestMessageId = (accountId: string, weekStartsOn: string, baseUrl: string) =>
  `<digest-${accountId}-${weekStartsOn}@${new URL(baseUrl).hostname}>`;

export type WeeklyDigestItem = { name: string; reason: string; url: string };

export type WeeklyDigestInput = {
  accountName: string;
  week: Pick<Week, 'startsOn'>;
  items: WeeklyDigestItem[];
  /** Tend's public address, the base of every link. */
  baseUrl: string;
};

export type WeeklyDigestEmail = {
  subject: string;
  text: string;
  html: string;
  /** The settings page, where the digest is stopped (also for a List-Unsubscribe header). */
  settingsUrl: string;
};

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for HTML element content and quoted attribute values. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);

/** Only web links go into an href: a `javascript:` or `data:` URL would run in some clients. */
const webUrl = (url: string): string => {
  if (!/^https?:\/\//i.test(url)) throw new Error(`Not a web link: ${url}`);
  return url;
};

const people = (count: number) => (count === 1 ? '1 person' : `${count} people`);

/** "Monday 23 November 2026", read as the local date it is (no time zone shift). */
const weekLabel = (startsOn: string) => format(parseISO(startsOn), 'EEEE d MMMM yyyy');

/**
 * The weekly digest e-mail: the week's reconnect list with a link to each person, to the week
 * in Tend, and to the settings page that stops it. Plain text and HTML say the same.
 */
export const buildWeeklyDigest = (input: WeeklyDigestInput): WeeklyDigestEmail => {
  const links = tendLinks(webUrl(input.baseUrl));
  const count = input.items.length;
  const starts = weekLabel(input.week.startsOn);
  const subject = `This week in Tend: ${people(count)} to reconnect with`;
  const intro = `Your reconnect list for the week starting ${starts}: ${people(count)} worth a meaningful touch this week.`;
  const why = 'You get this e-mail on the first morning of each week.';
  const stop = 'To stop it, turn off the weekly digest in your settings';
  const open = 'Open this week’s list in Tend';

  const text = [
    `Hello ${input.accountName},`,
    '',
    intro,
    '',
    ...input.items.flatMap((item, index) => [
      `${index + 1}. ${item.name}`,
      `   ${item.reason}`,
      `   ${webUrl(item.url)}`,
      '',
    ]),
    `${open}: ${links.week}`,
    '',
    '--',
    `${why} ${stop}: ${links.settings}`,
    '',
  ].join('\n');

  const e = escapeHtml;
  const items = input.items
    .map(
      (item) =>
        `<li style="margin:0 0 12px"><a href="${e(webUrl(item.url))}" style="color:#0b5cad;font-weight:600">${e(item.name)}</a><br><span style="color:#444">${e(item.reason)}</span></li>`,
    )
    .join('\n');
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${e(subject)}</title></head>
<body style="font-family:system-ui,-apple-system,'Segoe UI',sans-serif;line-height:1.5;color:#1a1a1a;max-width:600px;margin:0 auto;padding:16px">
<p>Hello ${e(input.accountName)},</p>
<p>${e(intro)}</p>
<ol style="padding-left:20px">
${items}
</ol>
<p><a href="${e(links.week)}" style="color:#0b5cad">${e(open)}</a></p>
<hr style="border:none;border-top:1px solid #ddd">
<p style="font-size:13px;color:#666">${e(why)} ${e(stop)}: <a href="${e(links.settings)}" style="color:#666">${e(links.settings)}</a></p>
</body>
</html>
`;
  return { subject, text, html, settingsUrl: links.settings };
};
