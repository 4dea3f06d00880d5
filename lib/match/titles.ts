/**
 * Words that stand before a person's short name without being part of another name ("President Clinton",
 * "Mr. Smith"): after any other capitalised word a short name is the end of someone else's ("Pamela Colman Smith").
 */
const TITLE_WORDS = `
mr mrs ms miss mx dr prof professor sir dame lord lady president vice premier prime minister chancellor secretary
senator sen rep representative congressman congresswoman governor gov mayor judge justice general gen colonel col
captain capt commander admiral lieutenant lt sergeant sgt major corporal officer chief chairman chairwoman chair
director ambassador envoy commissioner speaker leader deputy king queen prince princess emperor empress pope
cardinal bishop archbishop father rabbi imam sheikh ayatollah coach manager striker goalkeeper midfielder defender
skipper captain coach president-elect former late saint st brother sister uncle aunt
`;

export const TITLES: ReadonlySet<string> = new Set(TITLE_WORDS.split(/\s+/).filter(Boolean));
