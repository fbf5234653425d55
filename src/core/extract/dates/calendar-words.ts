/**
 * Month and weekday names and relative day words ("today", "gestern", "demain"), in the corpus's languages.
 */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['january jan januar janvier gennaio enero januarja ianuarie stycznia január janeiro januari janvāris ledna leden січня січень stycznia января ocak ocakta januárban janar janarit janarin siječnja siječanj siječnju января январь январе sausio sausis januarju januarja', 1],
      ['february feb februar février fevrier febbraio febrero februarja februarie lutego február fevereiro februari února únor лютого лютий февраля şubat şubatta februárban shkurt shkurtit veljače veljača veljači февраля февраль феврале vasario februarju', 2],
      ['march mar märz mars marzo marca marec martie március março maart mars března březen березня березень марта mart martta márciusban mars marsit ožujka ožujak ožujku marec marca marcu марта март марте kovo', 3],
      ['april apr avril aprile abril aprila aprilie kwietnia április abril april dubna duben квітня квітень апреля nisan nisanda áprilisban prill prillit travnja travanj travnju aprila aprilu апреля апрель апреле balandžio', 4],
      ['may mai maggio mayo maja maj maio mei maj mai května květen травня травень мая mayıs mayısta májusban maj majit svibnja svibanj svibnju maja maju мая май мае gegužės', 5],
      ['june jun juni juin giugno junio junija iunie czerwca június junho juni czerwiec června červen червня червень июня haziran haziranda júniusban qershor qershorit lipnja lipanj lipnju junija juniju июня июнь июне birželio', 6],
      ['july jul juli juillet luglio julio julija iulie lipca július iul julho juli lipiec července červenec липня липень июля temmuz temmuzda júliusban korrik korrikut srpnja srpanj srpnju julija juliju июля июль июле liepos', 7],
      ['august aug août aout agosto avgusta august sierpnia augusztus agosto augusti august sierpień srpna srpen серпня серпень августа ağustos ağustosta augusztusban gusht gushtit kolovoza kolovoz kolovozu avgusta avgustu августа август августе rugpjūčio', 8],
      ['september sep sept septembre settembre septiembre septembra septembrie września szeptember setembro setiembre september września září вересня вересень сентября eylül eylülde szeptemberben shtator shtatorit rujna rujan rujnu septembra septembru сентября сентябрь сентябре rugsėjo', 9],
      ['october oct oktober octobre ottobre octubre oktobra octombrie października október outubro oktober října říjen жовтня жовтень октября ekim ekimde októberben tetor tetorit oktobra oktobru октября октябрь октябре spalio', 10],
      ['november nov novembre noviembre novembra noiembrie listopada novembro november listopadu listopad листопада листопад ноября kasım kasımda novemberben nëntor nëntorit studenoga studenog studeni novembra novembru ноября ноябрь ноябре lapkričio', 11],
      ['december dec dezember décembre decembre dicembre diciembre decembra decembrie grudnia dezembro december desember grudzień prosince prosinec грудня грудень декабря aralık aralıkta decemberben dhjetor dhjetorit prosinca prosinac prosincu decembra decembru декабря декабрь декабре gruodžio', 12],
    ] as const
  ).flatMap(([names, n]) => names.split(' ').map((x) => [x, n] as [string, number])),
);


export const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['sunday sonntag dimanche domenica domingo nedeljo duminică zondag söndag søndag niedziela niedzielę neděle neděli неділя неділю воскресенье pazar pazarı vasárnap vasárnapján diel dielën nedelja nedeljo nedjelja nedjelju воскресенье sekmadienį sekmadienis', 0],
      ['monday montag lundi lunedì lunedi lunes ponedeljek luni maandag måndag mandag poniedziałek pondělí понеділок понедельник pazartesi pazartesiyle hétfő hétfőn hënë hënën ponedjeljak ponedeljek понедельник pirmadienį pirmadienis', 1],
      ['tuesday dienstag mardi martedì martedi martes torek marți dinsdag tisdag tirsdag wtorek úterý вівторок вторник salı kedd kedden martë martën utorak torek вторник antradienį antradienis', 2],
      ['wednesday mittwoch mercredi mercoledì mercoledi miércoles sredo miercuri woensdag onsdag środa środę středa středu середа середу среду çarşamba szerda szerdán mërkurë mërkurën srijeda srijedu sreda среда trečiadienį trečiadienis', 3],
      ['thursday donnerstag jeudi giovedì giovedi jueves četrtek joi donderdag torsdag czwartek čtvrtek четвер четверг perşembe csütörtök csütörtökön enjte enjten četvrtak četrtek четверг ketvirtadienį ketvirtadienis', 4],
      ['friday freitag vendredi venerdì venerdi viernes petek vineri vrijdag fredag piątek pátek пятница cuma péntek pénteken premte premten petak пятницу пятница penktadienį penktadienis', 5],
      ['saturday samstag samedi sabato sábado soboto sâmbătă zaterdag lördag lørdag sobota sobotę sobotu субота суботу субботу cumartesi szombat szombaton shtunë shtunën subota subotu суббота šeštadienį šeštadienis', 6],
    ] as const
  ).flatMap(([names, n]) => names.split(' ').map((x) => [x, n] as [string, number])),
);

export const RELATIVE: ReadonlyMap<string, number> = new Map([
  ['today', 0], ['tonight', 0], ['yesterday', -1], ['tomorrow', 1], ['heute', 0], ['gestern', -1],
  ["aujourd'hui", 0], ['demain', 1], ['oggi', 0], ['ieri', -1], ['domani', 1], ['danes', 0], ['včeraj', -1],
  ['jutri', 1], ['azi', 0], ['astăzi', 0], ['mâine', 1], ['ieri', -1], ['dzisiaj', 0], ['jutro', 1], ['wczoraj', -1],
  // es / pt / nl / sv / no / pl / cs / uk / ru ("i dag", "i går" in two words: expressions.ts)
  ['hoy', 0], ['ayer', -1], ['mañana', 1], ['hoje', 0], ['ontem', -1], ['amanhã', 1], ['vandaag', 0], ['gisteren', -1],
  ['idag', 0], ['igår', -1], ['imorgon', 1], ['dziś', 0], ['dnes', 0], ['včera', -1], ['včerejška', -1], ['zítra', 1],
  ['сьогодні', 0], ['вчора', -1], ['учора', -1], ['завтра', 1], ['сегодня', 0], ['вчера', -1],
  // tr / hu / sq / hr / lt / ro ("ma", Hungarian today, is Italian "but": left out)
  ['bugün', 0], ['dün', -1], ['yarın', 1], ['tegnap', -1], ['holnap', 1], ['sot', 0], ['dje', -1], ['nesër', 1],
  ['danas', 0], ['jučer', -1], ['sutra', 1], ['šiandien', 0], ['vakar', -1], ['rytoj', 1], ['alaltăieri', -2],
]);

/** Two-word day words: Swedish and Norwegian "i dag", "i går", "i morgon" / "i morgen". */
export const RELATIVE_PAIRS: ReadonlyMap<string, number> = new Map([['dag', 0], ['går', -1], ['morgon', 1], ['morgen', 1]]);
