import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  draftIntroductionAsk,
  firstNameOf,
  type IntroductionAskSource,
  introductionAskMailto,
  introductionAskSubject,
} from './draft-introduction-ask.ts';
import { MAX_INTRODUCTION_ASK_LENGTH } from './introduction-ask-input.ts';
import {
  MAX_TARGET_BUYER_ITEM_LENGTH,
  MAX_TARGET_BUYER_LIST_ITEMS,
  MAX_TARGET_BUYER_NAME_LENGTH,
} from './target-buyer-input.ts';

const source: IntroductionAskSource = {
  person: { name: 'Priya Shah', emails: ['priya@example.com', 'p.shah@work.example'] },
  profile: {
    name: 'CFOs of mid-size B2B firms',
    roles: ['CFOs', 'finance directors'],
    industries: ['software'],
    companySizeMin: 50,
    companySizeMax: 500,
    regions: ['London', 'the South East'],
  },
  myOffer: 'I help finance teams close the books in three days.',
};

describe('draftIntroductionAsk', () => {
  it('greets the person by first name, says who is meant and what the account does', () => {
    expect(draftIntroductionAsk(source)).toBe(
      [
        'Hi Priya,',
        'I’m looking to meet CFOs or finance directors in software, at companies of 50–500 people, in London or the South East (“CFOs of mid-size B2B firms”). Do you know someone like that you could introduce me to?',
        'In a sentence, what I do: I help finance teams close the books in three days.',
        'Even a name would help, and I’ll mention you sent me. Thank you!',
      ].join('\n\n'),
    );
  });

  it('manages without an offer, roles or sizes', () => {
    const draft = draftIntroductionAsk({
      person: { name: '  ', emails: [] },
      profile: {
        name: 'Founders',
        roles: [],
        industries: [],
        companySizeMin: null,
        companySizeMax: 1_000,
        regions: [],
      },
      myOffer: '   ',
    });
    expect(draft).toContain('Hi,\n\n');
    expect(draft).toContain(
      'I’m looking to meet people, at companies of up to 1,000 people (“Founders”).',
    );
    expect(draft).toContain('I’d be glad to tell you more about what I do');
    expect(draft).not.toContain('what I do:');
    expect(
      draftIntroductionAsk({
        ...source,
        profile: { ...source.profile, companySizeMin: 10, companySizeMax: null, industries: [] },
        myOffer: null,
      }),
    ).toContain('meet CFOs or finance directors, at companies of 10 or more people, in London');
  });

  it('names at most five entries of a list, and how many more', () => {
    const roles = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    expect(draftIntroductionAsk({ ...source, profile: { ...source.profile, roles } })).toContain(
      'meet a, b, c, d, e, or 2 more in software',
    );
  });

  it('stays within what an ask may hold, for the largest profile and offer', () => {
    const long = (n: number) => 'x'.repeat(n);
    const list = Array.from({ length: MAX_TARGET_BUYER_LIST_ITEMS }, () =>
      long(MAX_TARGET_BUYER_ITEM_LENGTH),
    );
    const draft = draftIntroductionAsk({
      person: { name: long(200), emails: [] },
      profile: {
        name: long(MAX_TARGET_BUYER_NAME_LENGTH),
        roles: list,
        industries: list,
        companySizeMin: 1,
        companySizeMax: 10_000_000,
        regions: list,
      },
      myOffer: long(500),
    });
    expect(draft.length).toBeLessThanOrEqual(MAX_INTRODUCTION_ASK_LENGTH);
  });
});

describe('firstNameOf', () => {
  it('is the first word of the name', () => {
    expect(firstNameOf('Priya Shah')).toBe('Priya');
    expect(firstNameOf('  Zoë  O’Brien ')).toBe('Zoë');
    expect(firstNameOf('')).toBeNull();
  });
});

describe('introductionAskMailto', () => {
  it('addresses the first e-mail and encodes subject and body, with CRLF line breaks', () => {
    const body = draftIntroductionAsk(source);
    const link = introductionAskMailto(source.person.emails, introductionAskSubject(source), body);
    expect(link.startsWith('mailto:priya@example.com?subject=')).toBe(true);
    const url = new URL(link);
    expect(url.searchParams.get('subject')).toBe(
      'Could you introduce me? (CFOs of mid-size B2B firms)',
    );
    expect(url.searchParams.get('body')).toBe(body.replaceAll('\n', '\r\n'));
    expect(link).toContain('%0D%0A%0D%0A');
  });

  it('leaves the address empty without an e-mail, and encodes odd characters in any part', () => {
    expect(introductionAskMailto([], 'Hi', 'a&b=c?d')).toBe(
      'mailto:?subject=Hi&body=a%26b%3Dc%3Fd',
    );
    expect(introductionAskMailto(['o’brien+intro@example.com'], 's', 'b')).toBe(
      'mailto:o%E2%80%99brien%2Bintro@example.com?subject=s&body=b',
    );
    fc.assert(
      fc.property(fc.string(), fc.string(), (subject, text) => {
        fc.pre(!/[\uD800-\uDFFF]/u.test(subject + text));
        const url = new URL(introductionAskMailto([], subject, text));
        expect(url.searchParams.get('subject')).toBe(subject.replace(/\r?\n/gu, '\r\n'));
        expect(url.searchParams.get('body')).toBe(text.replace(/\r?\n/gu, '\r\n'));
      }),
    );
  });
});
