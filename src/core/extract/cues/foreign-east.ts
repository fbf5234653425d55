import { REFUSE } from './refusal.js';
import { wordSet, type SignReading } from './trigger.js';

/**
 * Verbs of signing in Romanian, Turkish, Hungarian, Albanian, Slovenian, Croatian, Russian and Lithuanian, with
 * what decides their tense there: Romanian "a semnat" / "va semna" / "urmează să semneze", Turkish "imzaladı" /
 * "imza attı" / "imzalayacak", Hungarian "aláírta" / "írta alá" / "alá fogja írni", Albanian "nënshkroi" / "do të
 * nënshkruajë", Slovenian "je podpisal" / "bo podpisal", Croatian "potpisali su" / "će potpisati", Russian
 * "подписали" / "подпишет", Lithuanian "pasirašė" / "pasirašys". A negated future ("nem fog aláírni", "не намерена
 * заключать", "imzalamayacak") is a refusal, as "will not sign" is in English; a negated past is no event.
 */

/** Past forms and participles: signed (unless a future auxiliary governs a participle: "va fi semnat", "bo podpisal"). */
export const EAST_SIGNED = wordSet(`
  semnat semnată semnate semnați semnase semnaseră semnează semnau încheiat încheiată încheiate încheiase semnaţi
  imzaladı imzaladılar imzalamıştı imzalamıştır imzalamış imzalamışlardı imzaladığı imzaladığını imzaladıkları
  imzalandı imzalanmıştı imzalanmıştır imzalanmış imzalanan imzaladık imzalayan imzalıyor imzaladıktan
  attı attılar atmıştı atmıştır atmış koydu koydular koymuştu atıldı
  írta írták írt írtak aláírta aláírták aláírt aláírtak megkötötte megkötötték megkötött kötött kötöttek kötötte kötötték aláírásával
  nënshkroi nënshkruan nënshkruar nënshkruajtën nënshkruajti nënshkruam nënshkruara firmosi firmosën firmoi firmuan
  firmosur firmuar
  podpisal podpisala podpisali podpisale podpisalo podpisan podpisana podpisani podpisano podpisala sklenila sklenil
  sklenili sklenile sklenjen sklenjena sklenjeni
  potpisali potpisao potpisala potpisale potpisalo potpisan potpisana potpisano potpisani potpisane sklopili sklopio
  sklopila sklopljen sklopljena
  подписал подписала подписали подписано подписан подписаны подписана подписало подписавшие подписавший заключили
  заключил заключила заключено заключен заключены заключена заключило
  pasirašė pasirašyta pasirašytas pasirašytą pasirašytos pasirašytų pasirašiusi pasirašiusios pasirašęs sudarė sudaryta
  sudarytas
`);

/** Future forms, infinitives and subjunctives: a plan when their auxiliary or modal is there. */
export const EAST_PLANNED = wordSet(`
  semneze semna încheie semneaze
  imzalayacak imzalayacaklar imzalayacağı imzalayacağını imzalanacak imzalanması imzalaması imzalamayı atacak atacaklar
  atması koyacak imzalamayacak imzalamayacağını imzalamayacaklarını
  ír írja írják írnak aláírja aláírják aláírni aláírnia aláírnák aláírná megkötni
  nënshkruajë nënshkruajnë nënshkruhet nënshkruhen firmosë firmosin firmojë
  podpisati podpiše podpišeta podpišejo skleniti
  potpisati potpisat potpiše potpišu sklopiti
  подписать подпишет подпишут заключить заключит заключат заключать подписывать
  pasirašys pasirašyti sudarys sudaryti
`);

/** Hungarian verbs whose preverb "alá" may follow them ("írta alá", "sem ír alá", "írják alá"). */
const HU_SPLIT_PAST = wordSet('írta írták írt írtak');
const HU_SPLIT_PRESENT = wordSet('ír írja írják írnak');
/** Turkish verbs that sign only after "imza" (signature): "imza attı", "imzayı koydu". */
const TR_IMZA_VERBS = wordSet('attı attılar atmıştı atmıştır atmış koydu koydular koymuştu atıldı atacak atacaklar atması koyacak');

