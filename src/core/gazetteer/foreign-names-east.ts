/**
 * Country names, adjectives and capitals in the languages of this news east and south-east of the ones in
 * foreign-names.ts: Romanian, Turkish, Hungarian, Albanian, Slovenian, Croatian, Russian and Lithuanian. Each of
 * them declines a name (Romanian "Ucrainei", Hungarian "Ukrajnával", Albanian "Kroacisë", Slovenian "z Nemčijo",
 * Croatian "s Albanijom", Russian "с Хорватией", Lithuanian "Latvijos"), so a nominative is listed once and its
 * case forms are made by the regular endings below; irregular forms are listed as they are. Turkish writes its
 * suffixes after an apostrophe ("Japonya'yla"), which the tokenizer splits off, so its bare names suffice.
 */
import type { ForeignForms } from './foreign-names.js';

/** Romanian: "-a" → the genitive-dative "-ei" (Germania → Germaniei, Franța → Franței); a consonant takes "-ul", "-ului". */
export function roCases(nom: string): string[] {
  if (/a$/.test(nom)) return [nom, nom.slice(0, -1) + 'ei'];
  if (/[bcdfghjklmnprstvzț]$/i.test(nom)) return [nom, nom + 'ul', nom + 'ului'];
  return [nom];
}

const BACK = /[aáoóuú][^aáeéiíoóöőuúüű]*$/;
/**
 * Hungarian suffixed forms: a final "-a"/"-e" lengthens ("Ukrajna" → "Ukrajnával", "Ukrajnának", "Ukrajnát");
 * a consonant doubles before "-val"/"-vel" ("Németország" → "Németországgal", "Japán" → "Japánnal"). The vowel
 * of each suffix follows the word's last vowel.
 */
export function huCases(nom: string): string[] {
  const back = BACK.test(nom);
  const sfx = back
    ? ['nak', 'ban', 'ba', 'ból', 'hoz', 'ról', 'ra', 'tól', 'ért', 'on', 'ot', 'at', 't', 'val']
    : ['nek', 'ben', 'be', 'ből', 'hez', 'ről', 're', 'től', 'ért', 'en', 'ön', 'et', 'öt', 't', 'vel'];
  let stem = nom;
  if (/a$/.test(nom)) stem = nom.slice(0, -1) + 'á';
  else if (/e$/.test(nom)) stem = nom.slice(0, -1) + 'é';
  const vowelFinal = /[aáeéiíoóöőuúüű]$/.test(stem);
  const out = [nom];
  for (const s of sfx) {
    if (s === 'val' || s === 'vel') out.push(vowelFinal ? stem + s : stem + stem.slice(-1) + s.slice(1));
    else if (/^(?:on|en|ön|ot|at|et|öt)$/.test(s)) {
      if (!vowelFinal) out.push(stem + s);
    } else if (s === 't' || s === 'n') {
      if (vowelFinal) out.push(stem + s);
    } else out.push(stem + s);
  }
  if (vowelFinal) out.push(stem + 'n');
  return out;
}

/** Albanian definite forms: "-ia" (Kroacia → Kroacisë, Kroacinë, Kroaci), "-a" (Franca → Francës, Francën, Francë). */
export function sqCases(nom: string): string[] {
  if (/ia$/.test(nom)) {
    const s = nom.slice(0, -1);
    return [nom, s + 'së', s + 'në', s];
  }
  if (/a$/.test(nom)) {
    const s = nom.slice(0, -1);
    return [nom, s + 'ës', s + 'ën', s + 'ë'];
  }
  return [nom];
}

/**
 * Slovenian and Croatian case forms (one set serves both): "-ija" (Nemčija → Nemčije, Nemčiji, Nemčijo,
 * Albanija → Albanijom), "-a" (Kanada → Kanade, Kanadi, Kanado, Kanadu, Kanadom; Hrvatska → Hrvatskoj), a
 * consonant (Japan → Japana, Japanu, Japanom).
 */
export function southSlavCases(nom: string): string[] {
  if (/a$/.test(nom)) {
    const s = nom.slice(0, -1);
    return [nom, s + 'e', s + 'i', s + 'o', s + 'u', s + 'om', s + 'oj'];
  }
  if (/[bcčćdđfghjklmnprsštvzž]$/.test(nom)) return [nom, nom + 'a', nom + 'u', nom + 'om', nom + 'em'];
  return [nom];
}

