import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildWeeklyDigest,
  digestMessageId,
  escapeHtml,
  isDigestDue,
  tendLinks,
} from './digest.ts';
import { type WeekStartDay, weekContaining } from './week.ts';

const at = (iso: string): Date => new Date(iso);
const MONDAY: WeekStartDay = 1;
const SUNDAY: WeekStartDay = 0;

describe('isDigestDue', () => {
  it('is due from the local hour of the week-start day until that day ends', () => {
    // Monday 23 November 2026; London is on GMT (UTC+0).
    const due = (iso: string) => isDigestDue(at(iso), 'Europe/London', MONDAY, 7);
    expect(due('2026-11-22T23:59:59Z')).toBe(false); // Sunday night
    expect(due('2026-11-23T06:59:59Z')).toBe(false); // Monday, before seven
    expect(due('2026-11-23T07:00:00Z')).toBe(true);
    expect(due('2026-11-23T12:00:00Z')).toBe(true);
    expect(due('2026-11-23T23:59:59Z')).toBe(true);
    expect(due('2026-11-24T00:00:00Z')).toBe(false); // Tuesday
    expect(due('2026-11-24T07:00:00Z')).toBe(false);
    expect(due('2026-11-30T07:00:00Z')).toBe(true); // next Monday
  });

  it('follows Europe/London across the end of summer time (Sunday 25 October 2026)', () => {
    const due = (iso: string) => isDigestDue(at(iso), 'Europe/London', MONDAY, 7);
    // Monday 19 October, on BST (UTC+1): seven o'clock local is 06:00 UTC.
    expect(due('2026-10-19T05:59:59Z')).toBe(false);
    expect(due('2026-10-19T06:00:00Z')).toBe(true);
    expect(due('2026-10-19T22:59:59Z')).toBe(true);
    expect(due('2026-10-19T23:00:00Z')).toBe(false); // Tuesday 00:00 BST
    // Monday 26 October, back on GMT: seven o'clock local is 07:00 UTC.
    expect(due('2026-10-26T06:59:59Z')).toBe(false);
    expect(due('2026-10-26T07:00:00Z')).toBe(true);
    expect(due('2026-10-26T23:59:59Z')).toBe(true);
    expect(due('2026-10-27T00:00:00Z')).toBe(false);
  });

  it('counts the repeated hour once on the day the clocks go back (Sunday start, 01:00)', () => {
    // 01:00 BST (00:00 UTC) is the first 01:00; the clocks go back at 02:00 BST (01:00 UTC).
    const due = (iso: string) => isDigestDue(at(iso), 'Europe/London', SUNDAY, 1);
    expect(due('2026-10-24T23:59:59Z')).toBe(false); // 00:59:59 BST
    expect(due('2026-10-25T00:00:00Z')).toBe(true); // 01:00 BST
    expect(due('2026-10-25T01:30:00Z')).toBe(true); // 01:30 GMT, the repeated hour
    expect(due('2026-10-25T23:59:59Z')).toBe(true);
    expect(due('2026-10-26T00:00:00Z')).toBe(false);
  });

  it('follows America/New_York across the end of daylight time (Sunday 1 November 2026)', () => {
    const due = (iso: string, weekStart: WeekStartDay) =>
      isDigestDue(at(iso), 'America/New_York', weekStart, 7);
    // Monday 26 October on EDT (UTC−4): seven o'clock is 11:00 UTC.
    expect(due('2026-10-26T10:59:59Z', MONDAY)).toBe(false);
    expect(due('2026-10-26T11:00:00Z', MONDAY)).toBe(true);
    // Monday 2 November on EST (UTC−5): seven o'clock is 12:00 UTC.
    expect(due('2026-11-02T11:59:59Z', MONDAY)).toBe(false);
    expect(due('2026-11-02T12:00:00Z', MONDAY)).toBe(true);
    expect(due('2026-11-03T04:59:59Z', MONDAY)).toBe(true); // 23:59:59 EST
    expect(due('2026-11-03T05:00:00Z', MONDAY)).toBe(false);
    // Sunday 1 November itself, 25 hours long: seven o'clock EST is 12:00 UTC.
    expect(due('2026-11-01T11:59:59Z', SUNDAY)).toBe(false); // 06:59:59 EST
    expect(due('2026-11-01T12:00:00Z', SUNDAY)).toBe(true);
    expect(due('2026-11-02T04:59:59Z', SUNDAY)).toBe(true);
    expect(due('2026-11-02T05:00:00Z', SUNDAY)).toBe(false);
  });

  it('sends after the gap when the clocks skip the hour (London, Sunday 29 March 2026, 01:00)', () => {
    const due = (iso: string) => isDigestDue(at(iso), 'Europe/London', SUNDAY, 1);
    expect(due('2026-03-29T00:59:59Z')).toBe(false); // 00:59:59 GMT
    expect(due('2026-03-29T01:00:00Z')).toBe(true); // 02:00 BST: 01:00 never happened
  });

  it('uses each day of the week as the start and the hour as given', () => {
    // Wednesday 25 November 2026, 08:30 in Tokyo (UTC+9).
    const now = at('2026-11-24T23:30:00Z');
    expect(isDigestDue(now, 'Asia/Tokyo', 3, 8)).toBe(true);
    expect(isDigestDue(now, 'Asia/Tokyo', 3, 9)).toBe(false);
    expect(isDigestDue(now, 'Asia/Tokyo', 2, 8)).toBe(false);
    // The same instant is still Tuesday, 23:30, in London.
    expect(isDigestDue(now, 'Europe/London', 2, 23)).toBe(true);
    expect(isDigestDue(now, 'Europe/London', 3, 0)).toBe(false);
  });

  it('is only ever due on the first local day of the week that holds now', () => {
    const zones = ['Europe/London', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham', 'UTC'];
    fc.assert(
      fc.property(
        fc.date({ min: at('2020-01-01T00:00:00Z'), max: at('2035-01-01T00:00:00Z') }),
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 23 }),
        (now, zone, weekStart, hour) => {
          fc.pre(!Number.isNaN(now.getTime()));
          const start = weekStart as WeekStartDay;
          if (!isDigestDue(now, zone, start, hour)) return;
          const today = format(new TZDate(now.getTime(), zone), 'yyyy-MM-dd');
          expect(weekContaining(now, zone, start).startsOn).toBe(today);
        },
      ),
    );
  });
});

