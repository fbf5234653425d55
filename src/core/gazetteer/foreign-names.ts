/**
 * Country names, adjectives and capitals in the other languages of this news (es, pt, nl, sv, no, pl, cs, uk),
 * added to the rows of countries.ts. The Slavic languages decline names, so their nominatives are listed once and
 * the case forms that follow a preposition ("з Німеччиною", "z Francją", "s Kanadou") are made by the regular
 * endings below; a few irregular forms are listed as they are. '|' separates variants.
 */
export interface ForeignForms {
  readonly names?: string;
  readonly adjectives?: string;
  readonly capitals?: string;
  readonly leaders?: string;
}

/**
 * Ukrainian case forms of a nominative: "-ія" (Франція → Франції, Францію, Францією), "-а" (Канада → Канади,
 * Канаді, Канаду, Канадою; after a hushing consonant "-ею": Польща → Польщею), a plural "-и" (Нідерланди →
 * Нідерландів, -ам, -ами, -ах) and a consonant (Лондон → Лондона, Лондоні, Лондоном).
 */
export function ukCases(nom: string): string[] {
  const out = [nom];
  if (/ія$/.test(nom)) {
    const s = nom.slice(0, -1);
    out.push(s + 'ї', s + 'ю', s + 'єю');
  } else if (/а$/.test(nom)) {
    const s = nom.slice(0, -1);
    out.push(s + 'и', s + 'і', s + 'у', /[жчшщ]$/.test(s) ? s + 'ею' : s + 'ою');
  } else if (/и$/.test(nom)) {
    const s = nom.slice(0, -1);
    out.push(s + 'ів', s + 'ам', s + 'ами', s + 'ах');
  } else if (/[бвгґджзклмнпрстфхцчшщ]$/.test(nom)) {
    out.push(nom + 'а', nom + 'у', nom + 'і', /[жчшщ]$/.test(nom) ? nom + 'ем' : nom + 'ом', nom + 'ові');
  }
  return out;
}

/** Polish case forms: "-ia" (Francja → Francji, Francję, Francją), "-a" (Kanada → Kanady, Kanadę, Kanadą). */
export function plCases(nom: string): string[] {
  const out = [nom];
  if (/[ij]a$/.test(nom)) {
    const s = nom.slice(0, -1);
    out.push(s + 'i', s + 'ę', s + 'ą');
  } else if (/a$/.test(nom)) {
    const s = nom.slice(0, -1);
    out.push(s + 'y', s + 'ę', s + 'ą');
  }
  return out;
}

/** Czech case forms: "-sko"/"-cko" (Německo → Německa, Německu, Německem), "-ie" (Francie → Francii, Francií), "-a" (Kanada → Kanady, Kanadě, Kanadu, Kanadou). */
export function csCases(nom: string): string[] {
  const out = [nom];
  if (/o$/.test(nom)) {
    const s = nom.slice(0, -1);
    out.push(s + 'a', s + 'u', s + 'em');
  } else if (/ie$/.test(nom)) {
    const s = nom.slice(0, -1);
    out.push(s + 'i', s + 'í');
  } else if (/a$/.test(nom)) {
    const s = nom.slice(0, -1);
    out.push(s + 'y', s + 'ě', s + 'u', s + 'ou');
  }
  return out;
}

const uk = (s: string): string => s.split('|').flatMap(ukCases).join('|');
const pl = (s: string): string => s.split('|').flatMap(plCases).join('|');
const cs = (s: string): string => s.split('|').flatMap(csCases).join('|');
const join = (...parts: string[]): string => parts.filter(Boolean).join('|');

/**
 * By party code. Each language's forms in order: es, pt, nl, sv, no, pl, cs, uk. Capital letters decide matching as
 * in countries.ts (a lower-case adjective is found without one).
 */
