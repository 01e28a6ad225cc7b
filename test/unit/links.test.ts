import { describe, expect, it } from 'vitest';
import { dialable, displayHost, safeHref, smsHref, telHref } from '../../src/feed/links.ts';

describe('dialable', () => {
  it.each([
    ['0800 1111', '08001111'],
    ['(0131) 496-0000', '01314960000'],
    ['0131.496.0000', '01314960000'],
    ['999', '999'],
    ['116 123', '116123'],
    // The national trunk 0 in brackets after a country code is never dialled.
    ['+44 (0) 131 496 0000', '+441314960000'],
    ['+44 (0)131 496 0000', '+441314960000'],
    ['+44(0)1314960000', '+441314960000'],
    ['+44 ( 0 ) 131 496 0000', '+441314960000'],
    ['+353 (0)1 234 5678', '+35312345678'],
    // A UK number written with its 0 after +44 still dials.
    ['+44 0131 496 0000', '+441314960000'],
    ['+440131 496 0000', '+441314960000'],
    // "00" is how some write "+".
    ['0044 131 496 0000', '+441314960000'],
    ['0044 (0) 131 496 0000', '+441314960000'],
    // Countries that keep their leading 0 keep it.
    ['+39 06 1234 5678', '+390612345678'],
    ['+1 (555) 010-0000', '+15550100000'],
    // Extensions and second numbers are left off rather than run together.
    ['0131 496 0000 ext 12', '01314960000'],
    ['0131 496 0000 ext. 12', '01314960000'],
    ['0131 496 0000 x12', '01314960000'],
    ['0131 496 0000 or 0131 496 0001', '01314960000'],
    ['0131 496 0000 / 0131 496 0001', '01314960000'],
    ['0131 496 0000, 0131 496 0001', '01314960000'],
    // Digits as other scripts write them.
    ['٠٨٠٠ ١١١١', '08001111'],
    ['۰۸۰۰ ۱۱۱۱', '08001111'],
    ['０８００ １１１１', '08001111'],
    ['＋44 (0) 131 496 0000', '+441314960000'],
  ])('%s dials %s', (written, dialled) => {
    expect(dialable(written)).toBe(dialled);
  });
});

describe('telHref and smsHref', () => {
  it('build links that dial the right number', () => {
    expect(telHref('+44 (0) 131 496 0000')).toBe('tel:+441314960000');
    expect(telHref('0800 1111')).toBe('tel:08001111');
    expect(telHref('12')).toBeUndefined();
    expect(telHref('call us')).toBeUndefined();
    expect(smsHref('85258', 'SHOUT')).toBe('sms:85258?&body=SHOUT');
    expect(smsHref('+44 (0) 7786 209697')).toBe('sms:+447786209697');
  });
});

describe('safeHref', () => {
  it('allows only the schemes a person needs', () => {
    expect(safeHref('https://example.org/')).toBe('https://example.org/');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,<b>x</b>')).toBeUndefined();
    expect(safeHref('not a url')).toBeUndefined();
  });
});

describe('safeHref, asked again and again', () => {
  it('gives the same answer each time, past the bound on what it keeps', () => {
    for (let i = 0; i < 5000; i++) expect(safeHref(`https://example.org/${i}`)).toBe(`https://example.org/${i}`);
    for (let i = 0; i < 3; i++) {
      expect(safeHref('javascript:alert(1)')).toBeUndefined();
      expect(safeHref(' https://example.org/a b ')).toBe('https://example.org/a%20b');
    }
    expect(displayHost('https://www.example.org/x')).toBe('example.org');
    expect(displayHost('https://www.example.org/x')).toBe('example.org');
  });
});
