/**
 * Phone numbers, email and web addresses written inside a description ("Tel: 0117 496 0000",
 * "email hello@…", "visit www.…"), for services whose own contact fields are empty. Each goes
 * through the same clean-up as a field would (clean.ts), so a placeholder is still left out.
 */
import { cleanEmail, cleanWeb, isDialable } from '../clean.ts';

export interface FoundContact {
  value: string;
  /** The words as written in the text. */
  evidence: string;
}

export interface InferredContacts {
  phone?: FoundContact;
  email?: FoundContact;
  web?: FoundContact;
}

/**
 * UK numbers as people write them: 0117 496 0000, (0117) 4960000, 07700 900123, 0800 123 4567,
 * +44 (0)117 496 0000, +44 7700 900123, and the 116 helplines (116 123). A number must have the
 * digits of a UK number (10 or 11 after the 0) so that charity and company numbers are not taken.
 */
const PHONE =
  /(?<![\d+])(?:\+44\s?\(?0?\)?\s?\d(?:[\s-]?\d){8,9}|\(?0\d{2,4}\)?(?:[\s-]?\d){6,8}|116\s?\d{3}|111)(?!\d)/g;

const EMAIL = /[A-Za-z0-9_'+.-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}/g;

const WEB = /\b(?:https?:\/\/|www\.)[^\s<>"')]+/gi;

function ukDigits(raw: string): number {
  const digits = raw.replace(/\(0\)/, '').replace(/\D/g, '');
  return digits.startsWith('44') ? digits.length - 1 : digits.length;
}

/** The first usable phone number, email and web address the text gives. */
export function inferContacts(text: string): InferredContacts {
  const out: InferredContacts = {};
  for (const m of text.matchAll(PHONE)) {
    const raw = m[0].trim();
    const n = ukDigits(raw);
    const helpline = /^(?:116\s?\d{3}|111)$/.test(raw);
    if (!helpline && (n < 10 || n > 11)) continue;
    // "111" alone is only a phone number when the words around say so.
    if (raw === '111' && !/\b(?:call|dial|ring|phone|nhs)\s*$/i.test(text.slice(Math.max(0, m.index - 12), m.index)))
      continue;
    if (!isDialable(raw)) continue;
    out.phone = { value: raw.replace(/\s+/g, ' '), evidence: raw };
    break;
  }
  for (const m of text.matchAll(EMAIL)) {
    const cleaned = cleanEmail(m[0]);
    if (cleaned.value) {
      out.email = { value: cleaned.value, evidence: m[0] };
      break;
    }
  }
  for (const m of text.matchAll(WEB)) {
    // A full stop or comma after an address ends the sentence, not the address.
    const raw = m[0].replace(/[.,;:!?]+$/, '');
    if (/@/.test(raw)) continue;
    const cleaned = cleanWeb(raw);
    if (cleaned.value) {
      out.web = { value: cleaned.value, evidence: raw };
      break;
    }
  }
  return out;
}
