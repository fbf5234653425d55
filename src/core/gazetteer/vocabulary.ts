/**
 * The agreement vocabulary: how outlets name the bilateral security agreement, and what they name that
 * is NOT it. This file and config are the only places that describe the agreement type; the extractor
 * reads everything here by role (nouns, security cues, exclusions), never by hard-wired strings.
 * Phrases are lower-case word sequences as the tokenizer produces them ("long-term" → long, term).
 */

/**
 * Fills in a missing year when the article has no publication date: the first of these agreements was
 * signed on 12 January 2024 (the UK), six months after the G7 Joint Declaration, and what a dateless
 * article dates is almost always a signing or a plan to sign — so "on July 18" is 2024, not 2023.
 */
export const AGREEMENT_EPOCH = '2024-01-01';

/**
 * The states the tracked agreements guard against: never their partner, whatever a sentence seems to say ("the
 * Kremlin agreed to talks on security guarantees" is the peace framework, not one of these agreements).
 */
export const NEVER_PARTNERS: ReadonlySet<string> = new Set(['RU', 'BY']);

/** Words that head an agreement noun phrase. Matched on the whole token, or as a prefix when listed in NOUN_PREFIXES. */
export const AGREEMENT_NOUNS: ReadonlySet<string> = new Set([
  'agreement', 'agreements', 'deal', 'deals', 'pact', 'pacts', 'treaty', 'treaties', 'accord', 'accords',
  'document', 'documents', 'arrangement', 'arrangements',
  // de / fr / it / es / pl / sl / ro / hu / sq / tr
  'abkommen', 'vereinbarung', 'vereinbarungen', 'accordo', 'accordi', 'intesa', 'acuerdo', 'acuerdos', 'acordo',
  'acord', 'acordul', 'acordului', 'umowa', 'umowę', 'umowy', 'sporazum', 'sporazuma', 'sporazumu',
  'megállapodás', 'megállapodást', 'marrëveshje', 'marrëveshja', 'marrëveshjen', 'anlaşma', 'anlaşmayı',
  'угода', 'угоду', 'угоди', 'соглашение', 'соглашения',
  // es / pt / nl / sv / no / pl / cs / uk, more forms
  'abkommens', 'intese', 'acordos', 'akkoord', 'akkoorden', 'overeenkomst', 'overeenkomsten', 'avtal', 'avtalet', 'avtalen',
  'avtale', 'avtaler', 'avtalene', 'umowie', 'umów', 'porozumienie', 'porozumienia', 'porozumieniem', 'porozumieniu', 'porozumień', 'porozumieniami', 'umową', 'umowami', 'umowach', 'dohoda', 'dohodu', 'dohody', 'dohodě',
  'dohod', 'smlouva', 'smlouvu', 'smlouvy', 'угоді', 'угодою', 'угод', 'угодами', 'угодах', 'документ', 'документи',
  'документа', 'документів', 'документом', 'соглашение', 'соглашении',
  // the word "document" in the other languages, and Swedish "överenskommelse" (as "document" in English: the type
  // when a security word or a likeness goes with it)
  'documento', 'documentos', 'documenti', 'dokument', 'dokumente', 'dokumenten', 'dokumentu', 'dokumenty', 'dokumentów',
  'dokumentet', 'dokumenter', 'dokumenterna', 'dokumentene', 'documenten', 'överenskommelse', 'överenskommelsen',
  'överenskommelser', 'överenskommelserna',
  // ro / tr / hu / sq / sl / hr / ru / lt, their cases and plurals ("acordurile", "anlaşmasına", "megállapodást",
  // "marrëveshjen", "sporazumom", "соглашением", "susitarimą") and their words for "document" and "text"
  'acorduri', 'acordurile', 'acordurilor', 'acordurile', 'tratat', 'tratatul', 'tratatului', 'documentul', 'documentului',
  'documente', 'documentele', 'textul', 'anlaşması', 'anlaşmasını', 'anlaşmasına', 'anlaşmada', 'anlaşmayla', 'anlaşmalar',
  'anlaşmaları', 'anlaşmalarını', 'anlaşmasının', 'anlaşmaya', 'belge', 'belgeyi', 'belgeye', 'belgesi', 'belgesini',
  'belgeler', 'belgeleri', 'megállapodások', 'megállapodásokat', 'megállapodásról', 'megállapodásnak', 'megállapodásban',
  'megállapodással', 'megállapodását', 'megállapodásra', 'egyezmény', 'egyezményt', 'egyezményről', 'szerződés',
  'szerződést', 'dokumentumot', 'dokumentum', 'dokumentumokat', 'marrëveshjes', 'marrëveshjet', 'marrëveshjeve',
  'marrëveshjeje', 'dokumenti', 'dokumentin', 'dokumente', 'sporazume', 'sporazumi', 'sporazumov', 'sporazumom',
  'sporazuma', 'sporazumih', 'sporazumima', 'sporazumu', 'dokumenta', 'dokumentom', 'dogovor', 'dogovora', 'соглашений',
  'соглашению', 'соглашением', 'соглашениям', 'соглашениями', 'соглашениях', 'договор', 'договора', 'договоры',
  'договору', 'договором', 'документы', 'документе', 'susitarimas', 'susitarimą', 'susitarimo', 'susitarimu',
  'susitarimai', 'susitarimų', 'susitarimus', 'sutartis', 'sutartį', 'sutarties', 'dokumentą', 'dokumentas',
]);

