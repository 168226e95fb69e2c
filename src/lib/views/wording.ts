/** The words the pages use for the articles: "the editorial" for one, "the articles" for several. */
import type { ArticleKind } from '../content/schema.ts';

export interface EditionWords {
  /** More than one article: the site is an archive. */
  several: boolean;
  /** "the op-ed", "the editorial"; "the articles" when there are several. */
  theText: string;
  /** "an op-ed", "an editorial"; "articles" when there are several. */
  aText: string;
  /** "edition" for one article, "archive" for several. */
  collection: 'edition' | 'archive';
}

function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}

/** A kind as a label: `op-ed` → "Op-ed". */
export function kindLabel(kind: ArticleKind): string {
  return kind.charAt(0).toUpperCase() + kind.slice(1);
}

/** The words for a site whose articles are of these kinds (one per article). */
export function editionWords(kinds: readonly ArticleKind[]): EditionWords {
  if (kinds.length === 1) {
    const kind = kinds[0]!;
    return { several: false, theText: `the ${kind}`, aText: withArticle(kind), collection: 'edition' };
  }
  return { several: true, theText: 'the articles', aText: 'articles', collection: 'archive' };
}
