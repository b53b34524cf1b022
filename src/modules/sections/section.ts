// Sections group articles (News, Opinion, Analysis…) and decide their schema.org type.

export const articleTypes = ['NewsArticle', 'OpinionNewsArticle', 'AnalysisNewsArticle'] as const;
export type ArticleType = (typeof articleTypes)[number];

export interface Section {
  id: number;
  slug: string;
  name: string;
  description: string;
  articleType: ArticleType;
  position: number;
}

export function toArticleType(value: string): ArticleType {
  return (articleTypes as readonly string[]).includes(value) ? (value as ArticleType) : 'NewsArticle';
}
