import { messages } from '../i18n/en.ts';
import type { Topic } from './schema.ts';

/**
 * The topics a feed gets when it names none of its own: everyday words, not diagnoses, so a
 * young person recognises what they are going through without needing a label. Keywords carry
 * the clinical and slang words people type, so search still finds them. The English names live in
 * the catalog (`topic.<id>`) beside their translations, so every UI language shows them in its own words.
 */
/** Each topic's keywords, by id, in the order the finder offers the topics. */
const KEYWORDS = {
  'feeling-worried': [
    'anxious',
    'anxiety',
    'panic',
    'panic attacks',
    'nervous',
    'stress',
    'scared',
    'fear',
    'overthinking',
  ],
  'feeling-low': ['sad', 'down', 'depressed', 'depression', 'hopeless', 'unhappy', 'crying', 'empty', 'mood'],
  anger: ['angry', 'temper', 'rage', 'frustrated', 'meltdown'],
  friendships: ['friends', 'lonely', 'loneliness', 'isolated', 'fitting in', 'left out'],
  bullying: ['bullied', 'cyberbullying', 'picked on', 'harassment'],
  'things-at-home': ['family', 'parents', 'arguments', 'divorce', 'separation', 'home', 'siblings', 'domestic abuse'],
  'school-stress': ['exams', 'school', 'college', 'study', 'homework', 'teachers', 'university', 'not going to school'],
  sleep: ['insomnia', 'cannot sleep', 'tired', 'nightmares', 'sleeping'],
  'eating-body-image': ['eating disorder', 'anorexia', 'bulimia', 'binge', 'body image', 'food', 'weight'],
  'hurting-yourself': ['self-harm', 'self harm', 'cutting', 'suicidal', 'suicide', 'want to die', 'ending my life'],
  loss: ['grief', 'bereavement', 'death', 'someone died', 'loss'],
  identity: ['LGBTQ', 'LGBT', 'gay', 'lesbian', 'bisexual', 'trans', 'gender', 'sexuality', 'coming out', 'racism'],
  'relationships-sex': [
    'relationships',
    'boyfriend',
    'girlfriend',
    'sex',
    'sexual health',
    'pregnant',
    'pregnancy',
    'contraception',
    'STI',
    'consent',
    'break-up',
  ],
  'drugs-alcohol': ['drinking', 'alcohol', 'drugs', 'cannabis', 'vaping', 'addiction'],
  'something-happened': ['trauma', 'abuse', 'assault', 'rape', 'violence', 'flashbacks', 'ptsd', 'neglect'],
  'how-i-think': ['autism', 'autistic', 'ADHD', 'neurodivergent', 'dyslexia', 'learning disability', 'concentration'],
  caring: ['young carer', 'carer', 'caring', 'looking after'],
  'money-housing': ['money worries', 'debt', 'benefits', 'food bank', 'homeless', 'nowhere to live', 'housing', 'jobs'],
  'being-online': ['social media', 'gaming', 'online', 'sexting', 'screen time'],
  parenting: ['parenting', 'parent support', 'behaviour', 'my child', 'my teenager', 'carer support'],
  wellbeing: ['wellbeing', 'mental health', 'someone to talk to', 'confidence', 'self-esteem', 'coping', 'talk'],
};

export const DEFAULT_TOPICS: readonly Topic[] = (Object.keys(KEYWORDS) as (keyof typeof KEYWORDS)[]).map((id) => ({
  id,
  name: messages[`topic.${id}`],
  keywords: KEYWORDS[id],
}));