export const FOREIGN_FORMS: Readonly<Record<string, ForeignForms>> = {
  UA: {
    names: join('Ucrania|Ucrânia|Oekraïne', pl('Ukraina') + '|Ukrainie', cs('Ukrajina') + '|Ukrajině', uk('Україна') + '|Україні'),
    adjectives: join(
      'ucraniano|ucraniana|ucranianos|ucranianas|Oekraïense|Oekraïens|ukrainska|ukrainske|ukrainsk|ukraińska|ukraińskie|ukraińskim|ukraińskiej|ukraińskiego|ukrajinský|ukrajinská|ukrajinské|ukrajinskou|ukrajinským',
      'український|українська|українське|українські|української|українського|українському|українським|українською|українських|український',
    ),
    capitals: join('Kiev|Kyiv|Quieve|Kijów|Kijowa|Kijowie|Kijowem|Kyjev|Kyjeva|Kyjevě|Kyjevem', uk('Київ') + '|Києва|Києві|Києвом|Києву'),
    leaders: 'Zelenskim|Zełenskim|Zełenskiego|Zelenského|Zelenským|Zelenskému|Zelenskyjem|Зеленський|Зеленського|Зеленському|Зеленським|Шмигаль|Шмигаля',
  },
  RU: { names: join('Rusland|Ryssland|Russland|Rosja|Rosji|Rosję|Rusko|Ruska|Rusku', uk('Росія')), capitals: join('Moscú|Moscou|Moskou|Moskva|Moskwa', uk('Москва')) },
  GB: {
    names: join('Reino Unido|Verenigd Koninkrijk|Groot-Brittannië|Storbritannien|Storbritannia', 'Wielka Brytania|Wielkiej Brytanii|Wielką Brytanią|Wielką Brytanię', 'Velká Británie|Velké Británie|Velkou Británií|Británie|Británii|Británií', uk('Британія') + '|Великобританія|Великобританії|Великобританією|Велика Британія|Великої Британії|Великій Британії|Велику Британію|Великою Британією'),
    adjectives: 'británico|británica|britânico|britânica|Britse|brittiska|britiske|britisk|brytyjski|brytyjska|brytyjskim|britský|britská|britským|британський|британська|британського|британським',
    capitals: join('Londres|Londen|Londyn|Londynie|Londýn|Londýně', uk('Лондон')),
    leaders: 'Сунак|Сунаком|Сунака|Стармер|Стармером',
  },
  US: {
    names: join('Estados Unidos|Verenigde Staten|Förenta staterna|Stany Zjednoczone|Stanami Zjednoczonymi|Stanów Zjednoczonych|Stanach Zjednoczonych|Spojené státy|Spojenými státy|Spojených států', 'США|Сполучені Штати|Сполученими Штатами|Сполучених Штатів'),
    adjectives: 'estadounidense|estadunidense|norte-americano|Amerikaanse|amerikanska|amerikanske|amerykańska|americký|americká|американський|американська|американського',
    capitals: join('Waszyngton|Waszyngtonie|Washingtonu', uk('Вашингтон')),
    leaders: 'Байден|Байденом|Байдена|Трамп|Трампом',
  },
  DE: {
    names: join('Alemania|Alemanha|Duitsland|Tyskland', 'Niemcy|Niemiec|Niemcami|Niemczech|Niemcom', cs('Německo'), uk('Німеччина')),
    adjectives: 'alemán|alemana|alemão|alemã|Duitse|tyska|tyske|tysk|niemiecka|niemieckim|německý|německá|німецький|німецька|німецького',
    capitals: join('Berlín|Berlim|Berlinie|Berlíně', uk('Берлін')),
    leaders: 'Шольц|Шольцом|Шольца|Мерц|Мерцом',
  },
  FR: {
    names: join('Francia|França|Frankrijk|Frankrike', pl('Francja'), cs('Francie'), uk('Франція')),
    adjectives: 'francés|francesa|francês|Franse|franska|franske|fransk|francuska|francuskim|francouzský|francouzská|французький|французька|французького',
    capitals: join('París|Parijs|Paryżu|Paříž|Paříži', uk('Париж')),
    leaders: 'Макрон|Макроном|Макрона',
  },
  IT: {
    names: join('Italia|Itália|Italië|Italien', 'Włoch|Włochami|Włoszech', cs('Itálie'), uk('Італія')),
    adjectives: 'italiano|italiana|Italiaanse|italienska|italienske|włoska|włoskim|italský|italská|італійський|італійська|італійського',
    capitals: join('Roma|Rome|Rzym|Rzymie|Řím|Římě', uk('Рим')),
    leaders: 'Мелоні',
  },
  CA: {
    names: join('Canadá|Canada', pl('Kanada') + '|Kanadzie', cs('Kanada'), uk('Канада')),
    adjectives: 'canadiense|canadense|canadiano|Canadese|kanadensiska|kanadiske|kanadyjska|kanadský|kanadská|канадський|канадська|канадського',
    leaders: 'Трюдо',
  },
  JP: {
    names: join('Japón|Japão|Japan', pl('Japonia'), cs('Japonsko'), uk('Японія')),
    adjectives: 'japonés|japonesa|japonês|Japanse|japanska|japanske|japońska|japonský|японський|японська',
    capitals: 'Tokio|Tóquio|Токіо',
    leaders: 'Кісіда|Кісідою',
  },
  EU: {
    names: join('União Europeia|Europese Unie|Europeiska unionen|Den europeiske union|Unia Europejska|Unii Europejskiej|Unią Europejską|Evropská unie|Evropskou unií|Evropské unie', 'Європейський Союз|Європейського Союзу|Європейським Союзом|Євросоюз|Євросоюзу|Євросоюзом'),
    leaders: 'фон дер Ляєн',
  },
  DK: {
    names: join('Dinamarca|Denemarken|Danmark', pl('Dania'), cs('Dánsko'), uk('Данія')),
    adjectives: 'danés|danesa|dinamarquês|Deense|danska|danske|dansk|duńska|dánský|данський|данська',
    capitals: join('Copenhague|Copenhaga|Kopenhagen|Köpenhamn|København|Kopenhaga|Kodaň', uk('Копенгаген')),
    leaders: 'Фредеріксен',
  },
  NL: {
    names: join('Países Bajos|Países Baixos|Holanda|Nederland|Nederländerna|Niederlanden', pl('Holandia') + '|Niderlandy|Niderlandami', cs('Nizozemsko'), uk('Нідерланди')),
    adjectives: 'neerlandés|holandés|holandesa|holandês|Nederlandse|nederländska|nederlandske|holenderska|nizozemský|нідерландський|нідерландська',
    capitals: join('La Haya|Haia|Den Haag|Haga', uk('Гаага')),
    leaders: 'Рютте',
  },
  FI: {
    names: join('Finlandia|Finlândia|Finland', pl('Finlandia'), cs('Finsko'), uk('Фінляндія')),
    adjectives: 'finlandés|finlandesa|finlandês|Finse|finska|finske|finsk|fińska|finský|фінський|фінська',
    capitals: 'Helsinki|Helsingfors|Гельсінкі',
    leaders: 'Стубб|Стуббом|Стубба|Орпо',
  },
  LV: {
    names: join('Letonia|Letônia|Letónia|Letland|Lettland|Latvia', pl('Łotwa') + '|Łotwie', cs('Lotyšsko'), uk('Латвія')),
    adjectives: 'letón|letona|Letse|lettiska|latviske|łotewska|lotyšský|латвійський|латвійська',
    capitals: join('Riga|Ryga|Rydze', uk('Рига') + '|Ризі'),
    leaders: 'Рінкевичс|Рінкевичсом|Рінкевича',
  },
  LT: {
    names: join('Lituania|Lituânia|Litouwen|Litauen', pl('Litwa') + '|Litwie', cs('Litva'), uk('Литва')),
    adjectives: 'lituano|lituana|Litouwse|litauiska|litauiske|litewska|litevský|литовський|литовська',
    capitals: join('Vilna|Vilnius|Wilno|Wilnie', uk('Вільнюс')),
    leaders: 'Науседа|Науседою',
  },
  EE: {
    names: join('Estonia|Estônia|Estónia|Estland', pl('Estonia'), cs('Estonsko'), uk('Естонія')),
    adjectives: 'estonio|Estse|estniska|estiske|estońska|estonský|естонський|естонська',
    capitals: join('Tallin|Tallinn|Tallinie|Tallinnu', uk('Таллінн')),
  },
  SE: {
    names: join('Suecia|Suécia|Zweden|Sverige', pl('Szwecja'), cs('Švédsko'), uk('Швеція')),
    adjectives: 'sueco|sueca|Zweedse|svenska|svenske|svensk|szwedzka|švédský|шведський|шведська',
    capitals: join('Estocolmo|Stockholm|Sztokholmie|Stockholmu', uk('Стокгольм')),
    leaders: 'Крістерссон|Крістерссоном',
  },
  NO: {
    names: join('Noruega|Noorwegen|Norge|Norwegia', pl('Norwegia'), cs('Norsko'), uk('Норвегія')),
    adjectives: 'noruego|noruega|norueguês|Noorse|norska|norske|norsk|norweska|norský|норвезький|норвезька',
    capitals: join('Oslo|Osla', uk('Осло')),
    leaders: 'Стере|Стьоре',
  },
  IS: {
    names: join('Islandia|Islândia|IJsland|Island', pl('Islandia'), 'Island|Islandu|Islandem', uk('Ісландія')),
    adjectives: 'islandés|islandesa|islandês|IJslandse|isländska|islandske|islandzka|islandský|ісландський|ісландська',
    capitals: 'Reikiavik|Reykjavík|Рейк’явік',
  },
  PL: {
    names: join('Polonia|Polônia|Polónia|Polen', pl('Polska') + '|Polsce', cs('Polsko'), uk('Польща')),
    adjectives: 'polaco|polaca|polonês|polonesa|Poolse|polske|polsk|polski|polskim|polský|polská|польський|польська',
    capitals: join('Varsovia|Varsóvia|Warschau|Warszawa|Warszawie|Varšava|Varšavě', uk('Варшава')),
    leaders: 'Туск|Туском|Туска|Дуда|Дудою',
  },
  CZ: {
    names: join('República Checa|Chequia|República Tcheca|Chéquia|Tsjechië|Tjeckien|Tsjekkia', 'Czechy|Czechami|Czechach', cs('Česko') + '|Česká republika|České republiky|Českou republikou', uk('Чехія')),
    adjectives: 'checo|checa|tcheco|tcheca|Tsjechische|tjeckiska|tsjekkiske|czeska|czeskim|český|česká|чеський|чеська',
    capitals: join('Praga|Praag|Prag|Prahy|Praze|Prahou', uk('Прага') + '|Празі'),
    leaders: 'Фіала|Фіалою',
  },
  ES: {
    names: join('España|Espanha|Spanje|Spanien|Spania', pl('Hiszpania'), cs('Španělsko'), uk('Іспанія')),
    adjectives: 'español|española|espanhol|espanhola|Spaanse|spanska|spanske|spansk|hiszpańska|španělský|іспанський|іспанська',
    capitals: join('Madrid|Madryt|Madrycie', uk('Мадрид')),
    leaders: 'Санчес|Санчесом',
  },
  PT: {
    names: join('Portugal', pl('Portugalia'), cs('Portugalsko'), uk('Португалія')),
    adjectives: 'portugués|portuguesa|português|Portugese|portugisiska|portugisiske|portugalska|portugalský|португальський|португальська',
    capitals: join('Lisboa|Lissabon|Lizbona|Lizbonie|Lisabon|Lisabonu', uk('Лісабон')),
  },
  BE: {
    names: join('Bélgica|België|Belgien|Belgia', pl('Belgia'), cs('Belgie'), uk('Бельгія')),
    adjectives: 'belga|Belgische|belgiska|belgiske|belgijska|belgický|бельгійський|бельгійська',
    leaders: 'Де Кроо',
  },
  GR: {
    names: join('Grecia|Grécia|Griekenland|Grekland|Hellas', pl('Grecja'), cs('Řecko'), uk('Греція')),
    adjectives: 'griego|griega|grego|grega|Griekse|grekiska|greske|grecka|řecký|грецький|грецька',
    capitals: join('Atenas|Athene|Aten|Atenach|Atény', uk('Афіни')),
    leaders: 'Міцотакіс|Міцотакісом',
  },
  RO: {
    names: join('Rumanía|Rumania|Romênia|Roménia|Roemenië|Rumänien', pl('Rumunia'), cs('Rumunsko'), uk('Румунія')),
    adjectives: 'rumano|rumana|romeno|romena|Roemeense|rumänska|rumunska|rumunský|румунський|румунська',
    capitals: join('Bucarest|Bucareste|Boekarest|Bukareszt', uk('Бухарест')),
  },
  IE: {
    names: join('Irlanda|Ierland|Irland', pl('Irlandia'), cs('Irsko'), uk('Ірландія')),
    adjectives: 'irlandés|irlandesa|irlandês|Ierse|irländska|irske|irlandzka|irský|ірландський|ірландська',
    capitals: join('Dublín|Dublin|Dublinie', uk('Дублін')),
  },
  SI: {
    names: join('Eslovenia|Eslovênia|Eslovénia|Slovenië|Slovenien', pl('Słowenia'), cs('Slovinsko'), uk('Словенія')),
    adjectives: 'esloveno|eslovena|Sloveense|slovenska|słoweńska|slovinský|словенський|словенська',
    capitals: join('Liubliana|Lublana|Lublaň', uk('Любляна')),
  },
  SK: { names: join('Eslovaquia|Eslováquia|Slowakije|Slovakien', pl('Słowacja'), cs('Slovensko'), uk('Словаччина')) },
  HR: { names: join('Croacia|Croácia|Kroatië|Kroatien', pl('Chorwacja'), cs('Chorvatsko'), uk('Хорватія')) },
  HU: { names: join('Hungría|Hungria|Hongarije|Ungern', pl('Węgry') + '|Węgier|Węgrami', cs('Maďarsko'), uk('Угорщина')) },
  BG: { names: join('Bulgaria|Bulgária|Bulgarije', pl('Bułgaria'), cs('Bulharsko'), uk('Болгарія')) },
  LU: { names: join('Luxemburgo|Luxemburg', cs('Lucembursko'), uk('Люксембург')) },
  AL: { names: join('Albania|Albânia|Albanië', pl('Albania'), cs('Albánie'), uk('Албанія')) },
  AT: { names: join('Austria|Áustria|Oostenrijk|Österrike', pl('Austria'), cs('Rakousko'), uk('Австрія')) },
  MD: { names: join('Moldavia|Moldávia|Moldavië|Moldavien', pl('Mołdawia'), cs('Moldavsko'), uk('Молдова')) },
  CH: { names: join('Suiza|Suíça|Zwitserland|Schweiz|Sveits', pl('Szwajcaria'), cs('Švýcarsko'), uk('Швейцарія')) },
  AU: { names: join('Australia|Austrália|Australië|Australien', pl('Australia'), cs('Austrálie'), uk('Австралія')) },
  KR: { names: join('Corea del Sur|Coreia do Sul|Zuid-Korea|Sydkorea|Sør-Korea', 'Korea Południowa|Jižní Korea', uk('Південна Корея')) },
  TR: { names: join('Turquía|Turquia|Turkije|Turkiet|Tyrkia', pl('Turcja'), cs('Turecko'), uk('Туреччина')) },
  MT: { names: join(uk('Мальта')) },
  CY: { names: join('Chipre|Cyprus|Cypern|Kypros|Cypr', cs('Kypr'), uk('Кіпр')) },
};

/** German genitives of names ("Österreichs Regierung", "Schwedens Premier"): the names of countries.ts with "-s". */
export const GERMAN_GENITIVES: Readonly<Record<string, string>> = {
  GB: 'Großbritanniens', US: 'Amerikas', DE: 'Deutschlands', FR: 'Frankreichs', IT: 'Italiens', CA: 'Kanadas', JP: 'Japans',
  AT: 'Österreichs', BE: 'Belgiens', BG: 'Bulgariens', HR: 'Kroatiens', CZ: 'Tschechiens', DK: 'Dänemarks', EE: 'Estlands',
  FI: 'Finnlands', GR: 'Griechenlands', HU: 'Ungarns', IE: 'Irlands', LV: 'Lettlands', LT: 'Litauens',
  LU: 'Luxemburgs', NL: 'Hollands', NO: 'Norwegens', PL: 'Polens', PT: 'Portugals', RO: 'Rumäniens', SK: 'Slowakei',
  SI: 'Sloweniens', ES: 'Spaniens', SE: 'Schwedens', CH: 'Schweiz', AL: 'Albaniens', MD: 'Moldaus', AU: 'Australiens',
  RU: 'Russlands',
};