/**
 * Russian case forms: "-ия" (Франция → Франции, Францию, Францией), "-а" (Канада → Канады, Канаде, Канаду,
 * Канадой; Литва → Литвы; after a hushing consonant "-и", "-ей": Польша → Польши, Польшей), a plural "-ы"
 * (Нидерланды → Нидерландов, -ам, -ами, -ах) and a consonant (Лондон → Лондона, Лондоне, Лондоном).
 */
export function ruCases(nom: string): string[] {
  if (/ия$/.test(nom)) {
    const s = nom.slice(0, -1);
    return [nom, s + 'и', s + 'ю', s + 'ей'];
  }
  if (/а$/.test(nom)) {
    const s = nom.slice(0, -1);
    const soft = /[жчшщцкгх]$/.test(s);
    return [nom, soft ? s + 'и' : s + 'ы', s + 'е', s + 'у', /[жчшщц]$/.test(s) ? s + 'ей' : s + 'ой'];
  }
  if (/ы$/.test(nom)) {
    const s = nom.slice(0, -1);
    return [nom, s + 'ов', s + 'ам', s + 'ами', s + 'ах'];
  }
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(nom)) return [nom, nom + 'а', nom + 'у', nom + 'е', /[жчшщц]$/.test(nom) ? nom + 'ем' : nom + 'ом'];
  return [nom];
}

/** Lithuanian case forms: "-a" (Latvija → Latvijos, Latvijai, Latviją, Latvijoje), "-as" (Kipras → Kipro, Kiprui, Kiprą, Kipre). */
export function ltCases(nom: string): string[] {
  if (/as$/.test(nom)) {
    const s = nom.slice(0, -2);
    return [nom, s + 'o', s + 'ui', s + 'ą', s + 'e', s + 'u'];
  }
  if (/a$/.test(nom)) {
    const s = nom.slice(0, -1);
    return [nom, s + 'os', s + 'ai', s + 'ą', s + 'oje'];
  }
  return [nom];
}

/** Adjective endings of the Slavic "-ski"/"-ский" adjectives, all genders and cases. */
export function slavAdjectives(stem: string): string[] {
  return ['i', 'a', 'o', 'e', 'ega', 'emu', 'em', 'im', 'ih', 'ima', 'oj', 'og', 'om', 'u', 'ome', 'oga'].map((e) => stem + e);
}
export function ruAdjectives(stem: string): string[] {
  return ['ий', 'ая', 'ое', 'ие', 'ого', 'ому', 'им', 'ом', 'ой', 'ую', 'их', 'ими'].map((e) => stem + e);
}

const cases = (f: (s: string) => string[]) => (s: string): string => s.split('|').flatMap(f).join('|');
const ro = cases(roCases);
const hu = cases(huCases);
const sq = cases(sqCases);
const ss = cases(southSlavCases);
const ru = cases(ruCases);
const lt = cases(ltCases);
const ssAdj = (s: string): string => s.split('|').flatMap(slavAdjectives).join('|');
const ruAdj = (s: string): string => s.split('|').flatMap(ruAdjectives).join('|');
const join = (...parts: string[]): string => parts.filter(Boolean).join('|');

/**
 * By party code: in each field the forms in order ro, tr, hu, sq, sl/hr, ru, lt. Lower-case adjectives that are
 * also a common word somewhere (Hungarian "ír" writes, "lett" became; Turkish "çek") are left out.
 */
