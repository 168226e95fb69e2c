/**
 * How a source's title is written wherever one is shown: the headline as the publisher gave it, or, when
 * the document has none and the editors describe it instead (`titleIsDescription`), that description in
 * square brackets, as library catalogues mark a title they supplied.
 *
 * @param source The source's title and whether it is the editors' description.
 * @returns The text to show.
 */
export function sourceTitle(source: { title: string; titleIsDescription?: boolean | undefined }): string {
  return source.titleIsDescription ? `[${source.title}]` : source.title;
}
