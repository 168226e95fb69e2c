import {createPeopleMatcher, type PeopleMemory, type PersonEntry} from '../../src/lib/tagging/people.ts';

/** Each mention of an article (paragraphs split at blank lines) as `text → person`, in reading order. */
export function tagArticle(article: string, registry: PersonEntry[] = []): string[] {
  const matcher = createPeopleMatcher(registry);
  const paragraphs = article.split(/\n\s*\n/u);
  const memory: PeopleMemory = {surnames: new Map(), article: paragraphs.join('\n\n')};
  return paragraphs.flatMap((paragraph) =>
    matcher.find(paragraph, [], memory).map((mention) => `${mention.text} → ${mention.person.replace(/^unregistered-/u, '')}`),
  );
}