export const EAST_FORMS: Readonly<Record<string, ForeignForms>> = {
  UA: {
    names: join(ro('Ucraina'), 'Ukrayna', hu('Ukrajna'), sq('Ukraina') + '|Ukrainë', ss('Ukrajina'), ru('Украина'), lt('Ukraina')),
    adjectives: join('ucrainean|ucraineană|ucraineni|ucrainene|ucrainiene', 'Ukraynalı', 'ukrán|ukrajnai', 'ukrainas|ukrainase|ukrainasit', ssAdj('ukrajinsk'), ruAdj('украинск'), 'ukrainiečių'),
    capitals: join('Kievul|Kievului|Kievi|Kievit|Kievin', 'Kijevben|Kijevvel|Kijevbe|Kijevből', 'Kijevu|Kijevom|Kijeva|Kijevom', ru('Киев'), 'Kyjivas|Kyjive|Kyjivo|Kyjivą|Kijeve|Kijevo'),
    leaders: join('Zelenszkij|Zelenszkijjel|Zelenszkijt|Zelenszkijnek|Zelenszkijjal', 'Zelenskiy|Zelenskiyle', 'Zelenskin|Zelenskit|Zelenskyt|Zelenskyn', 'Zelenskim|Zelenskega|Zelenskemu|Zelenskom|Zelenskog|Zelenskomu|Volodimirjem', ruAdj('Зеленск'), 'Zelenskis|Zelenskio|Zelenskiu|Zelenskiui'),
  },
  RU: { names: join(ro('Rusia'), 'Rusya', hu('Oroszország'), sq('Rusia'), ss('Rusija'), ru('Россия'), lt('Rusija')), capitals: join('Moscova|Moskova|Moszkva|Moska|Moskva|Moskve', ru('Москва')) },
  GB: {
    names: join('Marea Britanie|Marii Britanii|Regatul Unit|Regatului Unit', 'İngiltere|Birleşik Krallık|Büyük Britanya', hu('Egyesült Királyság') + '|' + hu('Nagy-Britannia'), 'Britania e Madhe|Britanisë së Madhe|Britaninë e Madhe|Mbretëria e Bashkuar|Mbretërisë së Bashkuar', ss('Velika Britanija') + '|Velike Britanije|Veliko Britanijo|Veliku Britaniju|Velikom Britanijom|Veliki Britaniji|Združeno kraljestvo|Združenim kraljestvom|Ujedinjeno Kraljevstvo|Ujedinjenim Kraljevstvom', ru('Великобритания') + '|' + ru('Британия'), 'Didžioji Britanija|Didžiosios Britanijos|Didžiajai Britanijai|Didžiąja Britanija|Jungtinė Karalystė|Jungtinės Karalystės'),
    adjectives: join('britanic|britanică|britanici|britanice', 'İngiliz', 'brit', 'britanik|britanike|britanikut', ssAdj('britansk'), ruAdj('британск')),
    capitals: join('Londra|Londrei|Londonban|Londonba|Londrës|Londonu|Londonom', ru('Лондон'), 'Londone|Londono'),
  },
  US: {
    names: join('Statele Unite|Statelor Unite|Statele Unite ale Americii|Statelor Unite ale Americii|SUA', 'Amerika Birleşik Devletleri', hu('Egyesült Államok') + '|Egyesült Államokkal|Egyesült Államokkal', 'Shtetet e Bashkuara|Shteteve të Bashkuara|Shtetet e Bashkuara të Amerikës', 'Združene države|Združenimi državami|Združenih držav|Sjedinjene Američke Države|Sjedinjenim Američkim Državama|Sjedinjenih Američkih Država|Sjedinjene Države', 'Соединенные Штаты|Соединённые Штаты|Соединенными Штатами|Соединёнными Штатами|Соединенных Штатов|Соединённых Штатов', 'Jungtinės Valstijos|Jungtinėmis Valstijomis|Jungtinių Valstijų|Jungtinėms Valstijoms'),
    adjectives: join('american|americană|americani|americane', 'Amerikan|Amerikalı', 'amerikai', 'amerikan|amerikane', ssAdj('amerišk') + '|' + ssAdj('američk'), ruAdj('американск'), 'amerikiečių'),
  },
  DE: {
    names: join(ro('Germania'), 'Almanya', hu('Németország'), sq('Gjermania'), ss('Nemčija') + '|' + ss('Njemačka'), ru('Германия'), lt('Vokietija')),
    adjectives: join('german|germană|germani', 'Alman', 'német', 'gjerman|gjermane|gjermanit', ssAdj('nemšk') + '|' + ssAdj('njemačk'), ruAdj('немецк'), 'vokiečių'),
    capitals: join('Berlinul|Berlinului|Berlinben|Berlini|Berlinit|Berlinu|Berlinom', ru('Берлин'), 'Berlyne|Berlyno'),
  },
  FR: {
    names: join(ro('Franța') + '|Franţa|Franţei', 'Fransa', hu('Franciaország'), sq('Franca'), ss('Francija') + '|' + ss('Francuska'), ru('Франция'), lt('Prancūzija')),
    adjectives: join('francez|franceză|francezi|franceze', 'Fransız', 'francia', 'francez|franceze|francezit', ssAdj('francosk') + '|' + ssAdj('francusk'), ruAdj('французск'), 'prancūzų'),
    capitals: join('Parisul|Parisului|Párizs|Párizsban|Parisi|Parizu|Parizom|Pariz|Parizu', ru('Париж'), 'Paryžiuje'),
  },
  IT: {
    names: join(ro('Italia'), 'İtalya', hu('Olaszország'), sq('Italia'), ss('Italija'), ru('Италия'), lt('Italija')),
    adjectives: join('italian|italiană|italieni', 'İtalyan', 'olasz', 'italian|italiane|italianit', ssAdj('italijansk') + '|' + ssAdj('talijansk'), ruAdj('итальянск'), 'italų'),
    capitals: join('Roma|Romei|Róma|Rómában|Romë|Rima|Rimu', ru('Рим')),
  },
  CA: {
    names: join(ro('Canada'), 'Kanada', hu('Kanada'), sq('Kanadaja') + '|Kanadasë|Kanadanë', ss('Kanada'), ru('Канада'), lt('Kanada')),
    adjectives: join('canadian|canadiană', 'Kanadalı', 'kanadai', 'kanadez|kanadeze', ssAdj('kanadsk'), ruAdj('канадск'), 'kanadiečių'),
  },
  JP: {
    names: join(ro('Japonia'), 'Japonya', hu('Japán'), sq('Japonia'), ss('Japonska') + '|' + ss('Japan'), ru('Япония'), lt('Japonija')),
    adjectives: join('japonez|japoneză|japonezi', 'Japon', 'japán', 'japonez|japoneze', ssAdj('japonsk') + '|' + ssAdj('japansk'), ruAdj('японск'), 'japonų'),
    capitals: join('Tokyo|Tokio|Tokióban', ru('Токио')),
  },
  EU: {
    names: join('Uniunea Europeană|Uniunii Europene|Uniunea Europeana|Uniunii Europene', 'Avrupa Birliği', hu('Európai Unió') + '|Európai Unióval|Európai Unióban', 'Bashkimi Evropian|Bashkimit Evropian|Bashkimin Evropian|Bashkimi Europian|Bashkimit Europian', 'Evropska unija|Evropsko unijo|Evropske unije|Evropski uniji|Europska unija|Europskom unijom|Europske unije|Europskoj uniji|Europsku uniju|Europska Unija', 'Европейский союз|Европейского союза|Европейским союзом|Европейскому союзу|Евросоюз|Евросоюза|Евросоюзом|Евросоюзу|Евросоюзе', 'Europos Sąjunga|Europos Sąjungos|Europos Sąjungai|Europos Sąjungą|Europos Sąjungoje'),
  },
  DK: {
    names: join(ro('Danemarca'), 'Danimarka', hu('Dánia'), sq('Danimarka'), ss('Danska'), ru('Дания'), lt('Danija')),
    adjectives: join('danez|daneză|danezi', 'Danimarkalı', 'dán', 'danez|daneze', ssAdj('dansk'), ruAdj('датск'), 'danų'),
  },
  NL: {
    names: join(ro('Olanda') + '|Țările de Jos|Țărilor de Jos', 'Hollanda', hu('Hollandia'), sq('Holanda') + '|Vendet e Ulëta|Vendeve të Ulëta', ss('Nizozemska'), ru('Нидерланды') + '|' + ru('Голландия'), 'Nyderlandai|Nyderlandų|Nyderlandams|Nyderlandais|Nyderlanduose'),
    adjectives: join('olandez|olandeză|olandezi', 'Hollandalı', 'holland', 'holandez|holandeze', ssAdj('nizozemsk'), ruAdj('нидерландск'), 'nyderlandų'),
  },
  FI: {
    names: join(ro('Finlanda'), 'Finlandiya', hu('Finnország'), sq('Finlanda'), ss('Finska'), ru('Финляндия'), lt('Suomija')),
    adjectives: join('finlandez|finlandeză', 'Finlandiyalı', 'finn', 'finlandez|finlandeze', ssAdj('finsk'), ruAdj('финск'), 'suomių'),
  },
  LV: {
    leaders: 'Rinkēviču|Rinkēvičem|Rinkevičiumi|Rinkevičius|Rinkēvičsem|Rinkēvičsom|Ринкевичс|Ринкевичсом|Ринкевичем|Ринкевича',
    names: join(ro('Letonia'), 'Letonya', hu('Lettország'), sq('Letonia'), ss('Latvija'), ru('Латвия'), lt('Latvija')),
    adjectives: join('leton|letonă|letoni', 'Leton', 'leton|letoneze', ssAdj('latvijsk'), ruAdj('латвийск'), 'latvių'),
    capitals: join('Riga|Rigában|Rigë', ru('Рига'), 'Rygoje|Rygos'),
  },
  LT: {
    names: join(ro('Lituania'), 'Litvanya', hu('Litvánia'), sq('Lituania'), ss('Litva'), ru('Литва'), lt('Lietuva')),
    adjectives: join('lituanian|lituaniană', 'Litvanyalı', 'litván', 'lituanez|lituaneze', ssAdj('litovsk') + '|' + ssAdj('litavsk'), ruAdj('литовск'), 'lietuvių'),
    capitals: join('Vilniusban|Vilniusu', ru('Вильнюс'), 'Vilniuje|Vilniaus'),
  },
  EE: {
    names: join(ro('Estonia'), 'Estonya', hu('Észtország'), sq('Estonia'), ss('Estonija'), ru('Эстония'), lt('Estija')),
    adjectives: join('eston|estonă|estonian', 'Estonyalı', 'észt', 'estonez|estoneze', ssAdj('estonsk'), ruAdj('эстонск'), 'estų'),
    capitals: join('Tallinnban|Talinu', ru('Таллин'), 'Taline|Talino'),
  },
  SE: {
    names: join(ro('Suedia'), 'İsveç', hu('Svédország'), sq('Suedia'), ss('Švedska'), ru('Швеция'), lt('Švedija')),
    adjectives: join('suedez|suedeză|suedezi', 'İsveçli', 'svéd', 'suedez|suedeze', ssAdj('švedsk'), ruAdj('шведск'), 'švedų'),
    capitals: join('Stockholmul|Stokholm|Stockholmban|Stokholmi|Stockholmu', ru('Стокгольм')),
  },
  NO: {
    names: join(ro('Norvegia'), 'Norveç', hu('Norvégia'), sq('Norvegjia'), ss('Norveška'), ru('Норвегия'), lt('Norvegija')),
    adjectives: join('norvegian|norvegiană', 'Norveçli', 'norvég', 'norvegjez|norvegjeze', ssAdj('norvešk'), ruAdj('норвежск'), 'norvegų'),
  },
  IS: {
    names: join(ro('Islanda'), 'İzlanda', hu('Izland'), sq('Islanda'), ss('Islandija') + '|' + ss('Island'), ru('Исландия'), lt('Islandija')),
    adjectives: join('islandez|islandeză', 'İzlandalı', 'izlandi', 'islandez|islandeze', ssAdj('islandsk'), ruAdj('исландск'), 'islandų'),
  },
  PL: {
    names: join(ro('Polonia'), 'Polonya', hu('Lengyelország'), sq('Polonia'), ss('Poljska'), ru('Польша'), lt('Lenkija')),
    adjectives: join('polonez|poloneză|polonezi', 'Polonyalı', 'lengyel', 'polak|polake', ssAdj('poljsk'), ruAdj('польск'), 'lenkų'),
    capitals: join('Varșovia|Varşovia|Varșoviei|Varşova|Varsó|Varsóban|Varshava|Varshavë|Varšava|Varšavi|Varšavo', ru('Варшава'), 'Varšuvoje|Varšuvos'),
  },
  CZ: {
    names: join(ro('Cehia'), 'Çekya|Çek Cumhuriyeti', hu('Csehország'), sq('Çekia'), ss('Češka') + '|Češko', ru('Чехия'), lt('Čekija')),
    adjectives: join('ceh|cehă|cehi', 'cseh', ssAdj('češk'), ruAdj('чешск'), 'čekų'),
    capitals: join('Praga|Prágában|Pragë|Prag|Pragi', ru('Прага')),
  },
  ES: {
    names: join(ro('Spania'), 'İspanya', hu('Spanyolország'), sq('Spanja'), ss('Španija') + '|' + ss('Španjolska'), ru('Испания'), lt('Ispanija')),
    adjectives: join('spaniol|spaniolă|spanioli', 'İspanyol', 'spanyol', 'spanjoll|spanjolle', ssAdj('špansk') + '|' + ssAdj('španjolsk'), ruAdj('испанск'), 'ispanų'),
  },
  PT: {
    names: join(ro('Portugalia'), 'Portekiz', hu('Portugália'), sq('Portugalia'), ss('Portugalska') + '|' + ss('Portugal'), ru('Португалия'), lt('Portugalija')),
    adjectives: join('portughez|portugheză', 'Portekizli', 'portugál', 'portugez|portugeze', ssAdj('portugalsk'), ruAdj('португальск'), 'portugalų'),
    capitals: join('Lisabona|Lisabonei|Lizbon|Lisszabon|Lisbonë|Lizbona|Lizboni', ru('Лиссабон')),
  },
  BE: {
    names: join(ro('Belgia'), 'Belçika', hu('Belgium'), sq('Belgjika'), ss('Belgija'), ru('Бельгия'), lt('Belgija')),
    adjectives: join('belgian|belgiană', 'Belçikalı', 'belga', ssAdj('belgijsk'), ruAdj('бельгийск'), 'belgų'),
  },
  GR: {
    leaders: 'Micotakisz|Micotakisszal|Mitsotakisem|Micotakisom|Micotakisem|Micotakis|Mitsotakisom|Мицотакис|Мицотакисом|Мицотакиса',
    names: join(ro('Grecia'), 'Yunanistan', hu('Görögország'), sq('Greqia'), ss('Grčija') + '|' + ss('Grčka'), ru('Греция'), lt('Graikija')),
    adjectives: join('grec|greacă|greci', 'Yunan', 'görög', 'grek|greke', ssAdj('gršk') + '|' + ssAdj('grčk'), ruAdj('греческ'), 'graikų'),
    capitals: join('Atena|Atenei|Atina|Athén|Athénban|Athinë|Atene|Atena', ru('Афины')),
  },
  RO: {
    names: join(ro('România') + '|Romînia', 'Romanya', hu('Románia'), sq('Rumania'), ss('Romunija') + '|' + ss('Rumunjska'), ru('Румыния'), lt('Rumunija')),
    adjectives: join('român|română|români|române', 'Romen', 'román', 'rumun|rumune', ssAdj('romunsk') + '|' + ssAdj('rumunjsk'), ruAdj('румынск'), 'rumunų'),
    capitals: join('București|Bucureşti|Bucureștiului|Bükreş|Bukarestben|Bukureshti|Bukurešt|Bukurešti', ru('Бухарест')),
  },
  IE: {
    names: join(ro('Irlanda'), 'İrlanda', hu('Írország'), sq('Irlanda'), ss('Irska'), ru('Ирландия'), lt('Airija')),
    adjectives: join('irlandez|irlandeză', 'İrlandalı', 'irlandez|irlandeze', ssAdj('irsk'), ruAdj('ирландск'), 'airių'),
  },
  SI: {
    // leaders in the cases of these languages: "z Golobom", "Goloba", "Голоб"
    leaders: 'Golobom|Goloba|Golobu|Голоб|Голобом|Голоба',
    names: join(ro('Slovenia'), 'Slovenya', hu('Szlovénia'), sq('Sllovenia'), ss('Slovenija'), ru('Словения'), lt('Slovėnija')),
    adjectives: join('sloven|slovenă', 'Sloven', 'szlovén', 'slloven|sllovene', ssAdj('slovensk'), ruAdj('словенск'), 'slovėnų'),
  },
  SK: {
    names: join(ro('Slovacia'), 'Slovakya', hu('Szlovákia'), sq('Sllovakia'), ss('Slovaška') + '|' + ss('Slovačka'), ru('Словакия'), lt('Slovakija')),
    adjectives: join('slovac|slovacă', 'Slovak', 'szlovák', 'sllovak|sllovake', ssAdj('slovašk') + '|' + ssAdj('slovačk'), ruAdj('словацк'), 'slovakų'),
    capitals: join('Pozsony|Pozsonyban|Bratislavë', ru('Братислава')),
  },
  HR: {
    leaders: 'Plenkovićem|Plenkovića|Plenkoviću|Plenkovićom|Plenkovicem|Plenkovica|Plenković|Пленкович|Пленковичем|Пленковича',
    names: join(ro('Croația') + '|Croaţia|Croaţiei', 'Hırvatistan', hu('Horvátország'), sq('Kroacia'), ss('Hrvaška') + '|' + ss('Hrvatska'), ru('Хорватия'), lt('Kroatija')),
    adjectives: join('croat|croată|croați', 'Hırvat', 'horvát', 'kroat|kroate', ssAdj('hrvašk') + '|' + ssAdj('hrvatsk'), ruAdj('хорватск'), 'kroatų'),
    capitals: join('Zagrebul|Zágráb|Zágrábban|Zagrebi|Zagrebu', ru('Загреб')),
  },
  HU: {
    names: join(ro('Ungaria'), 'Macaristan', hu('Magyarország'), sq('Hungaria'), ss('Madžarska') + '|' + ss('Mađarska'), ru('Венгрия'), lt('Vengrija')),
    adjectives: join('ungar|ungară|maghiar|maghiară', 'Macar', 'magyar', 'hungarez|hungareze', ssAdj('madžarsk') + '|' + ssAdj('mađarsk'), ruAdj('венгерск'), 'vengrų'),
    capitals: join('Budapesta|Budapeşte|Budapesten|Budapesti|Budimpešta|Budimpešti', ru('Будапешт')),
  },
  BG: { names: join(ro('Bulgaria'), 'Bulgaristan', hu('Bulgária'), sq('Bullgaria'), ss('Bolgarija') + '|' + ss('Bugarska'), ru('Болгария'), lt('Bulgarija')) },
  LU: {
    names: join(ro('Luxemburg'), 'Lüksemburg', hu('Luxemburg'), 'Luksemburgu|Luksemburgut|Luksemburg', ss('Luksemburg'), ru('Люксембург'), lt('Liuksemburgas')),
    adjectives: join('luxemburghez|luxemburgheză', 'luxemburgi', ssAdj('luksemburšk'), ruAdj('люксембургск')),
  },
  AL: {
    leaders: 'Edijem Ramom|Edija Rame|Ediju Rami|Edijem Ramo|Ramom|Ramën|Ramës|Eda Ramë|Edi Ramë|Edi Ramën|Эди Рама|Эди Рамой',
    names: join(ro('Albania'), 'Arnavutluk', hu('Albánia'), sq('Shqipëria'), ss('Albanija'), ru('Албания'), lt('Albanija')),
    adjectives: join('albanez|albaneză', 'Arnavut', 'albán', 'shqiptar|shqiptare|shqiptarë', ssAdj('albansk'), ruAdj('албанск'), 'albanų'),
    capitals: join('Tirana|Tiranei|Tiranában|Tiranës|Tiranë', ru('Тирана')),
  },
  AT: { names: join(ro('Austria'), 'Avusturya', hu('Ausztria'), sq('Austria'), ss('Avstrija') + '|' + ss('Austrija'), ru('Австрия'), lt('Austrija')) },
  MD: { names: join(ro('Moldova') + '|Republica Moldova|Republicii Moldova', 'Moldova', hu('Moldova'), sq('Moldavia'), ss('Moldavija') + '|' + ss('Moldova'), ru('Молдавия') + '|' + ru('Молдова'), lt('Moldova')) },
  CH: { names: join(ro('Elveția') + '|Elveţia', 'İsviçre', hu('Svájc'), sq('Zvicra'), ss('Švica') + '|' + ss('Švicarska'), ru('Швейцария'), lt('Šveicarija')) },
  AU: { names: join(ro('Australia'), 'Avustralya', hu('Ausztrália'), sq('Australia'), ss('Avstralija') + '|' + ss('Australija'), ru('Австралия'), lt('Australija')) },
  KR: { names: join('Coreea de Sud|Coreei de Sud', 'Güney Kore', hu('Dél-Korea'), 'Koreja e Jugut|Korea e Jugut', ss('Južna Koreja') + '|Južno Korejo|Južnom Korejom', 'Южная Корея|Южной Кореей|Южной Кореи', 'Pietų Korėja|Pietų Korėjos') },
  TR: { names: join(ro('Turcia'), 'Türkiye', hu('Törökország'), sq('Turqia'), ss('Turčija') + '|' + ss('Turska'), ru('Турция'), lt('Turkija')) },
  CY: { names: join(ro('Cipru'), 'Kıbrıs', hu('Ciprus'), 'Qiproja|Qipro|Qiprosë', ss('Ciper') + '|' + ss('Cipar'), ru('Кипр'), lt('Kipras')) },
};
