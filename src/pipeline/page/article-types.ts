/** schema.org types that mark a page as a news/article page, and types that mark it as something else. */
export const ARTICLE_TYPES = new Set([
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'Article',
  'BlogPosting',
  'Report',
  'ScholarlyArticle',
  'TechArticle',
  'SatiricalArticle',
]);

/** The news subset: a page that declares one of these is a news story, not just any article. */
export const NEWS_ARTICLE_TYPES = new Set([
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
]);

export const NON_ARTICLE_TYPES = new Set([
  'Product',
  'ProductGroup',
  'Offer',
  'SearchResultsPage',
  'CollectionPage',
  'ProfilePage',
  'VideoObject',
  'ImageGallery',
  'MediaGallery',
  'DiscussionForumPosting',
  'QAPage',
  'LiveBlogPosting',
  'Recipe',
  'Event',
  'SocialMediaPosting',
  'VideoGallery',
  'Movie',
  'MusicRecording',
  'Course',
  'JobPosting',
  'SoftwareApplication',
]);
