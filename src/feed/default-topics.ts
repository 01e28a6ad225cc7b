import type { Topic } from './schema.ts';

/**
 * The topics a feed gets when it names none of its own: everyday words, not diagnoses, so a
 * young person recognises what they are going through without needing a label. Keywords carry
 * the clinical and slang words people type, so search still finds them.
 */
export const DEFAULT_TOPICS: readonly Topic[] = [
  {
    id: 'feeling-worried',
    name: 'Feeling worried or anxious',
    keywords: ['anxious', 'anxiety', 'panic', 'panic attacks', 'nervous', 'stress', 'scared', 'fear', 'overthinking'],
  },
  {
    id: 'feeling-low',
    name: 'Feeling low or sad',
    keywords: ['sad', 'down', 'depressed', 'depression', 'hopeless', 'unhappy', 'crying', 'empty', 'mood'],
  },
  { id: 'anger', name: 'Anger and big feelings', keywords: ['angry', 'temper', 'rage', 'frustrated', 'meltdown'] },
  {
    id: 'friendships',
    name: 'Friendships and feeling lonely',
    keywords: ['friends', 'lonely', 'loneliness', 'isolated', 'fitting in', 'left out'],
  },
  { id: 'bullying', name: 'Bullying', keywords: ['bullied', 'cyberbullying', 'picked on', 'harassment'] },
  {
    id: 'things-at-home',
    name: 'Things at home',
    keywords: ['family', 'parents', 'arguments', 'divorce', 'separation', 'home', 'siblings', 'domestic abuse'],
  },
  {
    id: 'school-stress',
    name: 'School, exams and college',
    keywords: ['exams', 'school', 'college', 'study', 'homework', 'teachers', 'university', 'not going to school'],
  },
  { id: 'sleep', name: 'Sleep', keywords: ['insomnia', 'cannot sleep', 'tired', 'nightmares', 'sleeping'] },
  {
    id: 'eating-body-image',
    name: 'Eating and how I feel about my body',
    keywords: ['eating disorder', 'anorexia', 'bulimia', 'binge', 'body image', 'food', 'weight'],
  },
  {
    id: 'hurting-yourself',
    name: 'Hurting yourself or thoughts of suicide',
    keywords: ['self-harm', 'self harm', 'cutting', 'suicidal', 'suicide', 'want to die', 'ending my life'],
  },
  { id: 'loss', name: 'Losing someone', keywords: ['grief', 'bereavement', 'death', 'someone died', 'loss'] },
  {
    id: 'identity',
    name: 'Who I am: identity, gender and sexuality',
    keywords: ['LGBTQ', 'LGBT', 'gay', 'lesbian', 'bisexual', 'trans', 'gender', 'sexuality', 'coming out', 'racism'],
  },
  {
    id: 'drugs-alcohol',
    name: 'Alcohol and drugs',
    keywords: ['drinking', 'alcohol', 'drugs', 'cannabis', 'vaping', 'addiction'],
  },
  {
    id: 'something-happened',
    name: 'Something bad happened to me',
    keywords: ['trauma', 'abuse', 'assault', 'rape', 'violence', 'flashbacks', 'ptsd', 'neglect'],
  },
  {
    id: 'how-i-think',
    name: 'Autism, ADHD and how my mind works',
    keywords: ['autism', 'autistic', 'ADHD', 'neurodivergent', 'dyslexia', 'learning disability', 'concentration'],
  },
  {
    id: 'caring',
    name: 'Looking after someone at home',
    keywords: ['young carer', 'carer', 'caring', 'looking after'],
  },
  {
    id: 'being-online',
    name: 'Being online and gaming',
    keywords: ['social media', 'gaming', 'online', 'sexting', 'screen time'],
  },
  {
    id: 'parenting',
    name: 'Supporting my child',
    keywords: ['parenting', 'parent support', 'behaviour', 'my child', 'my teenager', 'carer support'],
  },
  {
    id: 'wellbeing',
    name: 'Feeling OK and looking after myself',
    keywords: ['wellbeing', 'mental health', 'someone to talk to', 'confidence', 'self-esteem', 'coping', 'talk'],
  },
];
