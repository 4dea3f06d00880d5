import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract';

const namesOf = (text: string) => extractArticle({ text }).entities.map((entity) => `${entity.type}:${entity.name}`);

describe('words that are never names, and heads that give the type', () => {
  it.each([
    [
      'a pronoun glued to the previous paragraph',
      'Mayor Helena Marsh opened the bridge on Monday.He said the work took two years.',
      ['person:Helena Marsh'],
    ],
    [
      '"US" in capitals is the country, not the pronoun',
      'Mayor Helena Marsh flew to the US on Monday.',
      ['person:Helena Marsh', 'place:United States'],
    ],
    [
      'a "House" is an organisation, not a person',
      'The White House said on Tuesday that Mayor Helena Marsh would visit in May.',
      ['organization:White House', 'person:Helena Marsh'],
    ],
    [
      'a photo credit line is not a person',
      'Credit Harry Campbell\n\nCreditCreditTomas Reyes/The Courier\n\nMayor Helena Marsh opened the bridge.',
      ['person:Helena Marsh'],
    ],
    [
      'nationalities, faiths and party members are groups, not entities',
      'New Zealanders, North Africans, Egyptian Copts and a Virginia Democrat met Mayor Helena Marsh in Westport.',
      ['person:Helena Marsh', 'place:Westport'],
    ],
    [
      'storms, wars and amendments are events and documents, not people',
      'After Hurricane Delia and the First World War, Mayor Helena Marsh cited the First Amendment.',
      ['person:Helena Marsh'],
    ],
    [
      'a weekday or clock word beside a name is a timestamp',
      'Updated 8:15 AM ET. Mayor Helena Marsh was in London Thursday.',
      ['person:Helena Marsh', 'place:London'],
    ],
    [
      'a name met only inside a compound modifier is no entity of the article',
      'A London-based analyst said Mayor Helena Marsh backed the Israel-PLO talks and the U.S.-led force in Westport.',
      ['person:Helena Marsh', 'place:Westport'],
    ],
    [
      'a foreign-looking name where only places go is a place',
      'Mayor Helena Marsh said the yacht was moored in Cap de Morvande on Monday.',
      ['person:Helena Marsh', 'place:Cap de Morvande'],
    ],
    [
      'a firm or a body after "of" is where someone works',
      '“It is a good move,” said Mirek Tavlan of Brenner & Quist. Prices will rise, said Vrenich of the Coastal Farmers Association.',
      [
        'person:Mirek Tavlan',
        'organization:Brenner & Quist',
        'person:Vrenich',
        'organization:Coastal Farmers Association',
      ],
    ],
    [
      "partners' names joined by an ampersand are their firm",
      'Mayor Helena Marsh hired Kravitz & Molen to advise on the bonds.',
      ['person:Helena Marsh', 'organization:Kravitz & Molen'],
    ],
    [
      "a country's short form opens a region's or a body's name, never a person's",
      'Prices in the U.S. Midwest rose and U.S. Treasuries fell, Mayor Helena Marsh said.',
      ['place:U.S. Midwest', 'organization:U.S. Treasuries', 'person:Helena Marsh'],
    ],
    [
      'an adjective between a place and a title belongs to the title',
      'New Zealand Financial Secretary Helena Marsh will visit Westport.',
      ['place:New Zealand', 'person:Helena Marsh', 'place:Westport'],
    ],
    [
      "a town's name that is also a family name, before 'administration', is the leader",
      'Mayor Helena Marsh said the Clinton administration would act, unlike the Kenya administration.',
      ['person:Helena Marsh', 'person:Clinton', 'place:Kenya'],
    ],
    [
      'the body a title is of is named whole',
      'Helena Marsh, Chairman of the National Election Commission, said 96 members voted.',
      ['person:Helena Marsh', 'organization:National Election Commission'],
    ],
    [
      'where a quoted source works is a body',
      '“It will fall,” said Helena Marsh, at Kestrova in Westport.',
      ['person:Helena Marsh', 'organization:Kestrova', 'place:Westport'],
    ],
    [
      'a plural place noun and "of" name every place of the list after it',
      'Mayor Helena Marsh said delegates from the provinces of Kestova, Malbrin and Tarsek will come first.',
      ['person:Helena Marsh', 'place:Kestova', 'place:Malbrin', 'place:Tarsek'],
    ],
    [
      "a town's name before its club's people is the club",
      'Westport striker Helena Marsh and Carlton defender Ann Reid were called up.',
      ['organization:Westport', 'person:Helena Marsh', 'organization:Carlton', 'person:Ann Reid'],
    ],
    [
      "a town's someone, named in full, plays for its club",
      "Carlton's Helena Marsh scored twice in the 3-1 win.",
      ['organization:Carlton', 'person:Helena Marsh'],
    ],
    [
      '"Co." and an embassy make an organisation',
      'Mayor Helena Marsh said Remain Co. would pay, and protesters marched on the U.S. Embassy.',
      ['person:Helena Marsh', 'organization:Remain Co.', 'organization:U.S. Embassy'],
    ],
    [
      'a company is known by what follows it: shareholders, "-owned", "the X said"',
      'Mayor Helena Marsh said Harlow shareholders and Kroger-owned stores would gain. The Lantern portfolio stays.',
      ['person:Helena Marsh', 'organization:Harlow', 'organization:Kroger'],
    ],
    [
      '"X of Y" after a first name is a person and where they come from',
      'Senator Mitch Calloway of Kentucky met Jamie Werner of Ngātiwai in Whangārei.',
      ['person:Mitch Calloway', 'place:Kentucky', 'person:Jamie Werner', 'place:Whangārei'],
    ],
    [
      'an organisation keeps its "on" and "and": Council on Foreign Relations',
      'Mayor Helena Marsh addressed the Council on Foreign Relations and the World Travel and Tourism Council.',
      [
        'person:Helena Marsh',
        'organization:Council on Foreign Relations',
        'organization:World Travel and Tourism Council',
      ],
    ],
    [
      'a "State" that is not a place is a group',
      'Mayor Helena Marsh said the Islamic State had never reached Washington State.',
      ['person:Helena Marsh', 'organization:Islamic State', 'place:Washington State'],
    ],
    [
      'a word in capitals for emphasis, or a line in capitals, is not an acronym',
      'EXCLUSIVE\n\nA HIGH-powered team led by Mayor Helena Marsh found the dress STOLEN.\n\nLAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR',
      ['person:Helena Marsh'],
    ],
    [
      'a head word alone ("the Council", "the Post") names no one; "Congress" does',
      'Mayor Helena Marsh told the Council and the Post that Congress would decide.',
      ['person:Helena Marsh', 'organization:Congress'],
    ],
    [
      'a lowercase place noun after a name makes it a place, and the same place as its capitalised form',
      'Whales stranded on the South Taranaki coast and on Ninety Mile beach, Mayor Helena Marsh said. Ninety Mile Beach is closed.',
      ['place:South Taranaki', 'place:Ninety Mile Beach', 'person:Helena Marsh'],
    ],
    [
      'a lowercase body noun after a name makes it an organisation, but not a family name',
      'Mayor Helena Marsh thanked the Manu Taupunga group and the Marsh family.',
      ['person:Helena Marsh', 'organization:Manu Taupunga'],
    ],
    [
      'place heads and first words: Cape, Strip, Locks; the start of a place name is a place',
      'Mayor Helena Marsh flew from Cape Canaveral to the Las Vegas Strip, then home to Las Vegas and the Ballard Locks.',
      [
        'person:Helena Marsh',
        'place:Cape Canaveral',
        'place:Las Vegas Strip',
        'place:Las Vegas',
        'place:Ballard Locks',
      ],
    ],
    [
      '"Sam’s Club" is one name, but "Paris’s Boulevard Montmartre" is two',
      'Mayor Helena Marsh shops at Sam’s Club and walks on Paris’s Boulevard Montmartre.',
      ['person:Helena Marsh', 'organization:Sam’s Club', 'place:Paris', 'place:Boulevard Montmartre'],
    ],
    [
      'a country\'s short form owning a place is two names too: "Britain\'s Channel Islands"',
      "The ferry caught fire after leaving Guernsey in Britain's Channel Islands, police said.",
      ['place:Guernsey', 'place:United Kingdom', 'place:Channel Islands'],
    ],
    [
      'a byline role is a title: "Aerospace Writer Marcia Dunn"',
      'The rocket failed on Thursday, AP Aerospace Writer Marcia Dunn reported from Moscow.',
      ['organization:AP', 'person:Marcia Dunn', 'place:Moscow'],
    ],
    [
      'a given name alone that English does not have is someone, not a body',
      'Both Wilhelmina and the Kestrel council backed the plan, Mayor Helena Marsh said.',
      ['person:Wilhelmina', 'person:Helena Marsh'],
    ],
    [
      "a company's short name is the company, even when it reads as someone's name",
      'Harlan Wexford Inc said on Monday it would close the mill. Harlan Wexford said the plant lost money.',
      ['organization:Harlan Wexford Inc'],
    ],
    [
      'a word news sets a body noun before is a body, though it speaks: "the newspaper Zorvath said"',
      'The evening newspaper Zorvath reported on Saturday that the port was closed. Zorvath said the order came from Mayor Helena Marsh.',
      ['organization:Zorvath', 'person:Helena Marsh'],
    ],
    [
      "where a named person works is a body, though its name reads as someone's",
      'Prices will rise, said Arthur Quinlan of Hartley Grant.',
      ['person:Arthur Quinlan', 'organization:Hartley Grant'],
    ],
    [
      'a place noun\'s "of" names a place, though its words read as someone\'s',
      'Talks were held in the farming town of Karin Rovic, Mayor Helena Marsh said.',
      ['place:Karin Rovic', 'person:Helena Marsh'],
    ],
    [
      'names listed before a plural place noun, and a name just north of somewhere, are places',
      'The Ravik and Zelbor rivers flooded the camp just north of Tarvu, Mayor Helena Marsh said.',
      ['place:Ravik', 'place:Zelbor', 'place:Tarvu', 'person:Helena Marsh'],
    ],
    [
      'a title or a name ending in -ing opens a sentence as a name; an English -ing word does not',
      'King Tarvend left Nepal on Friday. Kimberly Vane met him. Flying home, he thanked Mayor Helena Marsh.',
      ['person:Tarvend', 'place:Nepal', 'person:Kimberly Vane', 'person:Helena Marsh'],
    ],
    [
      'a body with its "of", a title and a name: three parts, not one body',
      'Kestrel Bank of Ruvia Governor Tomas Varga spoke. So did the Zorva League of Prime Minister Sheikh Amira Dahl.',
      ['organization:Kestrel Bank of Ruvia', 'person:Tomas Varga', 'organization:Zorva League', 'person:Amira Dahl'],
    ],
    [
      'a country and an acronym side by side are two names',
      'Analysts expect Mexico GDP to grow, and India RBI policy to ease, Mayor Helena Marsh said.',
      ['place:Mexico', 'place:India', 'organization:RBI', 'person:Helena Marsh'],
    ],
    [
      "a town's name where no place goes is the company named after it",
      'The offer for Arequipa Resources Ltd succeeded, Mayor Helena Marsh said. Arequipa shares rose.',
      ['organization:Arequipa Resources Ltd', 'person:Helena Marsh'],
    ],
    [
      'economic acronyms and letter-number codes are figures, not bodies',
      'Figures showed CPI up and M2 money supply flat, while H1 EPS fell, Mayor Helena Marsh said.',
      ['person:Helena Marsh'],
    ],
    [
      'a name the article shortens to its initials is a body',
      'Industry analysts Harwell Lomax Economics (HLE) said on Wednesday prices would rise. HLE repeated its view.',
      ['organization:Harwell Lomax Economics'],
    ],
    [
      "a known place stays a place after a title, and after a compass point's initial",
      'She was Miss Poland in 1991 and toured S. Africa, Mayor Helena Marsh said.',
      ['place:Poland', 'place:S. Africa', 'person:Helena Marsh'],
    ],
    [
      'a known place with words for a part of it or its people is a place',
      'Shopkeepers in Arab East Jerusalem closed as unrest spread across the North Caucasus, Mayor Helena Marsh said.',
      ['place:Arab East Jerusalem', 'place:North Caucasus', 'person:Helena Marsh'],
    ],
    [
      'the second of two names a place preposition takes is a place too',
      'Losses rose at estates in Hub and Zaroon, Mayor Helena Marsh said.',
      ['place:Hub', 'place:Zaroon', 'person:Helena Marsh'],
    ],
    [
      'every name of a list a body noun opens is a body',
      'Positive views from investment banks Harlan Wexford and Tomas Varga lifted shares, Mayor Helena Marsh said.',
      ['organization:Harlan Wexford', 'organization:Tomas Varga', 'person:Helena Marsh'],
    ],
    [
      '"Miss" before an everyday word no one is named makes a contest, not a person',
      'She won Miss Universe after Miss Teen, Mayor Helena Marsh said.',
      ['person:Helena Marsh'],
    ],
    [
      'a family named after someone the article names in full is people, not a body',
      'Senator Tracy Zelbrook spoke on Monday. The Zelbrooks walked on to the stage with Mayor Helena Marsh.',
      ['person:Tracy Zelbrook', 'person:Zelbrooks', 'person:Helena Marsh'],
    ],
    [
      "a body noun before a town's name makes it the body's",
      'Shares in the supermarkets group Carrefour gained 2 percent, Mayor Helena Marsh said.',
      ['organization:Carrefour', 'person:Helena Marsh'],
    ],
    [
      'after an article, a name with a place or an "of" in it is a body, not a product',
      'The Miami Herald reported on Monday that the Confederation of Ruvian Industry had met, Mayor Helena Marsh said.',
      ['organization:Miami Herald', 'organization:Confederation of Ruvian Industry', 'person:Helena Marsh'],
    ],
    [
      'two English words run together opening a sentence are a noun, not a name',
      'Soyoil prices fell on poor demand. Rapeseed extraction was steady, Mayor Helena Marsh said.',
      ['person:Helena Marsh'],
    ],
    [
      "a paper's name ends in its masthead noun: Daily, Gazette, Herald",
      "The People's Daily said on Monday that the Kestrel Gazette had closed, Mayor Helena Marsh said.",
      ["organization:People's Daily", 'organization:Kestrel Gazette', 'person:Helena Marsh'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(namesOf(text).sort()).toEqual([...expected].sort());
  });
});

describe('companies are the subject of corporate verbs; capitalised phrases are not people', () => {
  it.each([
    ['a company that ships', 'Back then Apple shipped its first phone.', ['organization:Apple']],
    ['shares of a company', 'Shares of Yahoo rose on Monday.', ['organization:Yahoo']],
    [
      'a company at a sentence start that announces',
      'Amazon announced a new store in Seattle.',
      ['organization:Amazon', 'place:Seattle'],
    ],
    ['a partner company', 'The firm partnered with Zeiss last year.', ['organization:Zeiss']],
    ['a known surname announcing stays a person', 'The plan came after Obama announced it.', ['person:Obama']],
    ['a label is no one', 'Most fish carry Certified Sustainable Seafood labels now.', []],
    ['a site is no one', 'Prices rose, according to Yahoo Finance data.', []],
    [
      'unknown words with a person context are someone',
      'Lotfi Azzouz, a tour guide, said it was quiet.',
      ['person:Lotfi Azzouz'],
    ],
    ['a Mc surname is a name', 'The boat is co-owned with Rolfe McCartney.', ['person:Rolfe McCartney']],
  ])('%s', (_, text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('long names: inner words, "for … and …" bodies, hyphened particles', () => {
  it.each([
    [
      'a word inside a long name is no alias without "the"',
      'Bob Alverson sits on the International Pacific Halibut Commission, which sets limits. Pacific halibut is scarce.',
      'International Pacific Halibut Commission',
      [],
    ],
    [
      'the first word of a long name stands for it',
      'The Bardo National Museum reopened on Monday. Bardo staff returned.',
      'Bardo National Museum',
      ['Bardo'],
    ],
    [
      'a "for … and …" body name is one name',
      'Eric Reeves works at the François-Xavier Bagnoud Center for Health and Human Rights at Harvard University.',
      'François-Xavier Bagnoud Center for Health and Human Rights',
      [],
    ],
    [
      'al- belongs to the family name, so "Mr. Bashir" is the same man',
      'The court charged Omar Hassan al-Bashir in 2009. Mr. Bashir said no.',
      'Omar Hassan al-Bashir',
      ['Bashir'],
    ],
    [
      'an "and" body goes on past "and" when a weekday follows it',
      'The Securities and Exchange Commission Wednesday approved rules designed to protect investors.',
      'Securities and Exchange Commission',
      [],
    ],
    [
      "a country's name is no clipped form of a body opening with its demonym",
      'Jordan has asked an Iraqi diplomat to leave. The Jordanian Arab Socialist Baath Party protested.',
      'Jordanian Arab Socialist Baath Party',
      [],
    ],
  ])('%s', (_, text, name, aliases) => {
    const entity = extractArticle({ text }).entities.find((e) => e.name === name);
    expect(entity?.aliases).toEqual(aliases);
  });
});

describe('an appositive that names a body is no person evidence', () => {
  it.each([
    [
      'a group described as an organisation',
      'The state banned Ansar al-Sharia, an al-Qaeda-linked organization, last year.',
      ['organization:Ansar al-Sharia'],
    ],
    ['a person described by a job', 'Lotfi Azzouz, a tour guide, said it was quiet.', ['person:Lotfi Azzouz']],
  ])('%s', (_, text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('acronyms for things are not organisations', () => {
  it.each([
    ['a TV', 'It will make a great TV, said Alex Heath.', ['person:Alex Heath']],
    ['hardware words', 'The PC has more RAM and a faster GPU than the Sony console.', ['organization:Sony']],
    ['a body acronym stays', 'The NBA said the games would go on.', ['organization:NBA']],
  ])('%s', (_, text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('made things and model numbers are none of our types', () => {
  it.each([
    ['a newsletter', 'Sign up for Command Line, a paid weekly newsletter from Alex Heath.', ['person:Alex Heath']],
    ['a part with a model number', 'It has 12GB of GDDR5 RAM, a 1 terabyte hard drive.', []],
    ['a war', 'The game is set in WW2 and sold well.', []],
  ])('%s', (_, text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('a place before a new clause is not described by it', () => {
  it('keeps "Alaska" in "Kodiak, Alaska, the Polaris makes a series of trips"', () => {
    expect(namesOf('From a base in Kodiak, Alaska, the Polaris makes a series of trips.')).toContain('place:Alaska');
  });
});

describe('person evidence from a role set off by commas, and Lower/Upper places', () => {
  it.each([
    [
      'a role before the comma',
      'The priest, Fidelis Mukonori, is acting as a middle-man.',
      ['person:Fidelis Mukonori'],
    ],
    ['Lower Manhattan is a place', 'The pipes under Lower Manhattan are old.', ['place:Lower Manhattan']],
  ])('%s', (_, text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('a name set before its state or country is a town there', () => {
  it.each([
    ['Brandvale, Manitoba, was the cold spot of the week, forecasters said.', 'place:Brandvale'],
    ['The firm has plants in Ohio; Arkhoven, N.C.; and Mexico.', 'place:Arkhoven'],
    ['The train runs between St. Kelvoy, Vermont, and Boston.', 'place:St. Kelvoy'],
  ])('%s', (text, town) => {
    expect(namesOf(text)).toContain(town);
  });

  it('but not someone the text says is a person', () => {
    expect(namesOf('Mayor Helena Marsh, Manitoba, said the roads were closed.')).toContain('person:Helena Marsh');
  });
});

describe('a compass word before a country names a part of it, one place', () => {
  it.each([
    ['Rainfall in Western Ukraine delayed the harvest, officials said.', 'place:Western Ukraine'],
    ['The oilfield lies in the former South Yemen, officials said.', 'place:South Yemen'],
    ['Land was returned in regions like Southeastern Bulgaria, officials said.', 'place:Southeastern Bulgaria'],
  ])('%s', (text, place) => {
    expect(namesOf(text)).toEqual([place]);
  });
});

describe("a Romance saint's, mount's or port's word opens a town's name", () => {
  it.each([
    ['The photographs were taken some 15 km from Monte Carlo on Wednesday.', 'place:Monte Carlo'],
    ['The Guelfs lost the battle of Monte Varello in 1260.', 'place:Monte Varello'],
    ['Fishermen sailed from Puerto Velaz on Monday.', 'place:Puerto Velaz'],
  ])('%s', (text, place) => {
    expect(namesOf(text)).toContain(place);
  });

  it("but a known town's name with another word after it is not the town", () => {
    expect(namesOf('The San Diego Padres beat Chicago on Sunday.')).not.toContain('place:San Diego Padres');
  });
});

describe('a place before a party member names the place', () => {
  it('"the Texas Republican" is from Texas', () => {
    expect(namesOf('Mayor Helena Marsh met the Texas Republican at a dinner on Monday.')).toEqual([
      'person:Helena Marsh',
      'place:Texas',
    ]);
  });

  it('a plural after a town may be its team', () => {
    expect(namesOf('Mayor Helena Marsh cheered the Cleveland Indians on Monday.')).not.toContain('place:Cleveland');
  });
});

describe("a town's name that is the family name of someone named in full", () => {
  it.each([
    [
      'is that person where no place goes',
      'Gareth Pennington stood on the touchline.\n\n"People keep asking me if we are frightened," said Pennington, 52.',
      ['person:Gareth Pennington'],
    ],
    [
      '... but stays the town where a place goes',
      'Gareth Pennington stood on the touchline.\n\nThe team trained in Pennington on Monday.',
      ['person:Gareth Pennington', 'place:Pennington'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe('a programme is a body', () => {
  it.each([
    ['the World Food Programme said on Monday it had begun dropping food.', 'organization:World Food Programme'],
    [
      'The United Nations Development Program, which runs water projects, welcomed it.',
      'organization:United Nations Development Program',
    ],
  ])('%s', (text, expected) => {
    expect(namesOf(`Aid arrived in Namacurra on Sunday, and ${text}`)).toContain(expected);
  });
});

describe("a town's name with Town or City", () => {
  it.each([
    ['Harrogate Town beat Lincoln City 2-1 on Saturday.', ['organization:Harrogate Town', 'organization:Lincoln City']],
    ['Rain fell on Mexico City and Kansas City on Saturday.', ['place:Mexico City', 'place:Kansas City']],
  ])('is its club, unless a place of its own: %s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe('aliases', () => {
  it('a given name that is a function word is no alias ("An" of "An Marchal")', () => {
    const text =
      'He admitted kidnapping two girls, An Marchal and Eefje Lambrecks, a year ago.\n\nPolice said An and Eefje were last seen in August.';
    const marchal = extractArticle({ text }).entities.find((e) => e.name === 'An Marchal');
    expect(marchal).toBeDefined();
    expect(marchal?.aliases).not.toContain('An');
  });
});

describe('what a body is named after', () => {
  it('"the Amazon" is no short form of the "Amazon Affairs Department"', () => {
    const text =
      'Hovercraft will soon ply the waters of the Amazon, the government said.\n\nBrazil’s Amazon Affairs Department said in a statement that two would arrive by December.';
    const department = extractArticle({ text }).entities.find((e) => e.name === 'Amazon Affairs Department');
    expect(department).toBeDefined();
    expect(department?.aliases).not.toContain('Amazon');
  });

  it('a company’s first word still stands for it', () => {
    const text =
      'Daewoo Electronics Company said on Monday it would build a plant.\n\nDaewoo said the plant would open in May.';
    expect(extractArticle({ text }).entities.find((e) => e.name === 'Daewoo Electronics Company')?.aliases).toContain(
      'Daewoo',
    );
  });
});