/** Typos such as "agreementthat" still head a phrase. */
export const NOUN_PREFIXES: readonly string[] = ['agreement'];

/** A security word near an agreement noun makes the phrase the tracked type. */
export const SECURITY_WORDS: ReadonlySet<string> = new Set([
  'security', 'sécurité', 'securite', 'sicurezza', 'seguridad', 'segurança', 'bezpieczeństwa', 'bezpieczeństwie',
  'varnosti', 'varnostni', 'varnostnega', 'securitate', 'securităţii', 'securității', 'biztonsági', 'sigurisë',
  'безпеки', 'безпекову', 'безпекова', 'безопасности', 'sicherheit', 'sicherheitskooperation', 'güvenlik',
  'veiligheid', 'säkerhet', 'säkerheten', 'sikkerhet', 'sikkerheten', 'bezpečnosti', 'bezpečnostní', 'bezpečnostních',
  'безпекові', 'безпекової', 'безпековою', 'безпекових', 'безпекове', 'безпекового', 'безпековій',
  // ro / tr / hu / sq / sl / hr / ru / lt
  'securitate', 'securitatea', 'securitatii', 'güvenliği', 'güvenliğine', 'biztonság', 'biztonságpolitikai', 'biztonságáról',
  'siguri', 'sigurinë', 'sigurie', 'varnost', 'varnostno', 'varnostnem', 'varnostnih', 'sigurnosti', 'sigurnost',
  'sigurnosni', 'sigurnosnom', 'sigurnosnoj', 'sigurnosnog', 'sigurnosnu', 'sigurnosna', 'безопасность', 'saugumo',
  'saugumu', 'saugumas',
]);

/** Compounds whose first part is the security word ("Sicherheitszusammenarbeit", "säkerhetssamarbete"). */
export const SECURITY_PREFIXES: readonly string[] = ['sicherheit', 'bezpiecze', 'veiligheids', 'säkerhets', 'sikkerhets', 'sikkerheds'];

/** Single tokens that are the tracked type on their own (compounds). */
export const STRONG_COMPOUNDS: ReadonlySet<string> = new Set([
  'sicherheitsabkommen', 'sicherheitsabkommens', 'sicherheitsvereinbarung', 'sicherheitsvereinbarungen',
  'sicherheitspakt', 'veiligheidsakkoord', 'veiligheidsakkoorden', 'veiligheidsovereenkomst', 'veiligheidsovereenkomsten',
  'säkerhetsavtal', 'säkerhetsavtalet', 'säkerhetsavtalen', 'säkerhetsavtals', 'sikkerhetsavtale', 'sikkerhetsavtalen',
  'sikkerhetsavtaler', 'sikkerhetsavtalene', 'sikkerhedsaftale', 'sikkerhedsaftalen', 'sikkerhedsaftaler',
]);

