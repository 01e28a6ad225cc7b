/**
 * Which chosen topics point to a group that some services are only for (`onlyFor` in the feed).
 * Choosing "Looking after someone at home" says the person may be a young carer; choosing
 * "Something bad happened" does not say they live with domestic abuse, so no topic points there
 * and only the person's own words can (see the lexicons' `groups`).
 */
export const GROUP_TOPICS: Readonly<Record<string, readonly string[]>> = {
  'young-carers': ['caring'],
  bereaved: ['loss'],
  lgbtq: ['identity'],
  neurodivergent: ['how-i-think'],
};

/** The groups the person's answers and own words point to. */
export function pointedGroups(topics: readonly string[], fromWords: readonly string[] = []): Set<string> {
  const groups = new Set(fromWords);
  for (const [group, groupTopics] of Object.entries(GROUP_TOPICS)) {
    if (groupTopics.some((t) => topics.includes(t))) groups.add(group);
  }
  return groups;
}
