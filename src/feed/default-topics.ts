import { messages } from '../i18n/en.ts';
import type { Topic } from './schema.ts';

/**
 * The topics a feed gets when it names none of its own: everyday words, not diagnoses, so a
 * young person recognises what they are going through without needing a label. Keywords carry
 * the clinical and slang words people type, so search still finds them. The English names live in
 * the catalog (`topic.<id>`) beside their translations, so every UI language shows them in its own words.
 */
export const DEFAULT_TOPICS: readonly Topic[] = [
  {
    id: 'feeling-worried',
    name: messages['topic.feeling-worried'],
    keywords: ['anxious', 'anxiety', 'panic', 'panic attacks', 'nervous', 'stress', 'scared', 'fear', 'overthinking'],
  },
  {
    id: 'feeling-low',
    name: messages['topic.feeling-low'],
    keywords: ['sad', 'down', 'depressed', 'depression', 'hopeless', 'unhappy', 'crying', 'empty', 'mood'],
  },
  { id: 'anger', name: messages['topic.anger'], keywords: ['angry', 'temper', 'rage', 'frustrated', 'meltdown'] },
  {
    id: 'friendships',
    name: messages['topic.friendships'],
    keywords: ['friends', 'lonely', 'loneliness', 'isolated', 'fitting in', 'left out'],
  },
  {
    id: 'bullying',
    name: messages['topic.bullying'],
    keywords: ['bullied', 'cyberbullying', 'picked on', 'harassment'],
  },
  {
    id: 'things-at-home',
    name: messages['topic.things-at-home'],
    keywords: ['family', 'parents', 'arguments', 'divorce', 'separation', 'home', 'siblings', 'domestic abuse'],
  },
  {
    id: 'school-stress',
    name: messages['topic.school-stress'],
    keywords: ['exams', 'school', 'college', 'study', 'homework', 'teachers', 'university', 'not going to school'],
  },
  {
    id: 'sleep',
    name: messages['topic.sleep'],
    keywords: ['insomnia', 'cannot sleep', 'tired', 'nightmares', 'sleeping'],
  },
  {
    id: 'eating-body-image',
    name: messages['topic.eating-body-image'],
    keywords: ['eating disorder', 'anorexia', 'bulimia', 'binge', 'body image', 'food', 'weight'],
  },
  {
    id: 'hurting-yourself',
    name: messages['topic.hurting-yourself'],
    keywords: ['self-harm', 'self harm', 'cutting', 'suicidal', 'suicide', 'want to die', 'ending my life'],
  },
  { id: 'loss', name: messages['topic.loss'], keywords: ['grief', 'bereavement', 'death', 'someone died', 'loss'] },
  {
    id: 'identity',
    name: messages['topic.identity'],
    keywords: ['LGBTQ', 'LGBT', 'gay', 'lesbian', 'bisexual', 'trans', 'gender', 'sexuality', 'coming out', 'racism'],
  },
  {
    id: 'relationships-sex',
    name: messages['topic.relationships-sex'],
    keywords: [
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
  },
  {
    id: 'drugs-alcohol',
    name: messages['topic.drugs-alcohol'],
    keywords: ['drinking', 'alcohol', 'drugs', 'cannabis', 'vaping', 'addiction'],
  },
  {
    id: 'something-happened',
    name: messages['topic.something-happened'],
    keywords: ['trauma', 'abuse', 'assault', 'rape', 'violence', 'flashbacks', 'ptsd', 'neglect'],
  },
  {
    id: 'how-i-think',
    name: messages['topic.how-i-think'],
    keywords: ['autism', 'autistic', 'ADHD', 'neurodivergent', 'dyslexia', 'learning disability', 'concentration'],
  },
  {
    id: 'caring',
    name: messages['topic.caring'],
    keywords: ['young carer', 'carer', 'caring', 'looking after'],
  },
  {
    id: 'money-housing',
    name: messages['topic.money-housing'],
    keywords: ['money worries', 'debt', 'benefits', 'food bank', 'homeless', 'nowhere to live', 'housing', 'jobs'],
  },
  {
    id: 'being-online',
    name: messages['topic.being-online'],
    keywords: ['social media', 'gaming', 'online', 'sexting', 'screen time'],
  },
  {
    id: 'parenting',
    name: messages['topic.parenting'],
    keywords: ['parenting', 'parent support', 'behaviour', 'my child', 'my teenager', 'carer support'],
  },
  {
    id: 'wellbeing',
    name: messages['topic.wellbeing'],
    keywords: ['wellbeing', 'mental health', 'someone to talk to', 'confidence', 'self-esteem', 'coping', 'talk'],
  },
];
