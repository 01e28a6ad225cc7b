import { describe, expect, it } from 'vitest';
import { readerSpacing } from '../../src/ui/text-spacing.ts';

const plain = { fontSize: '16px', letterSpacing: 'normal', wordSpacing: '0px', lineHeight: 'normal' };

describe('readerSpacing', () => {
  it('leaves the finder its own spacing on an ordinary page', () => {
    expect(readerSpacing(plain, { fontSize: '16px', marginBlockEnd: '16px' }).para).toBe('initial');
    // A theme's roomy paragraphs are the page's style, not a person's spacing.
    expect(readerSpacing(plain, { fontSize: '16px', marginBlockEnd: '24px' })).toEqual({
      letter: 'initial',
      word: 'initial',
      line: 'initial',
      para: 'initial',
    });
  });

  it('takes WCAG text spacing a person applies, in em of the text', () => {
    const spaced = { fontSize: '20px', letterSpacing: '2.4px', wordSpacing: '3.2px', lineHeight: '30px' };
    expect(readerSpacing(spaced, { fontSize: '18px', marginBlockEnd: '36px' })).toEqual({
      letter: '0.12em',
      word: '0.16em',
      line: '1.5',
      para: '2em',
    });
  });

  it('never squeezes: tighter or negative spacing from a page is not taken', () => {
    const tight = { fontSize: '16px', letterSpacing: '-1px', wordSpacing: '-2px', lineHeight: '16px' };
    expect(readerSpacing(tight, { fontSize: '16px', marginBlockEnd: '0px' })).toEqual({
      letter: 'initial',
      word: 'initial',
      line: 'initial',
      para: 'initial',
    });
  });

  it('works on a page without paragraphs', () => {
    expect(readerSpacing(plain, null).para).toBe('initial');
  });
});
