/** schema.org types that mark a page as a news/article page, and types that mark it as something else. */
export const ARTICLE_TYPES = new Set([
  'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle',
  'ReviewNewsArticle', 'Article', 'BlogPosting', 'Report', 'ScholarlyArticle', 'TechArticle', 'SatiricalArticle',
]);

export const NON_ARTICLE_TYPES = new Set([
  'Product', 'ProductGroup', 'Offer', 'SearchResultsPage', 'CollectionPage', 'ProfilePage', 'VideoObject',
  'ImageGallery', 'MediaGallery', 'DiscussionForumPosting', 'QAPage', 'LiveBlogPosting',
]);
