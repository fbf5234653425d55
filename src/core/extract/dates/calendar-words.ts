/**
 * Month and weekday names and relative day words ("today", "gestern", "demain"), in the corpus's languages.
 */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['january jan januar janvier gennaio enero januarja ianuarie stycznia január', 1],
      ['february feb februar février fevrier febbraio febrero februarja februarie lutego február', 2],
      ['march mar märz mars marzo marca marec martie március', 3],
      ['april apr avril aprile abril aprila aprilie kwietnia április', 4],
      ['may mai maggio mayo maja maj', 5],
      ['june jun juni juin giugno junio junija iunie czerwca június', 6],
      ['july jul juli juillet luglio julio julija iulie lipca július iul', 7],
      ['august aug août aout agosto avgusta august sierpnia augusztus', 8],
      ['september sep sept septembre settembre septiembre septembra septembrie września szeptember', 9],
      ['october oct oktober octobre ottobre octubre oktobra octombrie października október', 10],
      ['november nov novembre noviembre novembra noiembrie listopada', 11],
      ['december dec dezember décembre decembre dicembre diciembre decembra decembrie grudnia', 12],
    ] as const
  ).flatMap(([names, n]) => names.split(' ').map((x) => [x, n] as [string, number])),
);


export const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['sunday sonntag dimanche domenica domingo nedeljo duminică', 0],
      ['monday montag lundi lunedì lunedi lunes ponedeljek luni', 1],
      ['tuesday dienstag mardi martedì martedi martes torek marți', 2],
      ['wednesday mittwoch mercredi mercoledì mercoledi miércoles sredo miercuri', 3],
      ['thursday donnerstag jeudi giovedì giovedi jueves četrtek joi', 4],
      ['friday freitag vendredi venerdì venerdi viernes petek vineri', 5],
      ['saturday samstag samedi sabato sábado soboto sâmbătă', 6],
    ] as const
  ).flatMap(([names, n]) => names.split(' ').map((x) => [x, n] as [string, number])),
);

export const RELATIVE: ReadonlyMap<string, number> = new Map([
  ['today', 0], ['tonight', 0], ['yesterday', -1], ['tomorrow', 1], ['heute', 0], ['gestern', -1],
  ["aujourd'hui", 0], ['demain', 1], ['oggi', 0], ['ieri', -1], ['domani', 1], ['danes', 0], ['včeraj', -1],
  ['jutri', 1], ['azi', 0], ['astăzi', 0], ['mâine', 1], ['ieri', -1], ['dzisiaj', 0], ['jutro', 1], ['wczoraj', -1],
]);
