/**
 * Lines that are never article body, whatever the page: prompts (listen, app, newsletter, share), credits, bylines and
 * stamps. Matched case-insensitively against a whole paragraph. Add a line when an outlet invents a new prompt; a
 * per-site quirk, if one is ever unavoidable, belongs here too, never in code.
 */

/** Audio-article prompt ("NEW You can now listen to Fox News articles!"). */
const listenPromptNew = /^NEW\s*You can now listen to .* articles!?$/;

/** The same prompt without its "NEW" label. */
const listenPrompt = /^You can now listen to .* articles!?$/;

/** Calls to action in capitals between paragraphs ("CLICK HERE TO GET THE FOX NEWS APP"). */
const clickHerePrompt = /^CLICK HERE TO (GET|DOWNLOAD|SIGN UP|READ|WATCH|SUBSCRIBE)\b.*$/;

/** Newsletter sign-up invitations. */
const newsletterSignup = /^(Sign up|Subscribe) (for|to) (our|the) .*newsletters?.*$/;

/** App download invitations, short. */
const appDownload = /^(Get|Download) the .* app\b.{0,80}$/;

/** Advertisement labels and "continues below" notes (a few in other languages, as pages print them). */
const advertisementLabel =
  /^(Advertisement|ADVERTISEMENT|Anzeige|Publicidad|Publicité|Story continues below advertisement|Continue reading below|Article continues below|Scroll to continue with content)$/;

/** Share and print buttons left as text. */
const shareButtons = /^(Share|Share this article|Share on Facebook|Share on Twitter|Tweet|Email|Print|Comments?)$/;

/** Headings of related-story rails. */
const readMoreLabels =
  /^(Read more|Related|Related Articles|Recommended|More from .{0,60}|Most popular|Trending now|Read next|See also|Also read):?$/;

/** Photo and image credits (with German "Foto"/"Bild"). */
const photoCredit = /^(Photo|Image|Credit|Getty Images|AP Photo|Reuters|Foto|Bild)\b.{0,120}$/;

/** Credits written as "Photo: ...", possibly in parentheses. */
const photoCreditLabel = /^\(?(Photo|Image|Credit|Foto|Bild)( credit)?:.{0,160}$/;

/** Copyright notices. */
const copyrightLine = /^(Copyright|©|\(c\)) .{0,200}$/;

/** The rights notice on its own. */
const allRightsReserved = /^All rights reserved\.?$/;

/** Consent small print under a subscription form. */
const subscribeConsent = /^By subscribing,? (I|you) (accept|agree).{0,200}$/;

/** Social-media invitations. */
const followUs = /^(Follow|Like) us on (Facebook|Twitter|Instagram).{0,120}$/;

/** Republication notes. */
const originallyPublished = /^(This article|This story) (was|is) (originally )?(published|reprinted|updated).{0,40}$/;

/** Ad-loader script text that leaks into the page text. */
const adsByGoogleScript = /^\(adsbygoogle.*$/;

/** A byline as its own line (By/Von/Por/Par/Door/Di). */
const bylineLine = /^(By|Von|Por|Par|Door|Di)\s+[^.!?]{2,80}$/;

/** News-tip invitations. */
const newsTipPrompt = /^(Have|Got) a (news )?tip\b.{0,200}$/;

/** "Get the latest ... in your inbox" prompts. */
const inboxPrompt = /^Get the latest .{0,80}(in|to) your inbox.{0,80}$/;

/** Newsletter subscriptions, short form. */
const subscribeToNewsletter = /^Subscribe to .{0,80}newsletters?\.?$/;

/** A caption that ends in an agency's credit ("... Getty Images", "AP Photo/..."). */
const agencyCredit =
  /^[^.!?]{0,80}\b(Getty Images|AP Photo|AP|Reuters|AFP|Shutterstock|Bloomberg|EPA|Alamy|iStock)(\s*\/\s*[^|.]{0,40})?$/;

/** Update and publication stamps as lines (English, German, French, Spanish). */
const updatedStamp = /^(Updated|Published|Posted|Last updated|Aktualisiert|Mis à jour|Actualizado)\b[^.!?]{0,80}$/;

/** An image's file name printed as its caption. */
const imageFileName = /^[^\s/\\]{0,60}(\s[^\s/\\]{1,40}){0,12}\.(jpe?g|png|gif|webp|avif)$/;

/** A parenthetical credit "(Name/Agency)". */
const parentheticalCredit = /^\([^()/]{2,60}\/[^()/]{2,60}\)$/;

/** Reading-time labels ("5 min read"). */
const readingTime = /^\d{1,3}\s*(min|mins|minutes?)\.?\s+read$/;

/** Affiliate-link disclosures. */
const affiliateDisclosure =
  /^(This|The) (article|post|story|page) (contains|may contain|includes) affiliate links\b.{0,240}$/;

export const boilerplateLines: readonly RegExp[] = [
  listenPromptNew,
  listenPrompt,
  clickHerePrompt,
  newsletterSignup,
  appDownload,
  advertisementLabel,
  shareButtons,
  readMoreLabels,
  photoCredit,
  photoCreditLabel,
  copyrightLine,
  allRightsReserved,
  subscribeConsent,
  followUs,
  originallyPublished,
  adsByGoogleScript,
  bylineLine,
  newsTipPrompt,
  inboxPrompt,
  subscribeToNewsletter,
  agencyCredit,
  updatedStamp,
  imageFileName,
  parentheticalCredit,
  readingTime,
  affiliateDisclosure,
];