/** Phrases that are the tracked type without the word "security" (Ireland's, Albania's, Croatia's titles). */
export const SUPPORT_PHRASES: readonly (readonly string[])[] = [
  ['long', 'term', 'support'],
  // the same titles in the other languages: "bashkëpunim afatgjatë dhe mbështetje", "dugoročnoj suradnji i potpori",
  // "долгосрочной поддержке и сотрудничестве", "ilgalaikės paramos"
  ['afatgjatë', 'dhe', 'mbështetje'], ['suradnji', 'i', 'potpori'], ['suradnja', 'i', 'potpora'], ['sodelovanju', 'in', 'podpori'],
  ['долгосрочной', 'поддержке'], ['долгосрочной', 'поддержки'], ['ilgalaikės', 'paramos'], ['uzun', 'vadeli', 'destek'],
  ['hosszú', 'távú', 'támogatás'], ['sprijin', 'pe', 'termen', 'lung'],
  // "Угода про підтримку України та співробітництво", "соглашение о поддержке и сотрудничестве"
  ['підтримку', 'україни', 'та', 'співробітництво'], ['підтримку', 'та', 'співробітництво'], ['підтримки', 'та', 'співробітництва'],
  ['підтримку', 'і', 'співробітництво'], ['поддержке', 'украины', 'и', 'сотрудничестве'], ['поддержке', 'и', 'сотрудничестве'],
  ['cooperation', 'and', 'support'],
  ['support', 'and', 'cooperation'],
  ['security', 'commitments'],
];

/** Security words that do not describe an agreement ("food security", "Security Council"). */
export const SECURITY_NOT_AGREEMENT_BEFORE: ReadonlySet<string> = new Set(['food', 'energy', 'national', 'cyber', 'border', 'maritime', 'information', 'nuclear']);
export const SECURITY_NOT_AGREEMENT_AFTER: ReadonlySet<string> = new Set([
  'council', 'conference', 'service', 'services', 'forces', 'situation', 'zone', 'advisers', 'advisors', 'adviser', 'advisor', 'policy', 'sector', 'architecture', 'system',
]);

/**
 * Commitments that outlets also call "security guarantees" but that are something else (the G7 declaration
 * itself, the 2025-26 peace framework). They count as the tracked type only in an article that names it
 * unambiguously elsewhere and shows none of PEACE_FRAMEWORK_MARKERS.
 */
export const WEAK_PHRASES: readonly (readonly string[])[] = [
  ['security', 'guarantees'],
  ['security', 'guarantee'],
  ['security', 'assurances'],
  ['garanties', 'de', 'sécurité'],
  ['garanzie', 'di', 'sicurezza'],
  ['sicherheitsgarantien'],
  ['garantías', 'de', 'seguridad'], ['garantias', 'de', 'segurança'], ['veiligheidsgaranties'], ['säkerhetsgarantier'],
  ['sikkerhetsgarantier'], ['gwarancje', 'bezpieczeństwa'], ['gwarancji', 'bezpieczeństwa'], ['bezpečnostní', 'záruky'],
  ['гарантії', 'безпеки'], ['гарантій', 'безпеки'], ['безпекові', 'гарантії'],
];

