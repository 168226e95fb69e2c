/**
 * What a whole article says about the names in it, worked out once before its paragraphs are read: surnames it
 * gives alone, the full names it gives them, the surnames each title goes with, and its places' words.
 */
import {roleOf, titleBefore} from './people-roles.ts';
import {givenNameTags, isBeforeRegion, isCapitalized, isEnglishWord, isThingContext, isTitleWord, isUnlistedVerb, surnameTags, tagsOf} from './people-words.ts';

export type ArticleFacts = ReturnType<typeof readArticle>;

export function readArticle(article: string) {
  return {
    repeated: repeatedSurnames(article),
    fullNames: fullNamesOf(article),
    titledSurnames: titledSurnames(article),
    places: placesOf(article),
  };
}


/**
 * Surname → full name for each known given name an article puts before a surname ("Fidel Castro", "David H.
 * Petraeus"), so that the surname alone is that person wherever it stands, before the full name too.
 */
export function fullNamesOf(article: string): Map<string, string> {
  const found = new Map<string, string>();
  const pattern = /(\p{Lu}(?<![\p{L}\p{N}.'’-]\p{Lu})\p{Ll}+)(?:[^\S\n]+\p{Lu}\.)*[^\S\n]+(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}'’-]|[^\S\n]+\p{Lu})/gu;
  for (const match of article.matchAll(pattern)) {
    const [name, given, surname] = match as unknown as [string, string, string];
    if (!found.has(surname) && tagsOf(given).has('FirstName') && !tagsOf(surname).has('Place')) found.set(surname, name.replace(/\s+/gu, ' '));
  }
  return found;
}

/**
 * Surnames an article gives alone ("Natsios said … Natsios"): a word a title names somewhere ("Mr. Warner"), or
 * a word foreign to English standing alone at least twice and never where something other than a person
 * stands: after an article or a preposition of place ("in Darfur"), before a noun ("Hamas leaders") or before
 * ", Texas".
 */
export function repeatedSurnames(article: string): Set<string> {
  const counts = new Map<string, number>();
  const barred = new Set<string>();
  for (const match of article.matchAll(/\p{Lu}(?<![\p{L}\p{N}.'’-]\p{Lu})\p{Ll}{2,}(?![\p{L}\p{N}-])/gu)) {
    const word = match[0];
    // A word the lexicon or the English word list knows is a common word, capitalised in a title ("the Proposal").
    if (barred.has(word) || tagsOf(word).size > 0 || isEnglishWord(word)) continue;
    const before = /([\p{L}'’]+)[^\S\n]+$/u.exec(article.slice(Math.max(0, match.index - 30), match.index)) ?? undefined;
    const previous = before?.[1];
    const next = /^(?:['’]s)?[^\S\n]+(\p{L}+)/u.exec(article.slice(match.index + word.length, match.index + word.length + 30))?.[1];
    // Beside another capitalised name it is part of a longer name ("United Nations"); first in a sentence its
    // capital may be the sentence's, but not after a sentence's capitalised opener the lexicon knows ("Later").
    const opens = (at: number): boolean => /(?:^|[.!?:]\s+|\n\s*)$/u.test(article.slice(Math.max(0, at - 3), at));
    const opener =
      before !== undefined &&
      isCapitalized(before[1]!) &&
      [...tagsOf(before[1]!)].some((tag) => !surnameTags.has(tag) && !givenNameTags.has(tag)) &&
      opens(match.index - before[0].length);
    if (previous === undefined || (isCapitalized(previous) && !opener) || (next !== undefined && isCapitalized(next))) continue;
    const modifies = next !== undefined && (tagsOf(next).has('Noun') || (tagsOf(next).size === 0 && !isUnlistedVerb(next)));
    if (isThingContext(previous) || modifies || isBeforeRegion(article, match.index + word.length)) barred.add(word);
    else counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const repeated = new Set([...counts].flatMap(([word, count]) => (count >= 2 && !barred.has(word) ? [word] : [])));
  // A word a title names anywhere ("Mr. Warner", "Sen. Frist") is a surname everywhere, first in a line too.
  for (const [, title, word] of article.matchAll(/(\p{Lu}(?<![\p{L}.]\p{Lu})\p{L}*)\.?[^\S\n]+(?=(\p{Lu}\p{Ll}+)(?![\p{L}-]|[^\S\n]+\p{Lu}))/gu)) {
    // Not a role said to someone ("Mr. President", "Madame Secretary").
    if (isTitleWord(title!) && !isTitleWord(word!, true) && roleOf(word!) === undefined) repeated.add(word!);
  }
  return repeated;
}

/**
 * Role → the surnames a whole article names with it ("President Bush", "President Obasanjo"): a bare role ("the
 * President") stands for someone only where the article gives that title to one person.
 */
export function titledSurnames(article: string): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  // Each capitalised word that ends a name, with the title before it ("President George W. ▸Bush").
  for (const match of article.matchAll(/(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]+(?![\p{L}'’-]|[^\S\n]+\p{Lu})/gu)) {
    const role = titleBefore(article, match.index);
    if (role) found.set(role, new Set([...(found.get(role) ?? []), match[0].replace(/['’]s$/u, '').toLowerCase()]));
  }
  return found;
}

// A place's or a group's capitalised words: after "in" or "across" ("in Kuala Lumpur"), or before a noun of
// force or place ("Taliban forces", "the Nangahar province", "Kabul-based").
const placeContext =
  /(?<=\b(?:[Ii]n|across|throughout|inside|people of|capital of)\s+)\p{Lu}[\p{L}'’-]*(?:[^\S\n]+\p{Lu}[\p{L}'’-]*)*|(?<![\p{L}'’-])\p{Lu}\p{L}*(?=-based\b|\s+(?:forces|troops|fighters|militias?|rebels|region|province|border|authorities)\b)/gu;

/** The words an article uses as a place's or a group's name (a title or a given name opens no such name). */
export function placesOf(article: string): ReadonlySet<string> {
  const places = new Set<string>();
  for (const [phrase] of article.matchAll(placeContext)) {
    const words = phrase.split(/\s+/u);
    if (!isTitleWord(words[0]!, true) && roleOf(words[0]!) === undefined && !tagsOf(words[0]!).has('FirstName') && !/['’]s$/u.test(phrase)) for (const word of words) places.add(word);
  }
  return places;
}
