import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cleanEmail,
  cleanPhone,
  cleanWeb,
  IdRegistry,
  isDialable,
  slugId,
  toAge,
  toIsoDate,
} from '../../../src/cli/clean.ts';
import { htmlToText } from '../../../src/cli/html-to-text.ts';
import { splitDescription } from '../../../src/feed/description.ts';

describe('HTML descriptions become plain text', () => {
  it('keeps paragraphs and list items, decodes entities and drops invisible characters', () => {
    const html =
      '<p>We help&nbsp;young people&hellip; &amp; their families &ndash; free.</p>' +
      '<p>We offer:</p><ul><li>Drop-in&#8203;</li><li>One&#x2d;to&#x2d;one</li><li></li></ul>' +
      '<p><br></p><p>See <a href="https://youth.org.uk/">our site</a>\u200b.</p>';
    expect(htmlToText(html)).toBe(
      'We help young people… & their families – free.\n\nWe offer:\n\n• Drop-in\n• One-to-one\n\nSee our site (https://youth.org.uk/).',
    );
  });

  it('treats what editors save for an empty box as empty', () => {
    for (const empty of ['<p><br></p>', '<p>&nbsp;</p>', '&nbsp;', '\u200b', '<div><br/></div>', '', '   ']) {
      expect(htmlToText(empty), JSON.stringify(empty)).toBeUndefined();
    }
  });

  it('leaves plain text as it is, apart from spacing', () => {
    expect(htmlToText('Line one\nLine two\n\n\n\nNext  paragraph ')).toBe('Line one\nLine two\n\nNext paragraph');
    expect(htmlToText('3 < 4 and 5 > 2')).toBe('3 < 4 and 5 > 2');
  });

  it('keeps a link’s words, and its address only when the words do not show it', () => {
    expect(htmlToText('<a href="mailto:hi@x.org.uk">hi@x.org.uk</a>')).toBe('hi@x.org.uk');
    expect(htmlToText('<a href="javascript:alert(1)">click</a>')).toBe('click');
  });

  it('gives back any text that was escaped into a paragraph (property)', () => {
    const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const words = text
          .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
          .replace(/\s+/g, ' ')
          .trim();
        expect(htmlToText(`<p>${escape(text)}</p>`) ?? '').toBe(words);
      }),
    );
  });
});

describe('contact details from real directories', () => {
  it('mends web addresses without a scheme and drops placeholders', () => {
    expect(cleanWeb('www.youth.org.uk').value).toBe('https://www.youth.org.uk/');
    expect(cleanWeb('http:www.youth.org.uk').value).toBe('http://www.youth.org.uk/');
    expect(cleanWeb('http://example.com/service')).toEqual({ note: expect.stringContaining('placeholder') as string });
    expect(cleanWeb('https://www.example.org').value).toBeUndefined();
    expect(cleanWeb('javascript:alert(1)').value).toBeUndefined();
    expect(cleanWeb('').value).toBeUndefined();
  });

  it('tidies emails with a trailing dot or a zero-width space and drops placeholders', () => {
    expect(cleanEmail('info@youth.org.uk.').value).toBe('info@youth.org.uk');
    expect(cleanEmail('help@\u200byouth.org.uk').value).toBe('help@youth.org.uk');
    expect(cleanEmail('someone@noemail.invalid')).toEqual({ note: expect.stringContaining('placeholder') as string });
    expect(cleanEmail('not an email').value).toBeUndefined();
  });

  it('takes the label out of a phone number', () => {
    expect(cleanPhone('Youth line: 0117 496 0123').value).toEqual({ number: '0117 496 0123', label: 'Youth line' });
    expect(cleanPhone('+44 (0)117 496 0123').value).toEqual({ number: '+44 (0)117 496 0123' });
    expect(cleanPhone('ask at reception').value).toBeUndefined();
    expect(isDialable('0117 496 0123 ext 4')).toBe(false);
    expect(isDialable('111')).toBe(true);
  });
});

describe('ids, ages and dates', () => {
  it('keeps UUID-shaped ids that are not valid RFC 4122 as they are', () => {
    expect(slugId('A1B2C3D4-E5F6-0890-CBCD-EF1234567890')).toBe('a1b2c3d4-e5f6-0890-cbcd-ef1234567890');
    expect(slugId(1234)).toBe('1234');
    expect(slugId('  ')).toBeUndefined();
  });

  it('gives a second service with the same id a new one', () => {
    const ids = new IdRegistry();
    expect(ids.claim('x')).toEqual({ id: 'x', changed: false });
    expect(ids.claim('x')).toEqual({ id: 'x-2', changed: true });
  });

  it('reads -1 and blanks as "no age"', () => {
    expect(toAge(-1)).toBeUndefined();
    expect(toAge('')).toBeUndefined();
    expect(toAge('12')).toBe(12);
    expect(toAge(17.6)).toBe(18);
  });

  it('reads dates with no time zone, and UK day-first dates', () => {
    expect(toIsoDate('2024-03-05T10:20:30')).toBe('2024-03-05');
    expect(toIsoDate('2024-03-05T23:30:00.000Z')).toBe('2024-03-05');
    expect(toIsoDate('05/03/2024')).toBe('2024-03-05');
    expect(toIsoDate('2024-02-30')).toBeUndefined();
  });
});

describe('long descriptions on a card', () => {
  it('shows short text whole', () => {
    expect(splitDescription('Short.')).toEqual({ lead: 'Short.', rest: undefined });
  });

  it('cuts one long paragraph at a sentence end', () => {
    const text = 'This is a sentence about the service. '.repeat(30).trim();
    const { lead, rest } = splitDescription(text);
    expect(lead.length).toBeLessThanOrEqual(281);
    expect(lead.endsWith('.')).toBe(true);
    expect(rest).toBeDefined();
  });

  it('loses no words between the lead and the rest (property)', () => {
    const word = fc.stringMatching(/^[a-z]{1,12}$/);
    const para = fc.array(word, { minLength: 1, maxLength: 120 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(para, { minLength: 1, maxLength: 8 }), (paras) => {
        const text = paras.join('\n\n');
        const { lead, rest } = splitDescription(text);
        const words = (s: string): string[] => s.replace(/…/g, ' ').split(/\s+/).filter(Boolean);
        expect([...words(lead), ...words(rest ?? '')]).toEqual(words(text));
      }),
    );
  });
});
