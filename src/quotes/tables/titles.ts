// Data table: titles and honorifics. They are stripped from canonical names ("President
// Barack Obama" → "Barack Obama"), give a gender (Mr./Mrs.), and let "the President" or
// "the senator" be resolved to whoever holds that title in the article.

import type { Gender } from './pronouns.ts';

/** A title as written before a name (lower-cased, abbreviation dot removed). */
export interface TitleInfo {
  /** The role it names, so "Sen. Cruz" and "the senator" meet on 'senator'. */
  role: string;
  gender: Gender;
}

/** Titles that may precede a person's name. */
export const TITLES: ReadonlyMap<string, TitleInfo> = new Map<string, TitleInfo>([
  ['mr', { role: 'mr', gender: 'm' }],
  ['mrs', { role: 'mrs', gender: 'f' }],
  ['ms', { role: 'ms', gender: 'f' }],
  ['miss', { role: 'miss', gender: 'f' }],
  ['sir', { role: 'sir', gender: 'm' }],
  ['dame', { role: 'dame', gender: 'f' }],
  ['lord', { role: 'lord', gender: 'm' }],
  ['lady', { role: 'lady', gender: 'f' }],
  ['king', { role: 'king', gender: 'm' }],
  ['queen', { role: 'queen', gender: 'f' }],
  ['prince', { role: 'prince', gender: 'm' }],
  ['princess', { role: 'princess', gender: 'f' }],
  ['pope', { role: 'pope', gender: 'm' }],
  ['dr', { role: 'doctor', gender: 'u' }],
  ['doctor', { role: 'doctor', gender: 'u' }],
  ['prof', { role: 'professor', gender: 'u' }],
  ['professor', { role: 'professor', gender: 'u' }],
  ['rev', { role: 'reverend', gender: 'u' }],
  ['reverend', { role: 'reverend', gender: 'u' }],
  ['president', { role: 'president', gender: 'u' }],
  ['president-elect', { role: 'president-elect', gender: 'u' }],
  ['vice', { role: 'vice president', gender: 'u' }],
  ['sen', { role: 'senator', gender: 'u' }],
  ['senator', { role: 'senator', gender: 'u' }],
  ['rep', { role: 'representative', gender: 'u' }],
  ['representative', { role: 'representative', gender: 'u' }],
  ['congressman', { role: 'congressman', gender: 'm' }],
  ['congresswoman', { role: 'congresswoman', gender: 'f' }],
  ['gov', { role: 'governor', gender: 'u' }],
  ['governor', { role: 'governor', gender: 'u' }],
  ['mayor', { role: 'mayor', gender: 'u' }],
  ['secretary', { role: 'secretary', gender: 'u' }],
  ['minister', { role: 'minister', gender: 'u' }],
  ['prime', { role: 'prime minister', gender: 'u' }],
  ['chancellor', { role: 'chancellor', gender: 'u' }],
  ['judge', { role: 'judge', gender: 'u' }],
  ['justice', { role: 'justice', gender: 'u' }],
  ['gen', { role: 'general', gender: 'u' }],
  ['general', { role: 'general', gender: 'u' }],
  ['lt', { role: 'lieutenant', gender: 'u' }],
  ['col', { role: 'colonel', gender: 'u' }],
  ['adm', { role: 'admiral', gender: 'u' }],
  ['capt', { role: 'captain', gender: 'u' }],
  ['sgt', { role: 'sergeant', gender: 'u' }],
  ['speaker', { role: 'speaker', gender: 'u' }],
  ['chairman', { role: 'chairman', gender: 'm' }],
  ['chairwoman', { role: 'chairwoman', gender: 'f' }],
  ['ambassador', { role: 'ambassador', gender: 'u' }],
  ['attorney', { role: 'attorney', gender: 'u' }],
  ['commissioner', { role: 'commissioner', gender: 'u' }],
  ['director', { role: 'director', gender: 'u' }],
  ['chief', { role: 'chief', gender: 'u' }],
  ['candidate', { role: 'candidate', gender: 'u' }],
  ['nominee', { role: 'nominee', gender: 'u' }],
  ['leader', { role: 'leader', gender: 'u' }],
  ['alderman', { role: 'alderman', gender: 'u' }],
  ['councilman', { role: 'councilman', gender: 'm' }],
  ['councilwoman', { role: 'councilwoman', gender: 'f' }],
  ['sheriff', { role: 'sheriff', gender: 'u' }],
  ['coach', { role: 'coach', gender: 'u' }],
  ['host', { role: 'host', gender: 'u' }],
  ['anchor', { role: 'anchor', gender: 'u' }],
  ['lawmaker', { role: 'lawmaker', gender: 'u' }],
  ['administrator', { role: 'administrator', gender: 'u' }],
  ['spokesman', { role: 'spokesman', gender: 'm' }],
  ['spokeswoman', { role: 'spokeswoman', gender: 'f' }],
  ['spokesperson', { role: 'spokesperson', gender: 'u' }],
  ['curator', { role: 'curator', gender: 'u' }],
  ['ceo', { role: 'ceo', gender: 'u' }],
  ['founder', { role: 'founder', gender: 'u' }],
  ['activist', { role: '', gender: 'u' }],
  ['retired', { role: '', gender: 'u' }],
  ['rabbi', { role: 'rabbi', gender: 'm' }],
  ['cardinal', { role: 'cardinal', gender: 'm' }],
  ['bishop', { role: 'bishop', gender: 'u' }],
  ['father', { role: 'father', gender: 'm' }],
  ['sister', { role: 'sister', gender: 'f' }],
  ['former', { role: '', gender: 'u' }], // modifiers: skipped, carry no role
  ['then', { role: '', gender: 'u' }],
  ['deputy', { role: '', gender: 'u' }],
  ['state', { role: '', gender: 'u' }],
  ['democratic', { role: '', gender: 'u' }],
  ['republican', { role: '', gender: 'u' }],
  ['gop', { role: '', gender: 'u' }],
  ['u.s.', { role: '', gender: 'u' }],
]);

/** Role nouns used without a name ("the president", "the senator") and the title role they match. */
export const ROLE_NOUNS: ReadonlyMap<string, string> = new Map<string, string>([
  ['president', 'president'],
  ['president-elect', 'president-elect'],
  ['senator', 'senator'],
  ['congressman', 'representative'],
  ['congresswoman', 'representative'],
  ['governor', 'governor'],
  ['mayor', 'mayor'],
  ['secretary', 'secretary'],
  ['minister', 'minister'],
  ['judge', 'judge'],
  ['pope', 'pope'],
  ['speaker', 'speaker'],
  ['chairman', 'chairman'],
  ['candidate', 'candidate'],
  ['nominee', 'nominee'],
  ['general', 'general'],
]);

/** Person nouns that tell the gender of whoever they describe ("a spokeswoman", "the congressman"). */
export const GENDERED_NOUNS: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ['spokesman', 'm'], ['spokeswoman', 'f'], ['congressman', 'm'], ['congresswoman', 'f'], ['chairman', 'm'],
  ['chairwoman', 'f'], ['businessman', 'm'], ['businesswoman', 'f'], ['man', 'm'], ['woman', 'f'],
  ['father', 'm'], ['mother', 'f'], ['husband', 'm'], ['wife', 'f'], ['son', 'm'], ['daughter', 'f'],
  ['brother', 'm'], ['sister', 'f'], ['king', 'm'], ['queen', 'f'], ['actor', 'm'], ['actress', 'f'],
]);
