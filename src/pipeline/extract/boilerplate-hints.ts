/**
 * What markup says is never article body, as data: class/id words of boilerplate containers and of real body
 * containers. Language-neutral (class names are the web's, not a language's); the lines that are never body are per
 * language (src/languages/<lang>/boilerplate-lines.ts).
 */

/** Class or id words of boilerplate containers: navigation, sharing, ads, comments, captions, paywalls. */
export const BOILERPLATE_CONTAINER =
  /(^|[^a-z])(nav|navbar|menu|header|footer|sidebar|aside|share|sharing|social|newsletter|subscribe|subscription|signup|sign-up|promo|promos|related|recommend\w*|more-stories|read-more|readmore|outbrain|taboola|ad|ads|adslot|ad-slot|advert\w*|dfp|gpt-ad|sponsor\w*|comments?|disqus|breadcrumbs?|caption|credit|credits|byline|author-bio|bio|tags|toolbar|modal|popup|cookie|consent|paywall|trending|popular|most-read|mostread|video-player|audio-player|banner|sr-only|visually-hidden|screen-reader|print-only|skip-link|recirc|rail|topics|keywords|inline-?newsletter|app-?promo|listen)([^a-z]|$)/i;

/** Class or id words of real body containers ("article-body", "entry-content"). */
export const BODY_CONTAINER =
  /article-?body|articlebody|story-?body|post-?(body|content|text)|entry-?content|article-?(content|text)|story-?(content|text)|main-?content|body-?text|rich-?text|article__body|article__content/i;

/** Class or id words that lean towards content. */
export const CONTENT_LEANING = /article|body|content|entry|main|post|story|text|blog|prose/i;

/** Class or id words of inline elements whose text is not body (captions, credits, screen-reader text). */
export const INLINE_NOT_BODY =
  /(^|[^a-z])(caption|credit|credits|sr-only|visually-hidden|screen-reader-text|image-source|photo-credit)([^a-z]|$)/i;

/**
 * The same boilerplate words in CamelCase class names ("ArticleCaption"), case-sensitive so "Nav" does not match
 * "canvas".
 */
export const CAMEL_CASE_BOILERPLATE =
  /(Caption|Credit|Credits|Byline|Share|Sharing|Social|Newsletter|Related|Recommended|Promo|Advert|Advertisement|Comments?|Breadcrumbs?|Sidebar|Footer|Header|Nav|Navigation|Toolbar|Trending|Popular)(?![a-z])/;
