/**
 * The commonest function words of each language the pipeline knows (and of Ukrainian, which borrows Russian's pack), for telling the languages apart from running
 * text (src/pipeline/recognize/language). Words shared by close languages ("de", "la", "en") vote for each of them; the
 * words frequent in one language and rare in the others decide between them. Small on purpose: this module is loaded for every article.
 */
export const STOP_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: 'the of and to in is that for it was on with as by at from his her he she they be have has had are were said not but this which who will would an or their its been'.split(
    ' ',
  ),
  de: 'der die das und ist nicht mit dem den ein eine einer eines sich auf für von zu im auch als bei nach wird wurde sind hat haben aus über noch wie oder aber nur sein vor dass seine ihre'.split(
    ' ',
  ),
  fr: 'de la en le les des est et du une dans pour pas qui que sur au avec ce il elle sont ont été plus par mais aux ses leur cette aussi comme fait être nous'.split(
    ' ',
  ),
  es: 'de la en el los las del y que en por con una para es se su lo al como más pero sus fue ha este esta entre cuando también sobre hasta desde muy según'.split(
    ' ',
  ),
  it: 'la in a e il della di che è per gli le con del dei una nel alla sono non al si anche come più ha delle nella dal questo ma essere stato suo sua tra degli'.split(
    ' ',
  ),
  nl: 'de het een van en is dat op te in voor met niet zijn aan ook als bij door maar er naar om wordt werd heeft hebben nog dan deze tot uit zich'.split(
    ' ',
  ),
  pt: 'de a e o os as do da dos das que em um uma para com não por mais foi são ao no na pelo pela seu sua também como mas nos entre está já ele'.split(
    ' ',
  ),
  pl: 'i w na z się nie do że to jest o jak po przez dla od za ale jego jej są był była być także który która które tym już tego oraz przy'.split(
    ' ',
  ),
  ru: 'и в не на что с по как это он она из за к от для о его но же так был была были также который которые уже при после только'.split(
    ' ',
  ),
  // No pack, but its text shares "в", "на", "не" with Russian: without its own words an undeclared Ukrainian page
  // would be read as Russian. Only words Russian does not write.
  uk: 'і й та що як це він вона від але його її також був була були який яка які вже після тільки ще між щодо через цього'.split(
    ' ',
  ),
};
