/**
 * Group names that stand for their members ("the Baltic states signed ..."). A group only expands when
 * written as a group of countries (head noun `countries|states|nations|members|...` or a plural form such
 * as "the Baltics"), never as an adjective ("a Nordic-Ukrainian summit", "the Nordic country").
 */
export interface GroupEntry {
  /** Lower-case lead words, e.g. `baltic`. */
  readonly lead: readonly string[];
  /** Standalone plural names that need no head noun ("the Baltics"). */
  readonly plurals: readonly string[];
  readonly members: readonly string[];
}

export const GROUP_HEAD_NOUNS: ReadonlySet<string> = new Set([
  'countries',
  'states',
  'nations',
  'members',
  'republics',
  'governments',
  'allies',
  'partners',
  'neighbours',
  'neighbors',
]);

export const GROUPS: readonly GroupEntry[] = [
  { lead: ['baltic'], plurals: ['baltics'], members: ['EE', 'LV', 'LT'] },
  { lead: ['nordic'], plurals: ['nordics'], members: ['DK', 'FI', 'IS', 'NO', 'SE'] },
  { lead: ['scandinavian'], plurals: [], members: ['DK', 'NO', 'SE'] },
  { lead: ['benelux'], plurals: [], members: ['BE', 'NL', 'LU'] },
  { lead: ['g7', 'g-7'], plurals: [], members: ['US', 'GB', 'DE', 'FR', 'IT', 'CA', 'JP'] },
];

/**
 * The same groups in the other languages of the corpus, where the adjective may follow its noun ("statele nordice",
 * "państwami bałtyckimi", "les pays baltes") or precede it ("балтійськими країнами", "die baltischen Staaten").
 * Written with both a plural head noun and a plural adjective, they are the whole set, as "the Baltic states" is.
 */
export const FOREIGN_GROUP_HEADS: ReadonlySet<string> = new Set(`
  statele statelor țările ţările țările țărilor ţărilor state țări
  państwa państwami państw państwom krajami kraje krajów
  країни країнами країн країнам країнах держави державами держав страны странами стран государства государствами
  staaten ländern länder pays paesi países estados landen staten länderna länder landene landa
  státy státům zeměmi země države državama državami držav ülkeleri ülkelerle országok országokkal országokat vendet vendeve
  šalimis šalys šalių valstybėmis valstybės
`.split(/\s+/).filter(Boolean));

const FOREIGN_GROUP_ADJECTIVES: Readonly<Record<string, string>> = {
  baltic: `baltice baltici bałtyckie bałtyckimi bałtyckich bałtyckim балтійські балтійськими балтійських балтійським
    прибалтийские прибалтийскими прибалтийских балтийские балтийскими балтийских baltischen baltes baltici bálticos
    bálticos baltische baltiska baltiske baltské baltskými baltske baltskim baltskih balti baltık baltijos`,
  nordic: `nordice nordici nordyckie nordyckimi nordyckich nordyckim північні північними північних нордичні нордичними
    северные северными северных nordischen nordiques nordici nórdicos nordische nordiska nordiske severské severskými
    nordijske nordijskim nordijskih északi kuzey šiaurės`,
  scandinavian: `scandinave scandinavi skandynawskie skandynawskimi skandynawskich скандинавські скандинавськими
    скандинавських скандинавские скандинавскими skandinavischen scandinaves scandinavi escandinavos skandinaviska
    skandinaviske skandinávské skandinavske`,
};

/** foreign group adjective → its group's lead word ("baltic", "nordic", "scandinavian") */
export const FOREIGN_GROUP_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries(FOREIGN_GROUP_ADJECTIVES).flatMap(([lead, words]) => words.split(/\s+/).filter(Boolean).map((w) => [w, lead] as [string, string])),
);
