import type { CatalogMeta } from './localize.ts';
import type { Messages } from './en.ts';

/**
 * Scottish Gaelic. DRAFT machine-assisted translation by the development team: not yet checked by a native
 * speaker. A reviewer should check every string, then set `review` to 'reviewed' and add their name and date here.
 *
 * Register: informal "thu" throughout. Plural forms follow Intl.PluralRules for gd (one/two/few/other).
 */
export const meta: CatalogMeta = { lang: 'gd', name: 'Gàidhlig', dir: 'ltr', review: 'draft' };

export const messages: Messages = {
  'finder.title': 'Lorg taic',
  'finder.intro':
    'Freagair beagan cheistean gus daoine a lorg as urrainn do chuideachadh. Faodaidh tu leum thairis air ceist sam bith.',
  'finder.loading': 'A’ luchdadh nan seirbheisean…',
  'finder.language': 'Cànan',
  'finder.sample': 'Dàta sampaill: tha na seirbheisean a chì thu air an dèanamh suas.',
  'finder.warnings': {
    one: 'Cha b’ urrainn dhuinn {count} innteart a shealltainn air sgàth mearachd san dàta.',
    two: 'Cha b’ urrainn dhuinn {count} innteart a shealltainn air sgàth mhearachdan san dàta.',
    few: 'Cha b’ urrainn dhuinn {count} innteartan a shealltainn air sgàth mhearachdan san dàta.',
    other: 'Cha b’ urrainn dhuinn {count} innteart a shealltainn air sgàth mhearachdan san dàta.',
  },
  'error.title': 'Cha b’ urrainn dhuinn liosta nan seirbheisean a luchdadh',
  'error.body': 'Faodaidh tu cuideachadh fhaighinn an-dràsta fhathast bhon fhiosrachadh conaltraidh gu h-àrd.',
  'error.retry': 'Feuch a-rithist',
  'error.url': 'Chan eil seòladh liosta nan seirbheisean ceadaichte.',
  'error.network': 'Cha b’ urrainn dhuinn liosta nan seirbheisean a ruigsinn. Dh’fhaodadh nach eil thu air loidhne.',
  'error.http': 'Bha duilgheadas aig an fhrithealaiche air a bheil liosta nan seirbheisean.',
  'error.timeout': 'Thug liosta nan seirbheisean ro fhada a’ tighinn.',
  'error.too-large': 'Tha liosta nan seirbheisean ro mhòr airson a luchdadh.',
  'error.not-json': 'Tha liosta nan seirbheisean air a milleadh.',
  'error.shape': 'Chan eil liosta nan seirbheisean sa chruth cheart.',
  'error.version': 'Tha liosta nan seirbheisean ann an cruth nas ùire na thuigeas an lorgair seo.',

  'exit.button': 'Fàg gu luath',
  'exit.label': 'Fàg gu luath: fàg an duilleag seo an-dràsta',
  'exit.hint': 'Brùth Shift 3 tursan airson fàgail gu luath',
  'exit.press': {
    one: 'Shift: brùth {count} turas eile airson fàgail.',
    two: 'Shift: brùth {count} thuras eile airson fàgail.',
    few: 'Shift: brùth {count} tursan eile airson fàgail.',
    other: 'Shift: brùth {count} turas eile airson fàgail.',
  },
  'exit.expired': 'Chaidh an ùine seachad airson fàgail gu luath.',
  'exit.leaving': 'A’ fàgail na duilleige seo.',

  'urgent.title': 'A bheil feum agad air cuideachadh an-dràsta?',
  'urgent.summary': 'Bruidhinn ri cuideigin an-dràsta',
  'urgent.lead': 'Ma tha thu fhèin no cuideigin eile ann an cunnart an-dràsta, cuir fòn gu 999.',
  'urgent.call': 'Cuir fòn gu {number}',
  'urgent.text': 'Cuir teacsa le {body} gu {number}',
  'urgent.textOnly': 'Cuir teacsa gu {number}',
  'urgent.web': 'Làrach-lìn: {host}',
  'urgent.ages': 'Aois {min} gu {max}',
  'urgent.agesUpTo': 'Suas gu aois {max}',
  'urgent.agesFrom': 'Aois {min} is nas sine',
  'urgent.open247': 'Fosgailte 24 uair a thìde, gach latha',
  'urgent.checked': 'Chaidh am fiosrachadh a sgrùdadh: {date}',
  'urgent.999.desc':
    'Poileas, carbad-eiridinn no seirbheis-smàlaidh nuair a tha beatha ann an cunnart. Daoine bodhar no le duilgheadas labhairt: seirbheis ath-sheachadaidh teacsa (text relay) 18000.',
  'urgent.childline.desc':
    'Taic an-asgaidh is phrìobhaideach do dhuine sam bith suas gu aois 19. Cuir fòn, dèan cabadaich air-loidhne no cuir post-d. Cha nochd e air bileagan fòn.',
  'urgent.samaritans.desc':
    'Cuideigin a dh’èisteas riut, uair sam bith, mu rud sam bith. An-asgaidh bho fhòn sam bith.',
  'urgent.shout.desc': 'Taic teacsa an-asgaidh is dìomhair do dhuine sam bith san RA. Cuir teacsa SHOUT gu 85258.',
  'urgent.nhs24.desc':
    'Taic èiginneach airson slàinte-inntinn ann an Alba nuair a tha an lighiche-teaghlaich (GP) agad dùinte. Cuir fòn gu 111 is tagh an roghainn airson slàinte-inntinn.',
  'urgent.papyrus.desc':
    'Do dhaoine òga suas gu 35 aig a bheil smuaintean air fèin-mharbhadh, agus do dhuine sam bith a tha draghail mu neach òg.',
  'urgent.breathingspace.desc':
    'Loidhne-èisteachd do dhaoine ann an Alba aig aois 16 is nas sine a tha a’ faireachdainn ìosal, draghail no fo chuideam.',
  'urgent.breathingspace.hours': 'Diluain gu Diardaoin 18:00 gu 02:00; Dihaoine 18:00 gu Diluain 06:00',

  'step.progress': 'Ceist {step} à {total}',
  'step.next': 'Air adhart',
  'step.back': 'Air ais',
  'step.skip': 'Leum thairis air a’ cheist seo',
  'step.results': 'Seall na toraidhean',
  'step.startOver': 'Tòisich a-rithist',

  'who.title': 'Cò dha a tha thu a’ lorg taic?',
  'who.me': 'Dhomh fhìn',
  'who.parent-carer': 'Don leanabh agam, mar phàrant no neach-cùraim',
  'who.professional': 'Do neach òg leis a bheil mi ag obair',
  'who.friend': 'Do charaid',

  'age.title': 'Dè an aois a tha thu?',
  'age.titleOther': 'Dè an aois a tha an neach òg?',
  'age.label': 'Aois ann am bliadhnaichean',
  'age.hint': 'Bho 0 gu 25. Fàg bàn e gus a leigeil seachad.',
  'age.invalid': 'Cuir a-steach aois bho 0 gu 25, no leum thairis air a’ cheist seo.',

  'topics.title': 'Dè tha air d’ inntinn?',
  'topics.titleOther': 'Dè leis am bu toil leat cuideachadh?',
  'topics.hint': 'Tagh uiread ’s a thogras tu.',
  'topics.search': 'No mìnich e nad fhaclan fhèin',
  'topics.searchHint': 'Mar eisimpleir: chan urrainn dhomh cadal, deuchainnean, draghail',
  'topics.suggested': 'Tha seo coltach ri:',

  'now.title': 'A bheil feum agad air cuideachadh an-dràsta?',
  'now.yes': 'Tha, feumaidh mi bruidhinn ri cuideigin an-dràsta',
  'now.no': 'Chan eil, ’s urrainn dhomh feitheamh greiseag',
  'now.yesLead':
    'Is urrainn dha na seirbheisean seo cuideachadh sa bhad. Faodaidh tu cumail a’ dol gu h-ìosal gus taic eile fhaicinn cuideachd.',

  'how.title': 'Ciamar a bu toil leat taic fhaighinn?',
  'how.hint': 'Tagh gin a fhreagras ort.',
  'how.in-person': 'Aghaidh ri aghaidh',
  'how.phone': 'Air a’ fòn',
  'how.text': 'Tro theacsa no cabadaich',
  'how.online': 'Air-loidhne no tro bhidio',
  'how.group': 'Ann am buidheann',
  'how.self': 'Tha mi airson fios a chur thuca mi fhìn, gun tar-chur',

  'where.title': 'Càite a bheil thu a’ fuireach?',
  'where.titleOther': 'Càite a bheil an neach òg a’ fuireach?',
  'where.area': 'Sgìre',
  'where.anyArea': 'Sgìre sam bith',
  'where.postcode': 'No a’ chiad phàirt dhen chòd-puist agad',
  'where.postcodeHint': 'Mar eisimpleir GM1. Fanaidh e air an uidheam seo.',
  'where.postcodeFound': 'Tha an còd-puist sin ann an {area}.',
  'where.postcodeUnknown':
    'Cha b’ urrainn dhuinn sgìre a lorg airson a’ chòd-puist sin, mar sin seallaidh sinn seirbheisean bho gach àite.',

  'results.title': 'Taic a dh’fhaodadh cuideachadh',
  'results.count': {
    one: 'Chaidh {count} seirbheis a lorg',
    two: 'Chaidh {count} sheirbheis a lorg',
    few: 'Chaidh {count} seirbheisean a lorg',
    other: 'Chaidh {count} seirbheis a lorg',
  },
  'results.none': 'Chan eil seirbheis sam bith a’ freagairt ris na freagairtean agad air fad.',
  'results.widened':
    'Cha robh seirbheis sam bith a’ freagairt ris a h-uile càil, mar sin chuir sinn seo ris cuideachd: {what}.',
  'results.widen.area': 'seirbheisean ann an sgìrean eile is air-loidhne',
  'results.widen.delivery': 'dòighean eile air taic fhaighinn',
  'results.widen.topics': 'taic choitcheann airson sunnd',
  'results.widen.age': 'seirbheisean airson raon aoise nas fharsainge',
  'results.widen.selfReferral': 'seirbheisean a dh’fheumas tar-chur',
  'results.forYou': 'Taic dhut fhèin mar phàrant, neach-cùraim no neach-proifeiseanta',
  'results.forThem': 'Taic don neach òg',
  'results.edit': 'Atharraich na freagairtean',

  'card.selfReferral': 'Faodaidh tu fios a chur thuca thu fhèin',
  'card.selfReferralOther': 'Faodaidh duine sam bith fios a chur thuca gu dìreach',
  'card.referral': 'Tha feum air tar-chur',
  'card.referralFrom': 'Tha feum air tar-chur bho: {who}',
  'card.onBehalf': 'Faodaidh tu fios a chur thuca às leth an neach òig',
  'card.why': 'Carson a dh’fhaodadh seo cuideachadh',
  'card.contact': 'Cuir fios',
  'card.call': 'Cuir fòn gu {number}',
  'card.text': 'Cuir teacsa gu {number}',
  'card.email': 'Cuir post-d gu {address}',
  'card.web': 'Làrach-lìn: {host}',
  'card.form': 'Foirm air-loidhne: {host}',
  'card.checked': 'Chaidh am fiosrachadh a sgrùdadh mu dheireadh: {date}',
  'card.stale': 'Dh’fhaodadh nach eil am fiosrachadh seo ùraichte.',
  'card.free': 'An-asgaidh',
  'card.openNow': 'Fosgailte an-dràsta',
  'card.open247': 'Fosgailte 24 uair a thìde',
  'card.closesAt': 'Fosgailte an-dràsta, dùinidh e aig {time}',
  'card.opensAt': 'Dùinte an-dràsta, fosglaidh e {day} aig {time}',
  'card.closed': 'Dùinte an-dràsta',
  'card.today': 'an-diugh',
  'card.tomorrow': 'a-màireach',
  'card.ages': 'Aois {min} gu {max}',
  'card.more': 'Barrachd mu {name}',
  'card.languages': 'Cànanan: {list}',
  'card.nextSteps': 'Dè thachras an uair sin',
  'card.how': 'Mar a chuireas tu fios',
  'detail.ages': 'Aoisean',
  'detail.languages': 'Cànanan',
  'detail.hours': 'Uairean fosglaidh',
  'detail.cost': 'Cosgais',
  'detail.where': 'Càite',

  'reason.topic': 'Cuidichidh e le: {list}',
  'reason.age': 'Airson aoisean {min} gu {max}',
  'reason.area': 'Ann an {area}',
  'reason.everywhere': 'Ri fhaighinn ge be càite a bheil thu a’ fuireach',
  'reason.selfReferral': 'Faodaidh tu fios a chur thuca thu fhèin',
  'reason.delivery': 'A’ tabhann: {list}',
  'reason.openNow': 'Fosgailte an-dràsta',
  'reason.forAdults': 'Taic dhut fhèin gus an neach òg a chuideachadh',
  'reason.general': 'Taic choitcheann leis mar a tha thu a’ faireachdainn',

  'delivery.in-person': 'aghaidh ri aghaidh',
  'delivery.phone': 'fòn',
  'delivery.text': 'teacsa',
  'delivery.chat': 'cabadaich air-loidhne',
  'delivery.video': 'gairm bhidio',
  'delivery.online': 'air-loidhne',
  'delivery.group': 'buidhnean',

  'referral.gp': 'lighiche-teaghlaich (GP)',
  'referral.school': 'sgoil',
  'referral.social-work': 'neach-obrach sòisealta',
  'referral.health-visitor': 'neach-tadhail slàinte',
  'referral.camhs': 'CAMHS',

  'lang.bfi': 'Cànan Soidhnidh Bhreatainn',
};
