/**
 * What people type into "in your own words", and the topics a careful human would suggest.
 * Written as people write: typos, whole sentences, no capitals, stop-word-heavy phrases, and
 * one- and two-character Chinese words. An empty list means nothing should be suggested.
 */
export interface TopicQuery {
  lang: string;
  query: string;
  topics: string[];
}

const W = 'feeling-worried';
const LOW = 'feeling-low';
const HOME = 'things-at-home';
const SCHOOL = 'school-stress';
const HURT = 'hurting-yourself';
const EAT = 'eating-body-image';
const HAPPENED = 'something-happened';
const ONLINE = 'being-online';
const MIND = 'how-i-think';
const DRUGS = 'drugs-alcohol';

const en = (query: string, ...topics: string[]): TopicQuery => ({ lang: 'en', query, topics });
const pl = (query: string, ...topics: string[]): TopicQuery => ({ lang: 'pl', query, topics });
const uk = (query: string, ...topics: string[]): TopicQuery => ({ lang: 'uk', query, topics });
const ar = (query: string, ...topics: string[]): TopicQuery => ({ lang: 'ar', query, topics });
const zh = (query: string, ...topics: string[]): TopicQuery => ({ lang: 'zh-Hans', query, topics });

export const TOPIC_QUERIES: readonly TopicQuery[] = [
  // Typos and single words.
  en('anxeity', W),
  en('stressed', W),
  en('depresed', LOW),
  en('lonley', 'friendships'),
  en('bulied at school', 'bullying', SCHOOL),
  en('worryed', W),
  en('insomnia', 'sleep'),
  en('grief', 'loss'),
  en('vaping', DRUGS),
  en('self-harm', HURT),
  en('bereavement', 'loss'),
  en('lgbt', 'identity'),
  en('drunk', DRUGS),
  en('neglected', HAPPENED),
  en('dyslexia', MIND),
  en('frustrated', 'anger'),
  en('Feeling down', LOW),
  // Stop-word-heavy input suggests nothing.
  en('and'),
  en('her'),
  en('and the'),
  en('the and of to in'),
  en('what is this for'),
  // Everyday sentences.
  en('my dad hits me', HAPPENED),
  en("can't sleep", 'sleep'),
  en('nobody likes me', 'friendships'),
  en('fighting at home', HOME),
  en('my gran died', 'loss'),
  en('cutting her arms', HURT),
  en('she wont settle at night and has nightmares', 'sleep'),
  en('sad and lonely', LOW, 'friendships'),
  en('I feel really anxious about my exams', W, SCHOOL),
  en('i have panic attacks on the bus', W),
  en('my mum drinks too much', DRUGS),
  en('my parents are getting divorced', HOME),
  en('I get bullied online', 'bullying'),
  en('I think I might be gay', 'identity'),
  en("I'm not sure about my gender", 'identity'),
  en('i want to die', HURT),
  en("I've been self harming", HURT),
  en('I hate my body', EAT),
  en("I've stopped eating", EAT),
  en('I think I have ADHD', MIND),
  en('my son is autistic', MIND),
  en('I look after my mum because she is ill', 'caring'),
  en("I'm a young carer", 'caring'),
  en('I spend all night gaming', ONLINE),
  en("I'm so angry all the time", 'anger'),
  en('I lose my temper and punch walls', 'anger'),
  en('I have no friends at school', 'friendships', SCHOOL),
  en('I was abused', HAPPENED),
  en('someone touched me and I feel dirty', HAPPENED),
  en('I keep having flashbacks', HAPPENED),
  en('I need someone to talk to', 'wellbeing'),
  en('struggling with my mental health', 'wellbeing'),
  en('my child has tantrums', 'anger', 'parenting'),
  en('parenting advice for teenagers', 'parenting'),
  en('exam stress', W, SCHOOL),
  en('failing my exams', SCHOOL),
  en("I can't stop crying", LOW),
  en('I feel empty', LOW),
  en('there is no point anymore', LOW),
  en("I don't want to live anymore", HURT),
  en('people at school call me names', 'bullying', SCHOOL),
  en('I got kicked out', HOME),
  en('my stepdad shouts at me', HOME),
  en('I smoke weed every day', DRUGS),
  en('i think im addicted to my phone', ONLINE),
  en("i'm scared of my dad", HAPPENED, W),
  en('nightmares about the war', 'sleep', HAPPENED),
  en('my friend is self harming', HURT),
  en('my brother died last year', 'loss'),
  en('i cant concentrate in class', MIND, SCHOOL),
  en("I'm being picked on", 'bullying'),
  en('I feel fat and ugly', EAT),
  en("I'm transgender", 'identity'),
  en('racist comments at school', 'identity', SCHOOL),
  en('my mum has cancer and I look after her', 'caring'),
  en('we might lose our house', HOME),
  en('im always tired', 'sleep'),
  en('I keep overthinking everything', W),
  en('social media makes me feel bad', ONLINE),
  en("my daughter won't go to school", SCHOOL),
  en("heart racing and can't breathe", W),
  en('suicidal thoughts', HURT),
  // Written after the lexicon and not used to tune it, as a check on over-fitting.
  en("I'm worried about my little brother", W),
  en('getting picked on for being gay', 'bullying', 'identity'),
  en('my mum and dad are always shouting', HOME),
  en('i feel like everyone hates me', 'friendships', LOW),
  en('really struggling to get out of bed', LOW),
  en("i've been drinking a lot", DRUGS),
  en("can't stop thinking about what happened", HAPPENED),
  en("my foster carer doesn't understand me", HOME),
  en('no one to talk to', 'friendships', 'wellbeing'),
  en('my grandad passed away', 'loss'),
  en('i get really nervous before tests', W, SCHOOL),
  en('my teacher says I might be dyslexic', MIND),
  en("my parents don't accept me for who I am", 'identity', HOME),
  en("I'm being sent horrible messages", 'bullying'),
  en('had a car accident and keep reliving it', HAPPENED),
  en('I throw up after eating', EAT),
  en('i hate how i look', EAT),
  en('my girlfriend hits me', HAPPENED),
  en('feeling hopeless', LOW),
  en('my kid is on screens all day', ONLINE),
  // Polish.
  pl('lęk', W),
  pl('mam ataki paniki', W),
  pl('nie mogę spać', 'sleep'),
  pl('jestem smutna', LOW),
  pl('nikt mnie nie lubi', 'friendships'),
  pl('rodzice się kłócą', HOME),
  pl('stres przed egzaminami', W, SCHOOL),
  pl('tata mnie bije', HAPPENED),
  pl('dokuczają mi w szkole', 'bullying', SCHOOL),
  pl('chcę umrzeć', HURT),
  pl('moja babcia zmarła', 'loss'),
  pl('samotność', 'friendships'),
  pl('depresja', LOW),
  pl('tne sie', HURT),
  pl('i w z na'),
  // Ukrainian.
  uk('тривога', W),
  uk('мені сумно', LOW),
  uk('не можу спати', 'sleep'),
  uk("тато б'є мене", HAPPENED),
  uk('батьки сваряться', HOME),
  uk('мене цькують у школі', 'bullying', SCHOOL),
  uk('хочу померти', HURT),
  uk('самотність', 'friendships'),
  uk('іспити', SCHOOL),
  uk('війна', HAPPENED),
  uk('і та в'),
  // Arabic.
  ar('قلق', W),
  ar('أشعر بالقلق', W),
  ar('لا أستطيع النوم', 'sleep'),
  ar('أبي يضربني', HAPPENED),
  ar('حزين جدا', LOW),
  ar('التنمر في المدرسة', 'bullying', SCHOOL),
  ar('أريد أن أموت', HURT),
  ar('توفي جدي', 'loss'),
  ar('وحيد', 'friendships'),
  ar('في من على'),
  // Chinese: one- and two-character words, and short sentences.
  zh('焦虑', W),
  zh('怕', W),
  zh('哭', LOW),
  zh('累', 'sleep'),
  zh('失眠', 'sleep'),
  zh('我很难过', LOW),
  zh('我睡不着', 'sleep'),
  zh('考试压力很大', SCHOOL, W),
  zh('被欺负', 'bullying'),
  zh('我想死', HURT),
  zh('爸爸打我', HAPPENED),
  zh('没有朋友', 'friendships'),
  zh('的了'),
];
