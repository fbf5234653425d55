import { EAST_FORMS } from './foreign-names-east.js';
import { FOREIGN_FORMS, GERMAN_GENITIVES } from './foreign-names.js';
import { LEADERS, SEATS } from './leaders.js';

/**
 * Party data: every country likely to appear in this news, plus the EU.
 * `names` are full and short names (incl. a few German/French/Italian forms, cheap to carry);
 * `adjectives` are demonyms used attributively ("Spanish Prime Minister"); `capitals` are only
 * read as the state when they stand where a party stands ("London and Kyiv signed"), never as a place.
 * Acronyms written in capitals (US, UK, EU) are matched case-sensitively so "us" stays a pronoun.
 * `leaders` are people and state titles (leaders.ts): for the hub they only recognise it in a sentence
 * ("Zelensky signed ..."); for a partner they stand for the state ("President Joe Biden signed ...").
 * Seats of government ("White House") are read like capitals: the state only where a party stands.
 */
export interface CountryEntry {
  readonly code: string;
  /** English display name, used by partyName(). */
  readonly display: string;
  readonly names: readonly string[];
  readonly adjectives: readonly string[];
  readonly capitals: readonly string[];
  /** Upper-case acronyms, matched case-sensitively (with or without dots). */
  readonly acronyms?: readonly string[];
  readonly leaders?: readonly string[];
}

type Row = [code: string, display: string, names: string, adjectives: string, capitals: string, acronyms?: string, leaders?: string];

