import type { Doc } from './document';
import { allMatches } from './matches';

/**
 * Rapport's rules are written for English, and English advice on a Spanish or Japanese post would be wrong
 * advice, so the engine checks first and stays quiet on other languages. It looks for evidence of another
 * language (another script, or the small words other languages cannot do without) rather than for missing
 * English: a short English post of slogans ("Huge sale! 50% off, code SPRING50") has no English function
 * words either, and must still be coached.
 */
const ENGLISH = words(
  'a an the and or but if of to in on at by for with from about as into than then so not no is are was were be been ' +
    'am do does did have has had will would can could should may might must i me my we us our you your he him his she ' +
    'her it its they them their this that these those what which who how why when where there here all any some just ' +
    'more most very too also up out get got im dont cant thats whats lets',
);

/** Frequent words of other languages written in Latin script, none of them also a common English word. */
const FOREIGN = words(
  // Spanish, Portuguese, Italian
  'el los las del por para una unos pero muy esto esta está están estamos hoy gracias nuestra nuestro nosotros ' +
    'qué que cómo porque también nuevo nueva todos ustedes usted tenemos hacer é são não uma com mais muito obrigado ' +
    'con cuando donde hola buenos días mañana ayer aquí mucho muchas somos hay más vivimos queremos ' +
    'você vocês nós hoje também il della delle degli sono siamo questo questa grazie anche perché nostro nostra ' +
    // French
    'le les des est sont une avec pour nous vous notre votre très aujourd merci mais aussi ce cette sur dans ' +
    'c’est cest qui être avons ' +
    // German, Dutch
    'der die das und ist nicht mit für wir ihr unser unsere heute danke auch sehr ein eine sind haben wird ' +
    'ich du mich dich mir dir uns euch bin bist morgen gestern aber oder weil wenn dass auf aus bei nach zum zur ' +
    'vom über noch nur doch jetzt liebe grüße viele gerne bitte schön allen freue kommt ' +
    'het een van voor zijn niet ook wij jullie vandaag bedankt onze ' +
    // Indonesian and Malay, Turkish
    'dan yang untuk dengan ini itu kami kita tidak ada akan bisa terima kasih ve bir bu için çok teşekkürler',
);

const WORD = /\p{L}[\p{L}'\u2019]*/gu;
const LETTERS = /\p{L}+/gu;
const NON_LATIN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Thai}\p{Script=Devanagari}]+/gu;
/** Links, bare domains, paths, handles, hashtags and HTML entities say nothing about the language. */
const NOT_WORDS = /https?:\/\/\S+|\bwww\.\S+|\b[\w-]+\.(?:com|org|net|io|co|uk|ly|be|gl|me|tv)\b\S*|\/\S+|[@#][\p{L}\p{N}_]+|&[a-z]+;|&#\d+;/giu;

function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

interface LanguageCounts {
  english: number;
  foreign: number;
  /** Letters, and letters of the scripts below (characters, not UTF-16 units). */
  letters: number;
  nonLatin: number;
}

function countChunk(text: string): LanguageCounts {
  const cleaned = text.replace(NOT_WORDS, ' ');
  let english = 0;
  let foreign = 0;
  for (const m of allMatches(WORD, cleaned)) {
    const word = m[0].toLowerCase();
    if (ENGLISH.has(word.replace(/['\u2019]/g, ''))) english++;
    else if (FOREIGN.has(word)) foreign++;
  }
  return { english, foreign, letters: charactersIn(cleaned, LETTERS), nonLatin: charactersIn(cleaned, NON_LATIN) };
}

/** How many characters (code points) the pattern's runs cover, counted without an array per character. */
function charactersIn(text: string, runs: RegExp): number {
  let count = 0;
  for (const m of allMatches(runs, text)) {
    const run = m[0];
    count += run.length;
    for (let i = 0; i < run.length; i++) if ((run.charCodeAt(i) & 0xfc00) === 0xdc00) count--;
  }
  return count;
}

export function isEnglish(doc: Doc): boolean {
  const total: LanguageCounts = { english: 0, foreign: 0, letters: 0, nonLatin: 0 };
  for (const chunk of doc.chunks) {
    const c = chunk.memo('language', (ch) => countChunk(ch.text));
    total.english += c.english;
    total.foreign += c.foreign;
    total.letters += c.letters;
    total.nonLatin += c.nonLatin;
  }
  if (total.letters > 0 && total.nonLatin / total.letters > 0.3) return false;
  return !(total.foreign >= 2 && total.foreign > total.english * 1.5);
}