/** Other kinds of agreement or act. When one of these is what a signing verb governs, there is no claim. */
export const EXCLUDED_PHRASES: readonly (readonly string[])[] = [
  ['mineral'], ['minerals'], ['rare', 'earth'], ['rare', 'earths'], ['natural', 'resources'], ['economic', 'partnership'],
  ['trade'], ['free', 'trade'], ['tariff'], ['tariffs'], ['grain'], ['grains'], ['agricultural'], ['agriculture'],
  ['association', 'agreement'], ['memorandum'], ['memoranda'], ['mou'], ['letter', 'of', 'intent'], ['letters', 'of', 'intent'],
  ['friendship'], ['joint', 'statement'], ['joint', 'declaration'], ['declaration'], ['declarations'], ['communique'], ['communiqué'],
  ['coalition', 'of', 'the', 'willing'], ['trilateral'], ['multilateral'], ['100', 'year'], ['hundred', 'year'],
  ['century'], ['centennial'], ['charter'], ['reciprocal', 'access'], ['peace', 'framework'], ['peace', 'plan'],
  ['peace', 'deal'], ['peace', 'agreement'], ['ceasefire'], ['cease', 'fire'], ['armistice'], ['post', 'war'],
  ['reassurance', 'force'], ['drone'], ['drones'], ['co', 'production'], ['joint', 'production'], ['aircraft'],
  ['gas'], ['loan'], ['loans'], ['visa'], ['investment'], ['compact'], ['strategic', 'partnership'],
  ['defense', 'cooperation', 'agreement'], ['defence', 'cooperation', 'agreement'], ['military', 'framework'],
  ['accession'], ['candidacy'],
  // de / fr / it / pl
  ['freundschaftsvertrag'], ['handelsabkommen'], ['rohstoffabkommen'], ['déclaration'], ['dichiarazione'],
  ['kereskedelempolitikai'],
  // minerals, trade, memoranda and declarations in es / pt / nl / sv / no / pl / cs / uk
  ['minerales'], ['minerais'], ['minerali'], ['mineralen'], ['mineraler'], ['minéraux'], ['rohstoffe'], ['rohstoffen'],
  ['rohstoffdeal'], ['minerałów'], ['surowców'], ['surowce'], ['nerostné'], ['nerostných'], ['nerostných', 'surovin'],
  ['копалин'], ['копалини'], ['надра'], ['надр'], ['terres', 'rares'], ['tierras', 'raras'], ['terre', 'rare'],
  ['commercial'], ['commerciale'], ['comercial'], ['handelsavtal'], ['handelsakkoord'], ['memorando'], ['меморандум'],
  ['меморандуму'], ['declaración'], ['declaração'], ['verklaring'], ['deklaracja'], ['deklarację'], ['deklarace'],
  ['декларація'], ['декларацію'], ['декларації'],
  // the same in ro / tr / hu / sq / sl / hr / ru / lt
  ['minerale'], ['mineralelor'], ['maden'], ['madenler'], ['ásványkincsek'], ['ásványi'], ['mineralet'], ['mineraleve'],
  ['minerali'], ['mineralih'], ['sirovina'], ['ископаемых'], ['ископаемые'], ['недр'], ['mineralų'], ['iškasenų'],
  ['declarația'], ['deklarasyon'], ['bildiri'], ['nyilatkozat'], ['deklarata'], ['deklaratë'], ['izjava'], ['izjavo'],
  ['deklaracija'], ['декларация'], ['декларацию'], ['декларации'], ['deklaracija'], ['memorandumul'], ['mutabakat'],
  ['меморандум'], ['comercial'], ['ticaret'], ['kereskedelmi'], ['tregtare'], ['trgovinski'], ['торговое'], ['prekybos'],
];

/**
 * Other acts named on their own (no agreement noun needed): once the text names one, "the treaty" / "the
 * document" that follows is that act, until the tracked type is named again.
 */
export const OTHER_ACT_PHRASES: readonly (readonly string[])[] = [
  ['memorandum'], ['memoranda'], ['mou'], ['letter', 'of', 'intent'], ['letters', 'of', 'intent'], ['joint', 'statement'],
  ['communique'], ['communiqué'], ['charter'], ['100', 'year'], ['hundred', 'year'], ['compact'], ['friendship'],
  ['strategic', 'partnership'], ['economic', 'partnership'], ['reciprocal', 'access'], ['peace', 'deal'],
  ['peace', 'agreement'], ['peace', 'plan'], ['peace', 'framework'], ['minerals'], ['mineral'],
];