// '|' separates variants; kept as compact rows because this table is data, not logic.
const ROWS: Row[] = [
  // hub-side and neighbours
  ['UA', 'Ukraine', 'Ukraine|Ukrajina|Ukrajine|Ukraina|Ucraina|Ukrayna|Ukrajna|Ucrainei|Ukrajinë|Ukrainy|Ukrajino|Ucraine|Ukrainie', 'Ukrainian|ukrainische|ukrainischen|ukrainischer|ukrainien|ukrainienne|ucraino|ucraina|ukraiński|ukrajinski|ucrainean', 'Kyiv|Kiev|Kiew|Kiev|Kijev|Kiiv|Kyjiw', '', 'Zelensky|Zelenskyy|Zelenskiy|Zelenskyi|Zelenskij|Zelenskii|Zelenski|Zelenskyj|Selenskyj|Selenskij|Zelenskogo|Zelenskim|Zełenski|Shmyhal'],
  ['RU', 'Russia', 'Russia|Russian Federation|the Russian Federation|Russland|Russie|Russia|Rusia|Rosja|Rusija|Rusiei', 'Russian|russische|russischen|russe|russo|rosyjski', 'Moscow|Moskau|Moscou|Mosca', ''],
  ['BY', 'Belarus', 'Belarus|Byelorussia|Weißrussland|Biélorussie|Bielorussia', 'Belarusian|Belarussian|Byelorussian', 'Minsk', ''],
  ['MD', 'Moldova', 'Moldova|Republic of Moldova|the Republic of Moldova|Moldau|Moldavie|Moldavia', 'Moldovan|Moldavian', 'Chisinau|Chișinău|Kishinev', ''],
  ['GE', 'Georgia', 'Georgia|Georgien|Géorgie', 'Georgian', 'Tbilisi', ''],
  ['AM', 'Armenia', 'Armenia|Armenien|Arménie', 'Armenian', 'Yerevan|Erevan', ''],
  ['AZ', 'Azerbaijan', 'Azerbaijan|Aserbaidschan|Azerbaïdjan', 'Azerbaijani|Azeri', 'Baku', ''],
  ['KZ', 'Kazakhstan', 'Kazakhstan|Kasachstan', 'Kazakh|Kazakhstani', 'Astana', ''],
  ['TR', 'Türkiye', 'Turkey|Türkiye|Turkiye|Türkei|Turquie|Turchia', 'Turkish', 'Ankara', ''],
  // G7 and the rest of Europe
  ['GB', 'the United Kingdom', 'United Kingdom|Northern Ireland|Great Britain and Northern Ireland|the United Kingdom|Britain|Great Britain|United Kingdom of Great Britain and Northern Ireland|Großbritannien|Vereinigtes Königreich|Royaume-Uni|Grande-Bretagne|Regno Unito|Gran Bretagna|Reino Unido|Wielka Brytania|Velika Britanija|Marea Britanie', 'British|UK-Ukrainian|britische|britischen|britannique|britannico|britannica|brytyjski|britanski', 'London|Londres|Londra', 'UK|U.K.|GB', ''],
  ['US', 'the United States', 'United States|the United States|United States of America|the United States of America|Vereinigte Staaten|Vereinigten Staaten|États-Unis|Etats-Unis|Stati Uniti|Estados Unidos|Stany Zjednoczone|Združene države|Statele Unite', 'American|US-Ukrainian|amerikanische|amerikanischen|américain|américaine|americano|americana|amerykański|ameriški', 'Washington', 'US|U.S.|USA|U.S.A.|ABD|SUA|SHBA|ZDA|SAD|JAV|США', ''],
  ['DE', 'Germany', 'Germany|Federal Republic of Germany|the Federal Republic of Germany|Deutschland|Allemagne|Germania|Alemania|Niemcy|Nemčija|Germaniei|Németország', 'German|deutsche|deutschen|allemand|allemande|tedesco|tedesca|niemiecki|nemški', 'Berlin|Berlino', ''],
  ['FR', 'France', 'France|French Republic|the French Republic|Frankreich|Francia|Francja|Francija|Franța|Franta|Franciaország', 'French|französische|französischen|français|française|francese|francuski|francoski', 'Paris|Parigi|Paryż', ''],
  ['IT', 'Italy', 'Italy|Italian Republic|the Italian Republic|Italien|Italie|Italia|Włochy|Italija', 'Italian|italienische|italien|italienne|italiano|italiana|włoski|italijanski', 'Rome|Rom|Roma', ''],
  ['CA', 'Canada', 'Canada|Kanada', 'Canadian|kanadische|kanadischen|canadien|canadienne|canadese|kanadyjski', 'Ottawa', ''],
  ['JP', 'Japan', 'Japan|Japon|Giappone|Japonia|Japonska|Japonia', 'Japanese|japanische|japanischen|japonais|giapponese|japoński', 'Tokyo|Tokio', ''],
  ['EU', 'the European Union', 'European Union|the European Union|Europäische Union|Europäischen Union|Union européenne|Unione Europea|Unión Europea|Unia Europejska|Evropska unija|Uniunea Europeană|Európai Unió', '', '', 'EU|E.U.|UE|AB|ES|ЕС|ЄС', ''],
  ['AL', 'Albania', 'Albania|Republic of Albania|the Republic of Albania|Albanien|Albanie|Shqipëria|Shqipërisë', 'Albanian|albanische|albanais|albanese|albański', 'Tirana|Tiranë', ''],
  ['AD', 'Andorra', 'Andorra', 'Andorran', '', ''],
  ['AT', 'Austria', 'Austria|Republic of Austria|the Republic of Austria|Österreich|Autriche', 'Austrian|österreichische', 'Vienna|Wien', ''],
  ['BE', 'Belgium', 'Belgium|Kingdom of Belgium|the Kingdom of Belgium|Belgien|Belgique|Belgio|Belgia|Belgija', 'Belgian|belgische|belge|belga', '', ''],
  ['BA', 'Bosnia and Herzegovina', 'Bosnia and Herzegovina|Bosnia-Herzegovina|Bosnia', 'Bosnian', 'Sarajevo', 'BiH'],
  ['BG', 'Bulgaria', 'Bulgaria|Republic of Bulgaria|the Republic of Bulgaria|Bulgarien|Bulgarie|Bolgarija', 'Bulgarian|bulgarische|bulgare|bulgaro', 'Sofia', ''],
  ['HR', 'Croatia', 'Croatia|Republic of Croatia|the Republic of Croatia|Kroatien|Croatie|Croazia|Chorwacja|Hrvaška|Hrvatska', 'Croatian|kroatische|croate|croato|hrvaški|hrvaškim', 'Zagreb', ''],
  ['CY', 'Cyprus', 'Cyprus|Republic of Cyprus|the Republic of Cyprus|Zypern|Chypre|Cipro', 'Cypriot', 'Nicosia', ''],
  ['CZ', 'the Czech Republic', 'Czech Republic|the Czech Republic|Czechia|Tschechien|Tchéquie|République tchèque|Repubblica Ceca|Czechy|Češka', 'Czech|tschechische|tchèque|ceco', 'Prague|Prag|Praga', ''],
  ['DK', 'Denmark', 'Denmark|Kingdom of Denmark|the Kingdom of Denmark|Dänemark|Danemark|Danimarca|Dania|Danska', 'Danish|dänische|danois|danese|duński', 'Copenhagen|Kopenhagen|Copenhague', ''],
  ['EE', 'Estonia', 'Estonia|Republic of Estonia|the Republic of Estonia|Estland|Estonie|Estonija', 'Estonian|estnische|estnischen|estonien|estone|estoński', 'Tallinn', ''],
  ['FI', 'Finland', 'Finland|Republic of Finland|the Republic of Finland|Finnland|Finlande|Finlandia|Finska', 'Finnish|finnische|finlandais|finlandese|fiński', 'Helsinki', ''],
  ['GR', 'Greece', 'Greece|Hellenic Republic|the Hellenic Republic|Griechenland|Grèce|Grecia|Grecja|Grčija', 'Greek|griechische|grec|grecque|greco|grecki', 'Athens|Athen|Athènes|Atene', ''],
  ['HU', 'Hungary', 'Hungary|Ungarn|Hongrie|Ungheria|Węgry|Madžarska|Magyarország', 'Hungarian|ungarische|hongrois|ungherese|węgierski', 'Budapest', ''],
  ['IS', 'Iceland', 'Iceland|Republic of Iceland|the Republic of Iceland|Islande|Islanda|Islandia|Islandija', 'Icelandic|isländische|islandais|islandese', 'Reykjavik|Reykjavík', ''],
  ['IE', 'Ireland', 'Ireland|Republic of Ireland|Irland|Irlande|Irlanda|Irlandia|Irska', 'Irish|irische|irlandais|irlandese|irlandzki', 'Dublin|Dublino', ''],
  ['XK', 'Kosovo', 'Kosovo', 'Kosovar|Kosovan', 'Pristina', ''],
  ['LV', 'Latvia', 'Latvia|Republic of Latvia|the Republic of Latvia|Lettland|Lettonie|Lettonia|Łotwa|Latvija', 'Latvian|lettische|lettischen|letton|lettone|łotewski|latvijski', 'Riga', ''],
  ['LI', 'Liechtenstein', 'Liechtenstein', 'Liechtensteiner', 'Vaduz', ''],
  ['LT', 'Lithuania', 'Lithuania|Republic of Lithuania|the Republic of Lithuania|Litauen|Lituanie|Lituania|Litwa|Litva', 'Lithuanian|litauische|litauischen|lituanien|lituano|litewski|litovski', 'Vilnius|Wilno', ''],
  ['LU', 'Luxembourg', 'Luxembourg|Grand Duchy of Luxembourg|the Grand Duchy of Luxembourg|Luxemburg|Lussemburgo|Luksemburg', 'Luxembourgish|Luxembourger|luxemburgische', '', ''],
  ['MT', 'Malta', 'Malta|Republic of Malta|the Republic of Malta', 'Maltese', 'Valletta', ''],
  ['MC', 'Monaco', 'Monaco', 'Monegasque', '', ''],
  ['ME', 'Montenegro', 'Montenegro|Monténégro|Črna gora', 'Montenegrin', 'Podgorica', ''],
  ['NL', 'the Netherlands', 'Netherlands|Kingdom of the Netherlands|the Kingdom of the Netherlands|the Netherlands|the Netherland|Holland|Niederlande|Pays-Bas|Paesi Bassi|Países Bajos|Holandia|Nizozemska', 'Dutch|niederländische|néerlandais|olandese|holenderski', 'Amsterdam|The Hague', ''],
  ['MK', 'North Macedonia', 'North Macedonia|Republic of North Macedonia|the Republic of North Macedonia|Macedonia|Nordmazedonien|Macédoine du Nord|Macedonia del Nord', 'Macedonian|North Macedonian', 'Skopje', ''],
  ['NO', 'Norway', 'Norway|Kingdom of Norway|the Kingdom of Norway|Norwegen|Norvège|Norvegia|Norwegia|Norveška|Norge|Noreg', 'Norwegian|norwegische|norvégien|norvegese|norweski', 'Oslo', ''],
  ['PL', 'Poland', 'Poland|Republic of Poland|the Republic of Poland|Polen|Pologne|Polonia|Polska|Poljska', 'Polish|polnische|polonais|polacco|polski', 'Warsaw|Warschau|Varsovie|Varsavia|Warszawa', ''],
  ['PT', 'Portugal', 'Portugal|Portuguese Republic|the Portuguese Republic|Portogallo|Portugalia|Portugalska', 'Portuguese|portugiesische|portugais|portoghese', 'Lisbon|Lissabon|Lisbonne|Lisbona|Lisboa', ''],
  ['RO', 'Romania', 'Romania|Rumänien|Roumanie|Rumunia|Romunija|România', 'Romanian|rumänische|roumain|rumeno|rumuński', 'Bucharest|Bukarest|Bucarest|București', ''],
  ['SM', 'San Marino', 'San Marino', 'Sammarinese', '', ''],
  ['RS', 'Serbia', 'Serbia|Serbien|Serbie|Srbija', 'Serbian|serbische|serbe', 'Belgrade|Belgrad', ''],
  ['SK', 'Slovakia', 'Slovakia|Slovak Republic|the Slovak Republic|Slowakei|Slovaquie|Slovacchia|Słowacja|Slovaška', 'Slovak|slowakische|slovaque|slovacco', 'Bratislava', ''],
  ['SI', 'Slovenia', 'Slovenia|Republic of Slovenia|the Republic of Slovenia|Slowenien|Slovénie|Słowenia|Slovenija|Slovenijo|Sloveniji', 'Slovenian|Slovene|slowenische|slowenischen|slovène|sloveno|słoweński|slovenski', 'Ljubljana', ''],
  ['ES', 'Spain', 'Spain|Kingdom of Spain|the Kingdom of Spain|Spanien|Espagne|Spagna|España|Hiszpania|Španija|Španijo', 'Spanish|spanische|spanischen|espagnol|espagnole|spagnolo|hiszpański|španski', 'Madrid', ''],
  ['SE', 'Sweden', 'Sweden|Kingdom of Sweden|the Kingdom of Sweden|Schweden|Suède|Svezia|Suecia|Szwecja|Švedska', 'Swedish|schwedische|suédois|svedese|szwedzki', 'Stockholm|Stoccolma|Sztokholm', ''],
  ['CH', 'Switzerland', 'Switzerland|Swiss Confederation|the Swiss Confederation|Schweiz|Suisse|Svizzera|Szwajcaria|Švica', 'Swiss|schweizerische', 'Bern|Berne', ''],
  ['VA', 'the Holy See', 'Holy See|the Holy See|Vatican|the Vatican', 'Vatican', '', ''],
  // Asia-Pacific and beyond
  ['AU', 'Australia', 'Australia|Australien|Australie', 'Australian', 'Canberra', ''],
  ['NZ', 'New Zealand', 'New Zealand|Neuseeland', 'New Zealand', 'Wellington', ''],
  ['KR', 'South Korea', 'South Korea|Republic of Korea|the Republic of Korea|Korea|Südkorea|Corée du Sud|Corea del Sud', 'South Korean|Korean', 'Seoul', 'ROK'],
  ['KP', 'North Korea', 'North Korea|Democratic People\'s Republic of Korea|Nordkorea|Corée du Nord', 'North Korean', 'Pyongyang', 'DPRK'],
  ['CN', 'China', 'China|People\'s Republic of China|the People\'s Republic of China|Chine|Cina', 'Chinese', 'Beijing|Peking', 'PRC'],
  ['TW', 'Taiwan', 'Taiwan', 'Taiwanese', 'Taipei', ''],
  ['IN', 'India', 'India|Indien|Inde', 'Indian', 'New Delhi', ''],
  ['PK', 'Pakistan', 'Pakistan', 'Pakistani', 'Islamabad', ''],
  ['AF', 'Afghanistan', 'Afghanistan', 'Afghan', 'Kabul', ''],
  ['PH', 'the Philippines', 'Philippines|the Philippines|Philippinen', 'Philippine|Filipino', 'Manila', ''],
  ['ID', 'Indonesia', 'Indonesia|Indonesien', 'Indonesian', 'Jakarta', ''],
  ['MY', 'Malaysia', 'Malaysia', 'Malaysian', 'Kuala Lumpur', ''],
  ['SG', 'Singapore', 'Singapore|Singapur', 'Singaporean', '', ''],
  ['TH', 'Thailand', 'Thailand', 'Thai', 'Bangkok', ''],
  ['VN', 'Vietnam', 'Vietnam|Viet Nam', 'Vietnamese', 'Hanoi', ''],
  ['MN', 'Mongolia', 'Mongolia', 'Mongolian', 'Ulaanbaatar', ''],
  // Middle East, Africa, Americas
  ['IL', 'Israel', 'Israel', 'Israeli', 'Jerusalem|Tel Aviv', ''],
  ['IR', 'Iran', 'Iran|Islamic Republic of Iran', 'Iranian', 'Tehran|Teheran', ''],
  ['IQ', 'Iraq', 'Iraq', 'Iraqi', 'Baghdad', ''],
  ['SY', 'Syria', 'Syria', 'Syrian', 'Damascus', ''],
  ['JO', 'Jordan', 'Jordan', 'Jordanian', 'Amman', ''],
  ['LB', 'Lebanon', 'Lebanon', 'Lebanese', 'Beirut', ''],
  ['SA', 'Saudi Arabia', 'Saudi Arabia', 'Saudi', 'Riyadh', ''],
  ['AE', 'the United Arab Emirates', 'United Arab Emirates|the United Arab Emirates', 'Emirati', 'Abu Dhabi', 'UAE'],
  ['QA', 'Qatar', 'Qatar|Katar', 'Qatari', 'Doha', ''],
  ['EG', 'Egypt', 'Egypt|Ägypten|Égypte', 'Egyptian', 'Cairo', ''],
  ['MA', 'Morocco', 'Morocco', 'Moroccan', 'Rabat', ''],
  ['ZA', 'South Africa', 'South Africa', 'South African', 'Pretoria', ''],
  ['NG', 'Nigeria', 'Nigeria', 'Nigerian', 'Abuja', ''],
  ['KE', 'Kenya', 'Kenya', 'Kenyan', 'Nairobi', ''],
  ['MX', 'Mexico', 'Mexico|Mexiko|Mexique', 'Mexican', 'Mexico City', ''],
  ['BR', 'Brazil', 'Brazil|Brasilien|Brésil|Brasile', 'Brazilian', 'Brasilia|Brasília', ''],
  ['AR', 'Argentina', 'Argentina|Argentinien', 'Argentine|Argentinian', 'Buenos Aires', ''],
  ['CL', 'Chile', 'Chile', 'Chilean', 'Santiago', ''],
  ['CO', 'Colombia', 'Colombia|Kolumbien', 'Colombian', 'Bogota|Bogotá', ''],
];

const split = (s: string | undefined): string[] => (s ? s.split('|').filter((v) => v.length > 0) : []);

// (the forms in the other languages of this news, foreign-names.ts, follow each row's own)
const more = (s: string | undefined, extra: string | undefined): string[] => [...new Set([...split(s), ...split(extra)])];

/** A field's forms from both tables of the other languages. */
const both = (code: string, field: 'adjectives' | 'capitals' | 'leaders'): string => [FOREIGN_FORMS[code]?.[field], EAST_FORMS[code]?.[field]].filter(Boolean).join('|');

export const COUNTRIES: readonly CountryEntry[] = ROWS.map(([code, display, names, adjectives, capitals, acronyms, leaders]) => ({
  code,
  display,
  names: more(names, [FOREIGN_FORMS[code]?.names, EAST_FORMS[code]?.names, GERMAN_GENITIVES[code]].filter(Boolean).join('|')),
  adjectives: more(adjectives, both(code, 'adjectives')),
  capitals: [...more(capitals, both(code, 'capitals')), ...split(SEATS[code])],
  acronyms: split(acronyms),
  leaders: [...more(leaders, both(code, 'leaders')), ...split(LEADERS[code])],
}));
