import type { Doc } from './document';

/**
 * Rapport's rules are written for English. Giving English advice on a Spanish or Japanese post would be
 * wrong advice, so the engine checks first and stays quiet on other languages. The test is cheap and
 * deliberately lenient: short posts, names, hashtags and links count as English unless the words that
 * are there clearly are not.
 */
const FUNCTION_WORDS = new Set(
  (
    'a an the and or but if of to in on at by for with from about as into than then so not no is are was were be been ' +
    'am do does did have has had will would can could should may might must i me my we us our you your he him his she ' +
    'her it its they them their this that these those what which who how why when where there here all any some just ' +
    'more most very too also up out get got im dont cant its thats whats lets'
  ).split(' '),
);

const WORD = /\p{L}[\p{L}'\u2019]*/gu;
const NON_LATIN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Thai}\p{Script=Devanagari}]/gu;

interface LanguageCounts {
  words: number;
  english: number;
  letters: number;
  nonLatin: number;
}

function countChunk(text: string): LanguageCounts {
  const cleaned = text.replace(/https?:\/\/\S+|[@#][\p{L}\p{N}_]+/gu, ' ');
  let words = 0;
  let english = 0;
  for (const m of cleaned.matchAll(WORD)) {
    words++;
    if (FUNCTION_WORDS.has(m[0].toLowerCase().replace(/['\u2019]/g, ''))) english++;
  }
  const letters = (cleaned.match(/\p{L}/gu) ?? []).length;
  const nonLatin = (cleaned.match(NON_LATIN) ?? []).length;
  return { words, english, letters, nonLatin };
}

export function isEnglish(doc: Doc): boolean {
  const total: LanguageCounts = { words: 0, english: 0, letters: 0, nonLatin: 0 };
  for (const chunk of doc.chunks) {
    const c = chunk.memo('language', (ch) => countChunk(ch.text));
    total.words += c.words;
    total.english += c.english;
    total.letters += c.letters;
    total.nonLatin += c.nonLatin;
  }
  if (total.letters > 0 && total.nonLatin / total.letters > 0.3) return false;
  // Five or more words and hardly any English function words: another language.
  return total.words < 5 || total.english / total.words >= 0.12;
}