describe('digestMessageId', () => {
  const account = '0b5c3e9a-7d1f-4c2a-9e8b-3f6d2a1c4b5e';

  it('is the same for an account and week each time it is made, on the public host', () => {
    const first = digestMessageId(account, '2026-11-23', 'https://tend.example.test/');
    expect(first).toBe(`<digest-${account}-2026-11-23@tend.example.test>`);
    expect(digestMessageId(account, '2026-11-23', 'https://tend.example.test')).toBe(first);
  });

  it('differs for another week or another account, and leaves out the port', () => {
    const other = '7e2d4c1b-3a5f-4e6d-8c9b-1a2b3c4d5e6f';
    expect(digestMessageId(account, '2026-11-30', 'https://tend.example.test')).not.toBe(
      digestMessageId(account, '2026-11-23', 'https://tend.example.test'),
    );
    expect(digestMessageId(other, '2026-11-23', 'https://tend.example.test')).not.toBe(
      digestMessageId(account, '2026-11-23', 'https://tend.example.test'),
    );
    expect(digestMessageId(account, '2026-11-23', 'http://localhost:4000')).toBe(
      `<digest-${account}-2026-11-23@localhost>`,
    );
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and quoted attributes', () => {
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;',
    );
    expect(escapeHtml('Zoë – café')).toBe('Zoë – café');
  });

  it('leaves no markup in any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(escapeHtml(text)).not.toMatch(/[<>"']/);
        expect(escapeHtml(text).replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
      }),
    );
  });
});

