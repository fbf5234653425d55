/**
 * People and institutions that stand for a partner state in this news: heads of state and government
 * (and a few foreign ministers) of 2023–2025, state titles that belong to one country, and seats of
 * government used as names ("the White House said"). A leader is read as the state acting, so
 * "President Joe Biden and President Zelensky signed ..." is a US claim.
 *
 * Ambiguous surnames are listed only with the first name ("Pedro Sánchez", "Luc Frieden", "Simon Harris");
 * people who changed roles between a state and the EU inside the period (Kaja Kallas, António Costa)
 * are left out, so a role they no longer hold is never read into a later article.
 * '|' separates variants.
 */
export const LEADERS: Readonly<Record<string, string>> = {
  GB: 'Rishi Sunak|Sunak|Keir Starmer|Starmer|David Cameron|Cameron|David Lammy|Lammy',
  US: 'Joe Biden|Biden|Antony Blinken|Blinken|Jake Sullivan|Kamala Harris|Donald Trump|Trump',
  DE: 'Olaf Scholz|Scholz|Friedrich Merz|Merz|Frank-Walter Steinmeier|Steinmeier|Annalena Baerbock|Baerbock|Boris Pistorius|Pistorius',
  FR: 'Emmanuel Macron|Macron|Gabriel Attal|Attal|Michel Barnier|Barnier|François Bayrou|Bayrou|Stéphane Séjourné|Séjourné',
  IT: 'Giorgia Meloni|Meloni|Sergio Mattarella|Mattarella|Antonio Tajani|Tajani',
  CA: 'Justin Trudeau|Trudeau|Mark Carney|Carney|Mélanie Joly',
  JP: 'Fumio Kishida|Kishida|Shigeru Ishiba|Ishiba',
  NL: 'Mark Rutte|Rutte|Dick Schoof|Schoof',
  BE: 'Alexander De Croo|De Croo|Bart De Wever|De Wever',
  DK: 'Mette Frederiksen|Frederiksen',
  FI: 'Alexander Stubb|Stubb|Petteri Orpo|Orpo|Sauli Niinistö|Niinistö|Niinisto',
  SE: 'Ulf Kristersson|Kristersson',
  NO: 'Jonas Gahr Støre|Jonas Gahr Store|Gahr Støre|Gahr Store|Støre',
  IS: 'Bjarni Benediktsson|Benediktsson|Katrín Jakobsdóttir',
  PL: 'Donald Tusk|Tusk|Andrzej Duda|Duda|Radosław Sikorski|Radoslaw Sikorski|Sikorski',
  CZ: 'Petr Fiala|Fiala|Petr Pavel',
  SK: 'Robert Fico|Fico|Peter Pellegrini',
  SI: 'Robert Golob|Golob|Nataša Pirc Musar|Natasa Pirc Musar',
  HR: 'Andrej Plenković|Andrej Plenkovic|Plenković|Plenkovic',
  GR: 'Kyriakos Mitsotakis|Mitsotakis',
  PT: 'Luís Montenegro|Luis Montenegro|Marcelo Rebelo de Sousa|Rebelo de Sousa',
  ES: 'Pedro Sánchez|Pedro Sanchez|José Manuel Albares|Jose Manuel Albares|Albares',
  RO: 'Klaus Iohannis|Iohannis|Marcel Ciolacu|Ciolacu',
  BG: 'Dimitar Glavchev|Glavchev|Nikolai Denkov|Denkov|Rosen Zhelyazkov|Zhelyazkov|Rumen Radev|Radev',
  LV: 'Edgars Rinkēvičs|Edgars Rinkevics|Rinkēvičs|Rinkevics|Evika Siliņa|Evika Silina|Siliņa|Krišjānis Kariņš|Kariņš',
  LT: 'Gitanas Nausėda|Gitanas Nauseda|Nausėda|Nauseda|Ingrida Šimonytė|Ingrida Simonyte|Šimonytė|Simonyte',
  EE: 'Alar Karis|Kristen Michal',
  LU: 'Luc Frieden|Xavier Bettel|Bettel',
  IE: 'Simon Harris|Leo Varadkar|Varadkar|Micheál Martin|Micheal Martin|Taoiseach|Tánaiste|Tanaiste',
  AL: 'Edi Rama|Bajram Begaj',
  MT: 'Robert Abela',
  CY: 'Nikos Christodoulides|Christodoulides',
  AT: 'Karl Nehammer|Nehammer|Alexander Van der Bellen',
  HU: 'Viktor Orbán|Viktor Orban|Orbán|Orban',
  AU: 'Anthony Albanese',
  NZ: 'Christopher Luxon|Luxon',
  KR: 'Yoon Suk Yeol',
  ME: 'Jakov Milatović|Jakov Milatovic|Milatović|Milatovic',
  EU: 'Ursula von der Leyen|von der Leyen|Charles Michel|Josep Borrell|Borrell',
};

/**
 * Seats of government and bodies of state that outlets use for the state ("Downing Street declined to comment",
 * "the Seimas ratified the agreement", "the Federal Council agreed to begin talks"). Only names that belong to
 * one state: Germany's and Austria's upper houses are both "Bundesrat", so neither is listed; "Federal Council"
 * in English news is Switzerland's government.
 */
export const SEATS: Readonly<Record<string, string>> = {
  US: 'White House|Pentagon|State Department',
  GB: 'Downing Street|Whitehall',
  FR: 'Élysée|Elysee|Elysée|Quai d\'Orsay',
  RU: 'Kremlin',
  IT: 'Palazzo Chigi',
  ES: 'Moncloa',
  DE: 'Bundestag',
  CH: 'Federal Council|Swiss Federal Council',
  LT: 'Seimas',
  LV: 'Saeima',
  EE: 'Riigikogu',
  PL: 'Sejm',
  NO: 'Storting|Stortinget',
  DK: 'Folketing|Folketinget',
  SE: 'Riksdag',
  FI: 'Eduskunta',
  IS: 'Althing',
  IE: 'Oireachtas|Dáil|Dail',
  LU: 'Grand Duchy',
};