/** Auxiliaries, modals and verbs of intent before an infinitive or subjunctive that make it a plan. */
const EAST_PLAN_BEFORE = wordSet(`
  va vor vom voi vei urmează urma ar să
  fog fogja fogják fognak fogom akar akarja akarják kíván kívánja tervezi tervezik készül kell szeretné szeretnék
  do të pritet pritej synon planifikon
  bo bosta bodo bom bova boste naj namerava nameravata želi
  će ću ćemo ćete trebali trebala trebao trebalo trebale treba namjerava planira planiraju bi
  будет будут намерен намерена намерены намерено собирается собираются планирует планируют может могут сможет смогут
  должен должна должно должны готов готова готовы хочет хотят
  ketina ketinama planuoja planuojama numatoma turėtų turi galėtų
`);
/** Modals after the infinitive (Lithuanian "pasirašyti jį tikimasi", Hungarian "aláírni készül"). */
const EAST_PLAN_AFTER = wordSet('tikimasi planuojama numatoma ketinama ketina planuoja bekleniyor planlanıyor öngörülüyor hedefleniyor planlıyor fog készül');
/** Future auxiliaries before a participle: "va fi semnat", "urmează să fie semnat", "bo podpisan", "će biti potpisan", "будет подписано". */
const PASSIVE_FUTURE = wordSet('fi fie bo bodo bosta biti će будет будут');
/** A future auxiliary with a Slovenian or Croatian l-participle, however far before it: "ga bo skupaj z ... podpisal jutri". */
const SL_FUTURE = wordSet('bo bosta bodo bom bova boste');
const L_PARTICIPLE = /^(?:podpisal\p{L}*|sklenil\p{L}*|potpisal\p{L}*|potpisao)$/u;
/** Negations before the verb. */
const NEG = wordSet('nu nem sem nincs nuk mos ne не нет ни nėra');
/** "not yet": a negated future is put off, not refused */
const YET = wordSet('încă még henüz ende još ещё еще dar vis');
/** Refusals after a Turkish verbal noun ("imzalamayı reddetti") */
const TR_REFUSE_AFTER = /^(?:redd\p{L}*)$/u;

function any(ws: readonly string[], set: ReadonlySet<string>): boolean {
  return ws.some((y) => set.has(y));
}

const SIGNED: SignReading = { status: 'signed', hedged: false };
const PLANNED: SignReading = { status: 'planned', hedged: false };
const BLOCKED: SignReading = { status: null, hedged: false };
const REFUSED: SignReading = { status: 'refused', hedged: false, undated: true };

/** A negated future: refused, unless "yet" puts it off. */
function negatedFuture(before: readonly string[]): SignReading {
  return any(before, YET) ? BLOCKED : REFUSED;
}

/** The reading of word k when it is one of the eastern verbs of signing; undefined when it is none. */
export function classifyEast(w: readonly string[], k: number): SignReading | null | undefined {
  const x = w[k]!;
  const p1 = w[k - 1] ?? '';
  const before = (n: number): string[] => w.slice(Math.max(0, k - n), k);
  const after = (n: number): string[] => w.slice(k + 1, k + 1 + n);
  if (TR_IMZA_VERBS.has(x)) {
    if (!/^imza/.test(p1) && !/^imza/.test(w[k - 2] ?? '')) return null;
    return /^(?:atacak|atacaklar|atması|koyacak)$/.test(x) ? PLANNED : SIGNED;
  }
  if (HU_SPLIT_PAST.has(x) || HU_SPLIT_PRESENT.has(x)) {
    if (w[k + 1] !== 'alá') return null;
    const neg = any(before(2), NEG);
    if (HU_SPLIT_PAST.has(x)) return neg ? BLOCKED : SIGNED;
    // "ilyen megállapodást sem ír alá", "holnap írják alá": the present is the future here
    return neg ? negatedFuture(before(4)) : PLANNED;
  }
  if (EAST_SIGNED.has(x)) {
    if (any(before(2), NEG)) return BLOCKED;
    if (L_PARTICIPLE.test(x) && any(before(9), SL_FUTURE)) return PLANNED;
    if (any(before(3), PASSIVE_FUTURE) && !/^(?:fost|bil|bila|bili|bilo|bio|был|была|было|были)$/.test(p1)) return PLANNED;
    return SIGNED;
  }
  if (EAST_PLANNED.has(x)) {
    // Turkish negative futures: "imzalamayacak"
    if (/^imzalamayaca/.test(x)) return negatedFuture(before(3));
    // "imzalamayı reddetti": the refusal follows the verbal noun
    if (after(2).some((y) => TR_REFUSE_AFTER.test(y))) return { status: 'refused', hedged: false };
    const b = before(6);
    // "a refuzat să semneze", "odbila je potpisati", "отказалась подписать"
    if (before(4).some((y) => REFUSE.test(y))) return { status: 'refused', hedged: false };
    const planned = any(b, EAST_PLAN_BEFORE) || any(after(3), EAST_PLAN_AFTER) || /^(?:imzalayaca|imzalanaca|pasirašys|sudarys|подпиш|заключит|заключат|podpiše|podpiš|potpiše|potpišu|aláírj|atacak|koyacak)/.test(x);
    // ("nem fog olyan biztonsági megállapodást aláírni": the negated auxiliary may stand an object away)
    if (any(before(4), NEG) || (planned && any(b, NEG))) return planned || /^(?:aláírni|подписать|заключить|заключать|подписывать|podpisati|potpisati|pasirašyti)$/.test(x) ? negatedFuture(before(5)) : BLOCKED;
    // "imzalaması bekleniyor", "imzalanması planlanıyor": a verbal noun is a plan only with its verb of expecting
    if (/^(?:imzalanması|imzalaması|imzalamayı|atması)$/.test(x)) return any(after(3), EAST_PLAN_AFTER) ? PLANNED : null;
    return planned ? PLANNED : null;
  }
  return undefined;
}
