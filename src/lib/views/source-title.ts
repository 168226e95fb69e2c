/** A source's title as shown: the headline, or the editors' description in brackets, as catalogues do. */
export function sourceTitle(source: { title: string; titleIsDescription?: boolean | undefined }): string {
  return source.titleIsDescription ? `[${source.title}]` : source.title;
}
