import type { Chunk, LocalSpan } from '../engine/document';
import { type Severity } from '../engine/rule';
import { allMatches } from '../engine/matches';
import { matchSpans } from '../engine/find';

export type PersonalDataKind = 'card' | 'bank' | 'id' | 'secret' | 'email' | 'phone' | 'address';

export interface PersonalDataItem extends LocalSpan {
  kind: PersonalDataKind;
}

/** How serious each kind is: numbers that let someone pay or pose as you are errors. */
export const KIND_SEVERITY: Record<PersonalDataKind, Severity> = {
  card: 'error',
  bank: 'error',
  id: 'error',
  secret: 'error',
  email: 'warning',
  phone: 'warning',
  address: 'warning',
};

// --- numbers -----------------------------------------------------------------------------------------

/** 13 to 19 digits, optionally in groups split by single spaces or dashes. */
const CARD = /(?<![\p{L}\p{N}_.,/-])[2-6]\d{3}(?:[ -]?\d){9,15}(?![\p{L}\p{N}_]|[.,/-]\d)/gu;

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export const IBAN = /(?<![\p{L}\p{N}_])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![\p{L}\p{N}_])/gu;

/** ISO 13616 check: the rearranged number, letters as 10..35, is 1 modulo 97. */
export function ibanValid(iban: string): boolean {
  const s = iban.replace(/ /g, '');
  if (s.length < 15 || s.length > 34) return false;
  const rearranged = s.slice(4) + s.slice(0, 4);
  let rest = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 ? String(code - 55) : ch;
    for (const digit of value) rest = (rest * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return rest === 1;
}

/** US social security number (not the never-issued 000, 666 or 9xx areas). */
const SSN = /(?<![\p{N}-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\p{N}-])/gu;
/** UK National Insurance number, in capitals as it is printed. */
const NINO = /(?<![\p{L}\p{N}])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\p{L}\p{N}])/gu;
/** A number introduced by what it is ("passport no. 502135321", "account number: 12345678"). */
const LABELLED_ID =
  /\b(?:(?:passport|driv(?:er|ing)['\u2019]?s?\s+licen[cs]e|licen[cs]e|national\s+(?:id|insurance)|id\s+card|identity\s+card|social\s+security|nhs|medicare|tax(?:payer)?\s+id|bank\s+account|account|acct|membership|member|policy|patient|student|employee|routing|sort)\s*(?:no\.?|number|num\.?|#|code)|ssn|nino|iban|bsn|tfn|aadhaar|pesel)\s*(?:is\s+|[:#=]\s*)?([A-Z]{0,3}\d[A-Z0-9]*(?:[ -][A-Z]{0,3}\d[A-Z0-9]*)*)/giu;
const ID_LABEL = /passport|licen[cs]e|national|id\s+card|identity|security|nhs|medicare|tax|account|acct|member|policy|patient|student|employee|routing|sort|ssn|nino|iban|bsn|tfn|aadhaar|pesel/i;
/** A password or PIN given away in the text. */
const SECRET = /\b(?:password|passcode|passwd|pin(?:\s+code)?|wi-?fi\s+(?:password|code))\s*(?:is|was|:|=)\s*["'\u201c]?([^\s"'\u201d]{3,40})/giu;

// --- e-mail --------------------------------------------------------------------------------------------

/** An address on its own: "@ana@social.example" is a fediverse handle, public by design, and not one. */
const EMAIL = /(?<![\p{L}\p{N}_.+@-])[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?![\p{L}\p{N}_])/giu;
/** Shared and role addresses a business publishes on purpose; these are not private. */
const ROLE_MAILBOX = new Set(
  (
    'info hello hi hey contact contactus support help helpdesk sales press media pr news newsletter team careers jobs ' +
    'recruiting recruitment hr admin office enquiries inquiries enquiry inquiry bookings booking reservations orders billing ' +
    'accounts service customerservice customercare care feedback events partners partnerships marketing studio shop store ' +
    'webmaster privacy security legal noreply no-reply donations donate volunteer volunteers membership community editor ' +
    'editorial tips submissions ask questions general mail reception admissions investors ir sponsorship hola bonjour'
  ).split(' '),
);
const PLACEHOLDER_DOMAIN = /@(?:[a-z0-9-]+\.)*example\.(?:com|org|net)$|@(?:domain|email|yourdomain|company)\.com$/i;

// --- phones --------------------------------------------------------------------------------------------

/** Digit groups joined by single separators (a German mobile's subscriber part runs to eight digits), with an optional +country code or (area code). */
const PHONE =
  /(?<![\p{L}\p{N}_+@/.:#$£€-])(?:\+\d{8,14}|0[1-9]\d{8,9}|(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,5}\)[ .-]?)?\d{2,6}(?:[ .-]\d{2,8}){0,4})(?![\p{L}\p{N}_@%]|[.,/-]\d)/gu;
/** Free and business-rate numbers that are made to be published. */
const SERVICE_NUMBER = /^(?:\+?1[ .-]?)?\(?8(?:00|33|44|55|66|77|88)\)?|^(?:\+44[ .-]?|0)(?:800|808|3\d\d|845|870)|^1[38]00/;
/** Words just before a number that show a business publishing its own line. */
const BUSINESS_LINE =
  /\b(?:call|ring|phone|text|whatsapp|contact|reach)\s+us\b|\bour\s+(?:office|number|phone|hotline|helpline|team|shop|store|desk|line)|\b(?:hotline|helpline|reservations|bookings?|box\s+office|front\s+desk|reception|customer\s+(?:service|care)|tel\.?|fax)\b/i;

function isPhone(candidate: string, before: string): boolean {
  const digits = candidate.replace(/\D/g, '');
  if (digits.length < 9 || digits.length > 15) return false;
  const international = candidate.startsWith('+');
  const area = candidate.includes('(');
  // Dates and year ranges.
  if (/^\d{4}[ .-]\d{1,2}[ .-]\d{1,2}$|^\d{1,2}[ .-]\d{1,2}[ .-]\d{4}$/.test(candidate)) return false;
  // Thousands written with separators ("100 000 000", "1.234.567").
  if (!international && !area && /^[1-9]\d{0,2}(?:[ .]\d{3})+$/.test(candidate)) return false;
  const nanp = /^(?:1[ .-])?\(?[2-9]\d{2}\)?[ .-]?\d{3}[ .-]\d{4}$/.test(candidate);
  // National numbers with a trunk 0 (UK, most of Europe, Australia): ten or eleven digits.
  const trunk = /^\(?0[1-9]/.test(candidate) && digits.length >= 10 && digits.length <= 11;
  if (!international && !nanp && !trunk) return false;
  if (SERVICE_NUMBER.test(candidate.replace(/^\(/, ''))) return false;
  return !BUSINESS_LINE.test(before);
}

// --- street addresses ---------------------------------------------------------------------------------

const STREET =
  /(?<![\p{L}\p{N}])\d{1,5}[A-Za-z]?,?\s+(?:[A-Z][\p{L}'\u2019-]+\s+){1,4}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Place|Pl|Way|Close|Crescent|Terrace|Gardens|Grove|Square|Sq|Parkway|Pkwy|Highway|Hwy|Row|Mews|Hill|Walk|Circle|Cir|Trail|Rise|View)\b\.?(?:,?\s+(?:Apt|Apartment|Flat|Unit|Suite)\.?\s*\d+[A-Za-z]?)?/gu;
const POSTCODE = /(?<![\p{L}\p{N}])(?:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]{2} \d{5}(?:-\d{4})?)(?![\p{L}\p{N}])/gu;
/** Words that make an address someone's home rather than a shop or a venue. */
const HOME_CONTEXT =
  /\b(?:my|his|her|their)\s+(?:new\s+)?(?:home|house|flat|apartment|place|address|door|parents['\u2019]?)\b|\bour\s+(?:new\s+)?(?:house|flat|apartment)\b|\b(?:i|we|he|she|they)\s+(?:now\s+|still\s+)?live\b|\blives?\s+(?:at|on)\b|\bliving\s+at\b|\b(?:i|we)['\u2019]?(?:ve|\s+have)?\s+moved\s+(?:in)?to\b|\bhome\s+address\b|\baddress\s+is\b|\b(?:party|bbq|barbecue|drinks|sleepover)\s+(?:at|is\s+at)\s+(?:my|our)\b/i;

/**
 * Streets as most of Europe writes them, the number after the name ("Lindenstraße 12", "Calle Mayor 5",
 * "Keizersgracht 123") or after the number the way French does ("12 rue de la Paix").
 */
const STREET_ABROAD =
  /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|damm|ufer|straat|laan|gracht|plein)\s+\d{1,4}[a-z]?|(?:Calle|Avenida|Rua|Via|Viale|Piazza|Plaza|Carrer|Paseo)\s+(?:[\p{L}'\u2019]+\s+){1,4}\d{1,4}[a-z]?|\d{1,4}(?:\s?bis|\s?ter)?,?\s+(?:rue|avenue|boulevard|chemin|allée|impasse|place|quai)\s+(?:(?:de|du|des|la|le|l['\u2019])\s*)*\p{Lu}[\p{L}'\u2019-]+)(?![\p{L}\p{N}])/gu;
/** The same home words in the languages whose streets STREET_ABROAD reads. */
const HOME_CONTEXT_ABROAD =
  /\b(?:wohnen?|wohnt|meine[rn]? (?:neuen? )?(?:Adresse|Wohnung)|unsere[rn]? (?:neuen? )?(?:Adresse|Wohnung)|zu Hause|vivo en|vivimos en|mi (?:nueva )?(?:direcci\u00f3n|casa)|nuestra (?:nueva )?(?:direcci\u00f3n|casa)|j['\u2019]habite|nous habitons|notre (?:nouvelle )?adresse|mon (?:nouvel )?appartement|moro (?:na|em)|abito in|ik woon|wij wonen|ons nieuwe adres)\b/i;

/** Whether a text holds something shaped like a street address or postcode, whoever's it is. */
export function hasStreetAddress(text: string): boolean {
  if (!/\d/.test(text)) return false;
  STREET.lastIndex = 0;
  POSTCODE.lastIndex = 0;
  return STREET.test(text) || POSTCODE.test(text);
}

/** Every piece of personal data in one chunk, in order, chunk-local offsets. */
export function findPersonalData(chunk: Chunk): PersonalDataItem[] {
  const text = chunk.text;
  const out: PersonalDataItem[] = [];
  // Cheap gates first: the full patterns only run where they could match.
  const digits = (text.match(/\d/g) ?? []).length;
  if (digits >= 9) {
    out.push(...matchSpans(CARD, text, (m) => {
      const number = m[0].replace(/\D/g, '');
      return number.length >= 13 && number.length <= 19 && luhnValid(number) ? kind('card') : undefined;
    }));
    if (/[A-Z]{2}\d\d/.test(text)) out.push(...matchSpans(IBAN, text, (m) => (ibanValid(m[0]) ? kind('bank') : undefined)));
    out.push(...matchSpans(SSN, text, () => kind('id')));
    out.push(...matchSpans(PHONE, text, (m) => (isPhone(m[0], text.slice(Math.max(0, m.index - 40), m.index)) ? kind('phone') : undefined)));
  }
  if (digits >= 6 && /[A-Z]{2} ?\d\d/.test(text)) out.push(...matchSpans(NINO, text, () => kind('id')));
  if (digits >= 4 && ID_LABEL.test(text)) {
    for (const m of allMatches(LABELLED_ID, text)) {
      const value = m[1] ?? '';
      if (value.replace(/\D/g, '').length >= 4) out.push({ start: m.index + m[0].length - value.length, end: m.index + m[0].length, kind: 'id' });
    }
  }
  if (digits > 0 && HOME_CONTEXT.test(text)) {
    out.push(...matchSpans(STREET, text, () => kind('address')), ...matchSpans(POSTCODE, text, () => kind('address')));
  }
  if (digits > 0 && HOME_CONTEXT_ABROAD.test(text)) out.push(...matchSpans(STREET_ABROAD, text, () => kind('address')));
  if (/\b(?:password|passcode|passwd|pin|wi-?fi)\b/i.test(text)) {
    for (const m of allMatches(SECRET, text)) {
      const value = m[1] ?? '';
      out.push({ start: m.index + m[0].length - value.length, end: m.index + m[0].length, kind: 'secret' });
    }
  }
  if (text.includes('@')) {
    out.push(...matchSpans(EMAIL, text, (m) => {
      const local = m[0].slice(0, m[0].indexOf('@')).toLowerCase();
      return !ROLE_MAILBOX.has(local) && !PLACEHOLDER_DOMAIN.test(m[0]) ? kind('email') : undefined;
    }));
  }
  return dropOverlaps(out);
}

function kind(of: PersonalDataKind): Pick<PersonalDataItem, 'kind'> {
  return { kind: of };
}

/** The same digits can look like a card and a phone, or an ID inside a labelled ID: keep the first, most serious. */
function dropOverlaps(items: PersonalDataItem[]): PersonalDataItem[] {
  const rank: PersonalDataKind[] = ['card', 'bank', 'secret', 'id', 'address', 'email', 'phone'];
  const sorted = [...items].sort((a, b) => rank.indexOf(a.kind) - rank.indexOf(b.kind) || a.start - b.start);
  const kept: PersonalDataItem[] = [];
  for (const item of sorted) {
    if (!kept.some((k) => item.start < k.end && k.start < item.end)) kept.push(item);
  }
  return kept.sort((a, b) => a.start - b.start);
}