describe('buildWeeklyDigest', () => {
  const base = 'https://tend.example.com/';
  const links = tendLinks(base);
  const digest = buildWeeklyDigest({
    accountName: 'Sam <Consulting> & Co',
    week: { startsOn: '2026-11-23' },
    baseUrl: base,
    items: [
      {
        name: 'Ada <script>alert(1)</script>',
        reason: '40 days since your last touch, against a cadence of 30 days; readiness 60.',
        url: links.person('11111111-1111-4111-8111-111111111111'),
      },
      { name: 'Ben "B" O’Neil', reason: 'Due this week.', url: links.person('b-2') },
    ],
  });

  it('builds links from the base URL', () => {
    expect(links).toEqual({
      person: expect.any(Function),
      week: 'https://tend.example.com/',
      settings: 'https://tend.example.com/settings',
    });
    expect(links.person('a b/c')).toBe('https://tend.example.com/people/a%20b%2Fc');
    expect(tendLinks('http://localhost:4000').settings).toBe('http://localhost:4000/settings');
  });

  it('says how many people, in the subject', () => {
    expect(digest.subject).toBe('This week in Tend: 2 people to reconnect with');
    expect(
      buildWeeklyDigest({
        accountName: 'A',
        week: { startsOn: '2026-11-23' },
        baseUrl: base,
        items: [{ name: 'Cleo', reason: 'Due.', url: links.person('c') }],
      }).subject,
    ).toBe('This week in Tend: 1 person to reconnect with');
  });

  it('writes the plain text with each person, reason and link, the week and the way to stop it', () => {
    expect(digest.text).toBe(
      [
        'Hello Sam <Consulting> & Co,',
        '',
        'Your reconnect list for the week starting Monday 23 November 2026: 2 people worth a meaningful touch this week.',
        '',
        '1. Ada <script>alert(1)</script>',
        '   40 days since your last touch, against a cadence of 30 days; readiness 60.',
        '   https://tend.example.com/people/11111111-1111-4111-8111-111111111111',
        '',
        '2. Ben "B" O’Neil',
        '   Due this week.',
        '   https://tend.example.com/people/b-2',
        '',
        'Open this week’s list in Tend: https://tend.example.com/',
        '',
        '--',
        'You get this e-mail on the first morning of each week. To stop it, turn off the weekly digest in your settings: https://tend.example.com/settings',
        '',
      ].join('\n'),
    );
    expect(digest.settingsUrl).toBe('https://tend.example.com/settings');
  });

  it('escapes every name and reason in the HTML and links each person', () => {
    expect(digest.html).not.toContain('<script>');
    expect(digest.html).toContain('Ada &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(digest.html).toContain('Hello Sam &lt;Consulting&gt; &amp; Co,');
    expect(digest.html).toContain('Ben &quot;B&quot; O’Neil');
    const hrefs = [...digest.html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    expect(hrefs).toEqual([
      'https://tend.example.com/people/11111111-1111-4111-8111-111111111111',
      'https://tend.example.com/people/b-2',
      'https://tend.example.com/',
      'https://tend.example.com/settings',
    ]);
    expect(digest.html).toMatch(/turn off the weekly digest in your settings/);
  });

  it('refuses a link that is not a web address', () => {
    expect(() =>
      buildWeeklyDigest({
        accountName: 'A',
        week: { startsOn: '2026-11-23' },
        baseUrl: base,
        items: [{ name: 'X', reason: 'Due.', url: 'javascript:alert(1)' }],
      }),
    ).toThrow('Not a web link');
    expect(() =>
      buildWeeklyDigest({
        accountName: 'A',
        week: { startsOn: '2026-11-23' },
        baseUrl: 'ftp://example.com',
        items: [],
      }),
    ).toThrow('Not a web link');
  });
});
