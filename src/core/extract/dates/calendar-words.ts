/**
 * Month and weekday names and relative day words ("today", "gestern", "demain"), in the corpus's languages.
 */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['january jan januar janvier gennaio enero januarja ianuarie stycznia január janeiro januari janvāris ledna leden січня січень stycznia января', 1],
      ['february feb februar février fevrier febbraio febrero februarja februarie lutego február fevereiro februari února únor лютого лютий февраля', 2],
      ['march mar märz mars marzo marca marec martie március março maart mars března březen березня березень марта', 3],
      ['april apr avril aprile abril aprila aprilie kwietnia április abril april dubna duben квітня квітень апреля', 4],
      ['may mai maggio mayo maja maj maio mei maj mai května květen травня травень мая', 5],
      ['june jun juni juin giugno junio junija iunie czerwca június junho juni czerwiec června červen червня червень июня', 6],
      ['july jul juli juillet luglio julio julija iulie lipca július iul julho juli lipiec července červenec липня липень июля', 7],
      ['august aug août aout agosto avgusta august sierpnia augusztus agosto augusti august sierpień srpna srpen серпня серпень августа', 8],
      ['september sep sept septembre settembre septiembre septembra septembrie września szeptember setembro setiembre september września září вересня вересень сентября', 9],
      ['october oct oktober octobre ottobre octubre oktobra octombrie października október outubro oktober října říjen жовтня жовтень октября', 10],
      ['november nov novembre noviembre novembra noiembrie listopada novembro november listopadu listopad листопада листопад ноября', 11],
      ['december dec dezember décembre decembre dicembre diciembre decembra decembrie grudnia dezembro december desember grudzień prosince prosinec грудня грудень декабря', 12],
    ] as const
  ).flatMap(([names, n]) => names.split(' ').map((x) => [x, n] as [string, number])),
);


export const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['sunday sonntag dimanche domenica domingo nedeljo duminică zondag söndag søndag niedziela niedzielę neděle neděli неділя неділю воскресенье', 0],
      ['monday montag lundi lunedì lunedi lunes ponedeljek luni maandag måndag mandag poniedziałek pondělí понеділок понедельник', 1],
      ['tuesday dienstag mardi martedì martedi martes torek marți dinsdag tisdag tirsdag wtorek úterý вівторок вторник', 2],
      ['wednesday mittwoch mercredi mercoledì mercoledi miércoles sredo miercuri woensdag onsdag środa środę středa středu середа середу среду', 3],
      ['thursday donnerstag jeudi giovedì giovedi jueves četrtek joi donderdag torsdag czwartek čtvrtek четвер четверг', 4],
      ['friday freitag vendredi venerdì venerdi viernes petek vineri vrijdag fredag piątek pátek пятница', 5],
      ['saturday samstag samedi sabato sábado soboto sâmbătă zaterdag lördag lørdag sobota sobotę sobotu субота суботу субботу', 6],
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
]);

/** Two-word day words: Swedish and Norwegian "i dag", "i går", "i morgon" / "i morgen". */
export const RELATIVE_PAIRS: ReadonlyMap<string, number> = new Map([['dag', 0], ['går', -1], ['morgon', 1], ['morgen', 1]]);
