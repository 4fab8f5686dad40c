/** The languages a problem is answered in; without a preference it is answered in both. */
export type ProblemLanguage = 'ko' | 'en';

/** One text in the languages it exists in. */
export interface LocalizedText {
  readonly ko?: string;
  readonly en?: string;
}

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/;
const LETTER = /\p{L}/u;

/** Where the trailing parenthesised group of `text` opens, if the text ends with one. */
function trailingGroupStart(text: string): number {
  if (!text.endsWith(')')) return -1;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i -= 1) {
    if (text[i] === ')') depth += 1;
    else if (text[i] === '(' && --depth === 0) return i;
  }
  return -1;
}

/**
 * The languages of a text as Yunghap writes them: "한국어 문장. (English sentence.)" is both; a
 * text whose first letter is Hangul is Korean; anything else is English (English texts may quote
 * Korean words, e.g. "one of 서울, 경기, 제주").
 */
export function languagesOf(text: string): LocalizedText {
  const start = trailingGroupStart(text);
  if (start > 0 && text[start - 1] === ' ') {
    const ko = text.slice(0, start - 1).trim();
    const en = text.slice(start + 1, -1).trim();
    if (HANGUL.test(ko) && /[A-Za-z]/.test(en) && !HANGUL.test(LETTER.exec(en)?.[0] ?? '')) return { ko, en };
  }
  return HANGUL.test(LETTER.exec(text)?.[0] ?? '') ? { ko: text } : { en: text };
}

/** `text` in `language`, else in the other language it exists in (Korean first). */
export function inLanguage(text: LocalizedText, language: ProblemLanguage): string | undefined {
  return language === 'ko' ? (text.ko ?? text.en) : (text.en ?? text.ko);
}
