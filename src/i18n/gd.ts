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
  'finder.draftTranslation': 'Chan eil fileantach air an eadar-theangachadh seo a sgrùdadh fhathast.',
  'finder.partFailed':
    'Cha b’ urrainn dhuinn am pàirt seo dhen lorgair a luchdadh. Thoir sùil air do cheangal agus feuch a-rithist.',
  'finder.language': 'Cànan',
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
  'exit.hint': 'Brùth Shift 3 tursan airson fàgail gu luath',
  'exit.press': {
    one: 'Shift: brùth {count} turas eile airson fàgail.',
    two: 'Shift: brùth {count} thuras eile airson fàgail.',
    few: 'Shift: brùth {count} tursan eile airson fàgail.',
    other: 'Shift: brùth {count} turas eile airson fàgail.',
  },
  'exit.expired': 'Chaidh an ùine seachad airson fàgail gu luath.',
  'exit.leaving': 'A’ fàgail na duilleige seo.',

  'feedback.link': 'Innis do {partnership} dè do bheachd',
  'card.report': 'Dèan aithris air duilgheadas leis an innteart seo',
  'safety.title': 'A bheil thu a’ cleachdadh fòn no coimpiutair còmhla ri daoine eile?',
  'safety.exit':
    'Ma bhrùthas tu “Fàg gu luath”, no Shift 3 tursan, fàgaidh tu an duilleag seo sa bhad is thèid thu gu làrach-lìn na sìde. Cha till am putan “Air ais” an seo.',
  'safety.history':
    'Cha sguab seo às eachdraidh a’ bhrabhsaidh agad. Ma bhios cuideigin a’ sgrùdadh an uidheim agad, cleachd uinneag phrìobhaideach no incognito, is falamhaich an eachdraidh agad às a dhèidh.',
  'safety.storage':
    'Cha shàbhail an lorgair seo dad air an uidheam agad, agus cha chuir e na freagairtean agad gu àite sam bith.',

  'urgent.title': 'A bheil feum agad air cuideachadh an-dràsta?',
  'urgent.summary': 'Bruidhinn ri cuideigin an-dràsta',
  'urgent.lead': 'Ma tha thu fhèin no cuideigin eile ann an cunnart an-dràsta, cuir fòn gu 999.',
  'urgent.text': 'Cuir teacsa le {body} gu {number}',
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
  'results.none':
    'Cha do lorg sinn seirbheis an seo airson nam freagairtean seo. Faodaidh tu fhathast bruidhinn ri cuideigin an-dràsta: tha na fiosan gu h-àrd an-asgaidh agus dìomhair.',
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
  'card.call': 'Cuir fòn gu {number}',
  'card.text': 'Cuir teacsa gu {number}',
  'card.email': 'Cuir post-d gu {address}',
  'card.web': 'Làrach-lìn: {host}',
  'card.form': 'Foirm air-loidhne: {host}',
  'card.checked': 'Chaidh am fiosrachadh a sgrùdadh mu dheireadh: {date}',
  'card.stale': 'Dh’fhaodadh nach eil am fiosrachadh seo ùraichte.',
  'card.free': 'An-asgaidh',
  'card.open247': 'Fosgailte 24 uair a thìde',
  'card.closesAt': 'Fosgailte an-dràsta, dùinidh e aig {time}',
  'card.opensAt': 'Dùinte an-dràsta, fosglaidh e {day} aig {time}',
  'card.today': 'an-diugh',
  'card.tomorrow': 'a-màireach',
  'card.ages': 'Aois {min} gu {max}',
  'card.more': 'Barrachd mu {name}',
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
  'reason.distance': 'Mu {km} km bhuat',

  'referral.gp': 'lighiche-teaghlaich (GP)',
  'referral.school': 'sgoil',
  'referral.social-work': 'neach-obrach sòisealta',
  'referral.health-visitor': 'neach-tadhail slàinte',
  'referral.camhs': 'CAMHS',

  'lang.bfi': 'Cànan Soidhnidh Bhreatainn',

  'view.label': 'Dòighean air taic a lorg',
  'view.guided': 'Ceistean',
  'view.browse': 'A h-uile seirbheis',
  'view.summary': 'Mo gheàrr-chunntas ({count})',

  'browse.title': 'A h-uile seirbheis',
  'browse.filters': 'Criathragan',
  'browse.search': 'Rannsaich',
  'browse.searchHint': 'Seirbheis, àite no rud leis an cuidich e',
  'browse.topic': 'Cuidichidh e le',
  'browse.anyTopic': 'Rud sam bith',
  'browse.age': 'Aois',
  'browse.area': 'Sgìre',
  'browse.how': 'Dòigh air taic fhaighinn',
  'browse.anyHow': 'Dòigh sam bith',
  'browse.language': 'Cànan',
  'browse.anyLanguage': 'Cànan sam bith',
  'browse.selfReferral': '’S urrainn dhomh fios a chur thuca mi fhìn',
  'browse.free': 'An-asgaidh',
  'browse.openNow': 'Fosgailte an-dràsta',
  'browse.clear': 'Glan na criathragan',
  'browse.none': 'Chan eil seirbheis sam bith a’ freagairt ris na criathragan seo. Feuch is thoir tè dhiubh air falbh.',

  'list.more': 'Seall barrachd ({count} air fhàgail)',

  'save.add': 'Sàbhail gu mo gheàrr-chunntas',
  'save.added': 'Chaidh {name} a shàbhaladh gun gheàrr-chunntas agad.',
  'save.removed': 'Chaidh {name} a thoirt às a’ gheàrr-chunntas agad.',

  'summary.title': 'Mo gheàrr-chunntas',
  'summary.intro':
    'Seall seo do chuideigin earbsach, no do sheirbheis, gus nach fheum thu do sgeulachd innse ach aon turas.',
  'summary.private':
    'Chan eil dad an seo ga shàbhaladh no ga chur gu àite sam bith. Falbhaidh e nuair a dhùineas tu an duilleag seo no nuair a chleachdas tu “Fàg gu luath”.',
  'summary.heading': 'Mo gheàrr-chunntas bhon lorgair thaic',
  'summary.made': 'Air a dhèanamh: {date}',
  'summary.about': 'Na freagairtean agam',
  'summary.who': 'A’ lorg taic',
  'summary.age': 'Aois',
  'summary.topics': 'Na tha air m’ inntinn',
  'summary.words': 'Nam fhaclan fhèin',
  'summary.now': 'Feum air cuideachadh an-dràsta',
  'summary.how': 'Mar a bu toil leam taic fhaighinn',
  'summary.where': 'Càite',
  'summary.note': 'Na bu toil leam gum biodh fios aca air',
  'summary.noteHint': 'Roghainneil. Sgrìobh na thogras tu, beag no mòr.',
  'summary.saved': 'Seirbheisean a shàbhail mi',
  'summary.noneSaved':
    'Cha deach seirbheis sam bith a shàbhaladh fhathast. Cleachd “Sàbhail gu mo gheàrr-chunntas” air seirbheis.',
  'summary.noAnswers': 'Chan eil freagairt ann fhathast.',
  'summary.yes': 'Tha',
  'summary.no': 'Chan eil',
  'summary.selfOnly': 'Tha mi airson fios a chur thuca mi fhìn',
  'summary.print': 'Clò-bhuail',
  'summary.copy': 'Dèan lethbhreac mar theacsa',
  'summary.copied':
    'Chaidh lethbhreac a dhèanamh den gheàrr-chunntas. Faodaidh tu a chur ann an teachdaireachd no ann an nota.',
  'summary.copyFailed':
    'Cha b’ urrainn dhuinn lethbhreac a dhèanamh. Tagh an teacsa gu h-ìosal is dèan lethbhreac dheth thu fhèin.',
  'summary.clear': 'Glan mo gheàrr-chunntas',
  'summary.remove': 'Thoir air falbh',
  'summary.cleared': 'Chaidh an geàrr-chunntas is na freagairtean agad a ghlanadh.',
  'summary.text': 'An geàrr-chunntas mar theacsa',

  'where.nearMe': 'Cleachd m’ ionad',
  'where.nearMeHint':
    'Cha tèid d’ ionad a chleachdadh ach air an uidheam seo, gus seirbheisean a sheòrsachadh a rèir astair. Cha tèid a chur gu àite sam bith idir.',
  'where.nearMeFound': 'A’ cleachdadh d’ ionad. Tha coltas gur e {area} an sgìre as fhaisge.',
  'where.nearMeFoundNoArea': 'A’ cleachdadh d’ ionad gus seirbheisean a sheòrsachadh a rèir astair.',
  'where.nearMeFailed': 'Cha b’ urrainn dhuinn d’ ionad a lorg. Faodaidh tu sgìre a thaghadh na àite.',
  'where.nearMeStop': 'Na cleachd m’ ionad tuilleadh',

  'detail.who': 'Cò as urrainn fios a chur',
  'detail.referral': 'Tar-chur',
  'detail.directions': 'Mapa is stiùireadh',
  'detail.groups': 'Gu sònraichte airson',
  'detail.level': 'Seòrsa taice',
  'level.self-help': 'Fèin-chuideachadh',
  'level.community': 'Taic sa choimhearsnachd',
  'level.targeted': 'Taic chuimsichte',
  'level.specialist': 'Taic speisealta',
  'group.care-experienced': 'daoine òga le eòlas air cùram',
  'group.lgbtq': 'daoine òga LGBTQ+',
  'group.young-carers': 'luchd-cùraim òga',
  'group.disabled': 'daoine òga ciorramach',
  'group.refugees': 'fògarraich is luchd-iarraidh comraich',
  'group.neurodivergent': 'daoine òga neurodiofarach (neurodivergent)',
  'audience.young-person': 'daoine òga iad fhèin',
  'audience.parent-carer': 'pàrantan is luchd-cùraim',
  'audience.professional': 'luchd-proifeiseanta',
};
