/**
 * The commonest function words of languages that borrow another's pack (borrowed-packs.ts), so that an undeclared
 * Swedish or Czech page is still read as itself and its cards come from its own Wikipedia edition. Kept apart from
 * STOP_WORDS on purpose: detect-language.ts lets these languages win only when they beat every language, and reads
 * the pack languages' votes without them, so a word shared with a pack language ("i", "de", "en", "a") leaves the
 * pack languages' verdicts as they were. Close languages are told apart by the forms only one of them writes:
 * Danish "af", "meget", "været", Norwegian "etter", "mye", "vært", Swedish "och", "att", "är"; Czech "se", "je",
 * "jsou", Slovak "sa", "aj", "sú", Polish (in STOP_WORDS) "się", "jest"; Romanian "și", "în", "că", "să", "pe".
 * Norwegian is keyed "nb" (Bokmål, what Norwegian news writes); card-language.ts maps it to the "no" edition.
 */
export const BORROWED_STOP_WORDS: Readonly<Record<string, readonly string[]>> = {
  sv: 'och i att det som en på är av för med till den har de inte om ett han hon men var sig från vid kan så efter också när eller mot detta denna dessa hade blev blir enligt mellan än utan bara nu sade säger redan där inom genom något mycket upp ut varit blivit några emot mer'.split(
    ' ',
  ),
  da: 'og i at det som en på er af for med til den har de ikke om et han hun men var sig fra kan så efter også når eller mod dette denne disse havde blev bliver ifølge mellem uden bare nu sagde siger hvor inden gennem noget meget op ud vores blandt der mere været blevet nogle imod ind'.split(
    ' ',
  ),
  nb: 'og i at det som en på er av for med til den har de ikke om et han hun men var seg fra kan så etter også når eller mot dette denne disse hadde ble blir ifølge mellom enn uten bare nå sier hvor innen gjennom noe mye opp ut våre blant mer vært blitt noen inn ennå'.split(
    ' ',
  ),
  fi: 'ja on ei että oli se hän mutta kun myös tai ovat joka jossa kuin sen ole olla vain nyt jo mukaan jälkeen vuonna mitä niin sekä koska siitä sitä hänen tämä tämän he eivät ollut olisi kanssa välillä yli aikana lisäksi jotka'.split(
    ' ',
  ),
  tr: 'bir ve bu da de için ile olarak olan daha çok gibi en ama ancak kadar sonra değil her o ki diye tarafından yılında göre yeni arasında veya bile üzerinde olduğunu olduğu şekilde önce büyük ayrıca bunun'.split(
    ' ',
  ),
  // Romanian is written with comma-below ș ț and, in older or careless text, cedilla ş ţ: both are listed.
  ro: 'și şi în de la a cu pe din care că nu să o este pentru au se ce fost sau ca al ale lui după iar dar fi acest această sunt către prin despre unei unui fără între când până avea'.split(
    ' ',
  ),
  cs: 'a v se na je že o s z do to i k ve pro by ale jako za po od jsou byl byla bylo které který která také jeho podle jak už při až než tak jen mezi před když však nebo bude může jejich'.split(
    ' ',
  ),
  // No pack of its own either, and close to Czech: without its own words an undeclared Slovak page would be read as
  // Czech and get Czech cards.
  sk: 'a v sa na je že o s z do to aj k vo pre by ale ako za po od sú bol bola bolo ktoré ktorý ktorá tiež jeho podľa už pri až než tak len medzi pred keď však alebo bude môže ich'.split(
    ' ',
  ),
  hu: 'a az és hogy nem is egy meg de van volt ki el csak már mint még után szerint között pedig vagy ez azt ezt amely aki amit kell lesz lehet több majd így úgy nagyon alatt miatt során hanem fel be'.split(
    ' ',
  ),
};