/** An article showing one of these is about the post-war guarantees, not the 2024-type agreements. */
export const PEACE_FRAMEWORK_MARKERS: readonly (readonly string[])[] = [
  ['coalition', 'of', 'the', 'willing'], ['peace', 'framework'], ['20', 'point'], ['ceasefire'], ['peace', 'plan'],
  ['peace', 'deal'], ['reassurance', 'force'], ['multinational', 'force'], ['post', 'war'],
  ['peace', 'agreement'], ['peace', 'process'], ['peace', 'talks'], ['peace', 'negotiations'], ['postwar'],
];

/** The English ones of SIMILAR_WORDS, which stand before their noun (other languages' may follow it). */
export const ENGLISH_SIMILAR_WORDS: ReadonlySet<string> = new Set(['similar', 'such', 'same', 'these', 'those', 'analogous', 'comparable', 'equivalent', 'identical', 'like']);

/** Anaphoric determiners that point back at the tracked type already named in the article ("an equivalent document"). */
export const SIMILAR_WORDS: ReadonlySet<string> = new Set([
  ...ENGLISH_SIMILAR_WORDS,
  // de / fr / it / es / pt / nl / sv / no / pl / cs / uk
  'ähnliche', 'ähnliches', 'ähnlichen', 'ähnlicher', 'vergleichbare', 'vergleichbares', 'vergleichbaren', 'solche', 'solches',
  'solchen', 'similaire', 'similaires', 'analogue', 'analogues', 'simile', 'simili', 'analogo', 'analoga', 'analoghi',
  'similares', 'análogo', 'análoga', 'semelhante', 'semelhantes', 'vergelijkbaar', 'vergelijkbare', 'soortgelijke',
  'liknande', 'lignende', 'podobne', 'podobną', 'podobnej', 'podobnou', 'obdobnou', 'podobné', 'подібні', 'подібну',
  'подібних', 'аналогічні', 'аналогічну', 'аналогічних', 'такі', 'таку',
  // more of them: "slike avtaler", "tilsvarende avtaler", "motsvarande avtal", "sådana avtal", "een gelijkaardig
  // akkoord", "um acordo idêntico", "entsprechende Abkommen", "takie umowy", "obdobné dohody"
  'slike', 'slik', 'sådana', 'sådan', 'sådant', 'tilsvarende', 'motsvarande', 'motsvarende', 'jämförbara', 'sammenlignbare',
  'gelijkaardig', 'gelijkaardige', 'dergelijke', 'idéntico', 'idéntica', 'idénticos', 'idêntico', 'idêntica', 'idênticos',
  'comparables', 'equivalente', 'equivalentes', 'équivalent', 'équivalente', 'entsprechende', 'entsprechendes',
  'entsprechenden', 'derartige', 'takie', 'takich', 'taką', 'obdobné', 'obdobnou', 'obdobná', 'такої', 'такий', 'схожі', 'схожу',
  // ro / tr / hu / sq / sl / hr / ru / lt: "astfel de acorduri", "un document similar", "benzer bir belge",
  // "hasonló megállapodás", "një marrëveshje të ngjashme", "podobne sporazume", "sličan sporazum",
  // "аналогичные соглашения", "panašų susitarimą"
  'astfel', 'similar', 'similare', 'asemănător', 'asemănătoare', 'benzer', 'benzeri', 'aynı', 'hasonló', 'ilyen',
  'ugyanilyen', 'olyan', 'ngjashëm', 'ngjashme', 'podoben', 'podobna', 'podobno', 'podobni', 'podobnih', 'podobnim',
  'sličan', 'sličnu', 'slične', 'slični', 'sličnih', 'isti', 'takav', 'takve', 'аналогичные', 'аналогичное', 'аналогичных',
  'аналогичный', 'аналогичную', 'подобные', 'подобное', 'подобных', 'такие', 'такое', 'таких', 'схожие', 'схожее', 'panašų',
  'panašius', 'panašūs', 'panašios', 'tokius', 'tokį', 'tokios',
]);
