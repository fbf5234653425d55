/**
 * "the Ukrainian and Norwegian teams had finalised the text", "the Polish delegation", "the two sides'
 * negotiators": the people who negotiate for a state act for it, as its leaders do.
 */
export const TEAM_NOUNS = new Set(['team', 'teams', 'delegation', 'delegations', 'negotiators', 'negotiating', 'side', 'sides']);
