/**
 * Closed word classes of news English (plus a few German/French/Italian equivalents) that the rules
 * read context with. They describe the language, not the agreement type.
 */
const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** The proper names of partners' parliaments: "Lithuania's Seimas ratified ..." is the state acting. */
export const PARLIAMENT_NAMES = set(`
  seimas sejm saeima riigikogu storting stortinget folketing bundestag nationalrat oireachtas dáil dail riksdag
  eduskunta althing sabor knesset
`);

/** Nouns that make a country adjective or possessive stand for the state as an actor (a parliament by name too). */
export const LEADER_NOUNS = set(`
  ${[...PARLIAMENT_NAMES].join(' ')}
  president presidents prime premier pm chancellor taoiseach minister ministers ministry government governments
  cabinet leader leaders leadership head heads counterpart counterparts king queen monarch presidency authorities
  officials official delegation side administration ambassador envoy parliament council secretary state spokesman
  spokesperson spokeswoman negotiators diplomats emir sultan regierungschefin regierungschef staatschef staatschefin
  präsident präsidentin premierminister premierministerin kanzler bundeskanzler président presidente ministre ministro
  premiera predsednik predsednica premierja premierjem premierom regierung gouvernement governo foreign chef
  lawmakers legislators mps deputies senators negotiators diplomat office
`);

/** Verbs and auxiliaries that show the words before them are a clause's subject ("Berlin and Paris followed"). */
export const SUBJECT_VERBS = set(`
  has have had is are was were will would could can may might should must shall did does do says said say
  wants want wanted hopes hope plans plan intends intend expects expect signs sign inks ink concludes follows follow
  joins join becomes become became agrees agree adds add puts put gets got seeks seek needs need went goes holds
  made makes make came comes took takes gave held met refuses refuse declines decline rejects reject insists insist
`);

/** Adverbs that may sit between a subject and its verb ("Prague now hopes to sign"). */
export const SUBJECT_ADVERBS = set(`also now already then still later finally soon recently too jointly formally officially both each reportedly itself themselves subsequently likewise similarly`);

/** Number words for group counts ("three Nordic countries"). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  'one two three four five six seven eight nine ten eleven twelve'.split(' ').map((w, i) => [w, i + 1] as [string, number]),
);

/** Title words between an adjective and its leader noun ("Norwegian deputy foreign minister"). */
export const TITLE_MODIFIERS = set(`
  deputy foreign defence defense acting caretaker interim vice new then former first outgoing incoming federal
  national prime armed chief general state affairs economy finance presidential press royal
`);

/** Participles whose agent hosts or attends an occasion rather than signing ("a summit hosted by Keir Starmer"). */
export const HOST_VERBS = set(`hosted organised organized chaired convened attended brokered mediated arranged staged opened addressed`);

/** Prepositions that make a following country a place, not an actor ("signed in Washington"). */
export const LOCATIVES = set(`in at near outside inside across within throughout around into à en nel nella im bei`);

/** Verbs and nouns of travel: "visit to Madrid" names the host, a weak hint of the partner. */
export const VISIT_WORDS = set(`
  visit visits visited visiting trip travel travels travelled traveled heads headed head arrive arrives arrived
  went goes going came comes fly flew flies journey tour toured
`);

/** Nouns after a country name that show it is a modifier, not an actor ("EU summit", "Russia aggression"). */
export const NAME_MODIFIER_NOUNS = set(`
  summit summits membership accession border borders forces troops army aggression invasion war offensive region oblast
  airspace territory territories economy market markets citizens media press countries country member members states
  nations capitals integration path capital embassy consulate soil waters coast partners allies
`);

/** Words after which an EU mention is the EU as a destination of membership, not an actor. */
export const MEMBERSHIP_WORDS = set(`accession membership path way integration entry aspirations join joining joined road bid candidacy`);

/** Capitalised words that start sentences or titles but are not names (for the surname rule). */
export const FUNCTION_WORDS = set(`
  the a an and or but of in on at to for with by from as into after before during since between about against
  over under via per than that this these those it its their his her our we they he she i you also and so then
  thus now today yesterday tomorrow earlier later recently meanwhile however moreover previously last next this
  both all some many several other another each every monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december jan feb mar apr jun jul
  aug sep sept oct nov dec background details source recall read quote photo update why what how when where who
  between new together only even already still among including while if once when said says
  und der die das mit auch am im et le la les des du avec e il lo gli con y el los las z i w in s na
  dann danach bereits zudem heute gestern aussi puis ensuite déjà hier demain également anche poi già oggi ieri domani
  inoltre también luego ya hoy ayer además já hoje ontem amanhã depois ook daarna vandaag gisteren även också sedan
  redan igår idag och også deretter allerede og med także również też potem już dziś dzisiaj wczoraj jutro oraz také
  rovněž dnes včera zítra již už також теж вже сьогодні вчора завтра та
`);

/** Plural nouns that make a phrase a count or an unnamed set of countries. */
export const COUNTRY_SET_NOUNS = set(`countries states nations partners members allies governments signatories länder ländern staaten pays paesi države državami państw țări`);
export const QUANTIFIERS = set(`
  several many some other others all numerous multiple various few dozen dozens number more most both individual
  one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen
  nineteen twenty thirty
`);
