/**
 * Directory descriptions are often HTML from a web editor. The finder shows text only, never
 * HTML, so this turns markup into plain text that keeps what a reader needs: paragraphs (a blank
 * line), line breaks, and list items as "• " lines. Links keep their words, with the address
 * after them when it differs, because the finder will not make a link out of description text.
 */
import { decodeHTML } from 'entities';
import { cleanText } from './clean.ts';

const BLOCK = /^(p|div|section|article|header|footer|h[1-6]|ul|ol|table|tr|blockquote|address|pre|dl|dt|dd|hr)$/;

/** True when the text has tags or character references that need converting. */
export function looksLikeHtml(text: string): boolean {
  return /<\/?[a-z][^>]*>|&(#\d+|#x[0-9a-f]+|[a-z]+\d*);/i.test(text);
}

/**
 * Plain text from HTML (or from text that is already plain). Returns undefined when nothing is
 * left, e.g. for `<p><br></p>` or `&nbsp;`, which editors save for an "empty" box.
 */
export function htmlToText(input: unknown): string | undefined {
  if (typeof input !== 'string') return cleanText(input);
  if (!looksLikeHtml(input)) return cleanText(input);
  let text = input
    .replace(/\r\n?/g, '\n')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, '')
    // Source line breaks inside HTML are only spaces; the tags decide where lines break.
    .replace(/\s*\n\s*/g, ' ');
  text = text.replace(
    /<a\b[^>]*?href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>([\s\S]*?)<\/a\s*>/gi,
    (_m: string, dq?: string, sq?: string, bare?: string, inner: string = '') => {
      const href = decodeHTML(dq ?? sq ?? bare ?? '').trim();
      const words = inner.replace(/<[^>]*>/g, '');
      const shown = decodeHTML(words).trim();
      const target = href.replace(/^mailto:/i, '');
      if (!/^(https?:|mailto:)/i.test(href) || shown === '' || shown.includes(target)) return words || target;
      return `${words} (${target})`;
    },
  );
  text = text
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n• ')
    .replace(/<\/li\s*>/gi, '\n')
    .replace(/<\/?([a-z][a-z0-9]*)\b[^>]*>/gi, (_tag, name: string) => (BLOCK.test(name.toLowerCase()) ? '\n\n' : ''))
    .replace(/<[^>]*>/g, '');
  text = decodeHTML(text);
  const lines = (cleanText(text) ?? '')
    .split('\n')
    // A bullet with nothing after it is an empty list item.
    .filter((line) => line !== '•');
  return cleanText(
    lines
      .join('\n')
      // List items sit on consecutive lines, not a paragraph apart.
      .replace(/(^|\n)(• [^\n]*)\n\n(?=• )/g, '$1$2\n')
      .replace(/(^|\n)(• [^\n]*)\n\n(?=• )/g, '$1$2\n'),
  );
}
