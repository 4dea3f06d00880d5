import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract';

const roleOf = (text: string, name: string) =>
  extractArticle({ text }).entities.find((entity) => entity.name === name)?.description;

describe('a role is the noun phrase around the name, never the clause before it', () => {
  it.each([
    [
      'Reuters reported on Monday that former security chief Emmerson Mnangagwa had returned.',
      'Emmerson Mnangagwa',
      'former security chief',
    ],
    ['The bug was found by Pakistan-based developer Ammar Askar last week.', 'Ammar Askar', 'Pakistan-based developer'],
    ['Mayor Helena Marsh arrived with his first wife Sally Marsh on Monday.', 'Sally Marsh', 'his first wife'],
    ['The winners are cabinet ministers Jonathan Moyo and Saviour Kasukuwere.', 'Jonathan Moyo', 'cabinet ministers'],
    [
      'Ingrid Solberg, a marine biologist at the University of Bergen, said the ice had gone.',
      'Ingrid Solberg',
      'marine biologist at the University of Bergen',
    ],
    [
      'The company said on Monday that its managing director John Smith would retire next year.',
      'John Smith',
      'its managing director',
    ],
    ['Republican Bob Dole named his running mate Jack Kemp on Saturday.', 'Jack Kemp', 'his running mate'],
    [
      'The rebels are led by Jalal Talabani, leader of the Patriotic Union of Kurdistan (PUK), who vowed to fight on.',
      'Jalal Talabani',
      'leader of the Patriotic Union of Kurdistan',
    ],
    [
      'Hong Bui, vice president of engineering after serving as a senior engineer at JavaSoft, said they would hire.',
      'Hong Bui',
      'vice president of engineering',
    ],
    [
      '"People keep asking," said Gareth Pennington, 52, a former Carlisle United defender who has been the manager since 2016.',
      'Gareth Pennington',
      'former Carlisle United defender',
    ],
    [
      'Nathan Kerslake, who was the foundation’s finance manager from 2015 until his arrest, created fake suppliers.',
      'Nathan Kerslake',
      'foundation’s finance manager',
    ],
    [
      'Hinckley shot Reagan to impress Jodie Foster, an actress he never met but with whom he was obsessed.',
      'Jodie Foster',
      undefined,
    ],
  ])('%s → %s: %s', (text, name, role) => {
    expect(roleOf(text, name)).toBe(role);
  });
});

describe('a role given by a verb: appointed, became, who chairs', () => {
  it.each([
    [
      'Kauri Parata was named chair of the Ngātiwai Trust Board on Monday.',
      'Kauri Parata',
      'chair of the Ngātiwai Trust Board',
    ],
    [
      'Kauri Parata, chair of the Ngātiwai Trust Board, said it would open.',
      'Kauri Parata',
      'chair of the Ngātiwai Trust Board',
    ],
    [
      'Kauri Parata, the chair of the Ngātiwai Trust Board, said it would open.',
      'Kauri Parata',
      'chair of the Ngātiwai Trust Board',
    ],
    [
      'Kauri Parata, who chairs the Ngātiwai Trust Board, said it would open.',
      'Kauri Parata',
      'chair of the Ngātiwai Trust Board',
    ],
    [
      'Helen Moss became director of the Sorrel Institute in 2019, the board said.',
      'Helen Moss',
      'director of the Sorrel Institute',
    ],
    [
      'Helen Moss has been appointed treasurer of the Sorrel Institute.',
      'Helen Moss',
      'treasurer of the Sorrel Institute',
    ],
  ])('%s → %s: %s', (text, name, role) => {
    expect(roleOf(text, name)).toBe(role);
  });
});

describe('a role opened by a place name, and no role cut from a prepositional phrase', () => {
  it.each([
    [
      '"It was bad," said Lotfi Azzouz, Tunisia country director for Amnesty International, a London-based rights group.',
      'Lotfi Azzouz',
      'Tunisia country director for Amnesty International',
    ],
    ['They were careless while they were in power, Azzouz said. Lotfi Azzouz left.', 'Lotfi Azzouz', undefined],
  ])('%s → %s: %s', (text, name, role) => {
    expect(roleOf(text, name)).toBe(role);
  });
});

describe('an owned role before a comma survives a preposition', () => {
  it('"with his 22-year-old son, Te Kaurinui Parata" gives "his 22-year-old son"', () => {
    expect(roleOf('Hori Parata came with his 22-year-old son, Kauri Parata, on Monday.', 'Kauri Parata')).toBe(
      'his 22-year-old son',
    );
  });
});

describe('a clause after a name is no role', () => {
  it('"X, Uber has deliberately ignored city regulators" gives no role', () => {
    expect(roleOf('So wrote Alexis Madrigal, Uber has deliberately ignored city regulators.', 'Alexis Madrigal')).toBe(
      undefined,
    );
  });
});

describe('a role is a job or title, not a whole relative clause', () => {
  it('an appositive role stops before its relative clause', () => {
    expect(
      roleOf(
        'Ingrid Solberg, a marine biologist at the University of Bergen who led the survey, said so.',
        'Ingrid Solberg',
      ),
    ).toBe('marine biologist at the University of Bergen');
  });

  it('"who owns a bakery" makes its owner', () => {
    expect(roleOf('Gloria Méndez, who owns a bakery on River Street, said it was quiet.', 'Gloria Méndez')).toBe(
      'owner of a bakery on River Street',
    );
  });

  it('a clause that names no job is no role', () => {
    expect(
      roleOf(
        'Ana Silva, who has led the city since 2010 and faces an election next year, said it was ready.',
        'Ana Silva',
      ),
    ).toBeUndefined();
  });
});

describe('speakers', () => {
  const quotesOf = (text: string) => {
    const kb = extractArticle({ text });
    return kb.quotes.map((q) => [q.text, kb.entities.find((e) => e.id === q.speakerId)?.name ?? null]);
  };

  it('a participial phrase between speaker and quote', () => {
    expect(
      quotesOf(
        'Foreign Minister Yevgeny Primakov, speaking separately in Moscow, called it "a step in the right direction."',
      ),
    ).toEqual([['a step in the right direction.', 'Yevgeny Primakov']]);
  });

  it('a body that speaks in a statement', () => {
    expect(quotesOf('"We will not give in to pressure," the Foreign Ministry said in a statement on Monday.')).toEqual([
      ['We will not give in to pressure', 'Foreign Ministry'],
    ]);
  });

  it('a quote over two paragraphs', () => {
    expect(
      quotesOf(
        '"The first part of the quote goes here.\n\n"And it continues in this second paragraph," said Mayor Ana Silva.',
      ),
    ).toEqual([
      ['The first part of the quote goes here.', 'Ana Silva'],
      ['And it continues in this second paragraph', 'Ana Silva'],
    ]);
  });

  it.each<[string, string, string | null]>([
    [
      'a job between the verb and the name',
      '"The storm is getting stronger and stronger," said hurricane forecaster Lixion Avila.',
      'Lixion Avila',
    ],
    [
      'a whole job phrase, possessive included',
      '"We are stubborn and will persist until our demands are met," said the factory\'s union secretary Dragutin Stanojlovic.',
      'Dragutin Stanojlovic',
    ],
    [
      'a body and its title before the name',
      '"These rules are intended to empower all investors," said SEC Chairman Arthur Levitt.',
      'Arthur Levitt',
    ],
    [
      'an age where the job would be',
      '"They rammed our shacks with jeeps and destroyed the shack," said 25-year-old Amina Muhammad.',
      'Amina Muhammad',
    ],
    [
      'not whoever a job is for: the lawyer speaks, not the client',
      'Oscar Pratt was charged on Monday.\n\n"My client will plead not guilty in court," said a lawyer for Oscar Pratt.',
      null,
    ],
  ])('a job before the name after the verb: %s', (_label, text, speaker) => {
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0][1]).toBe(speaker);
  });

  it.each<[string, string, string]>([
    [
      'a surname that is also an English word',
      'Vice President Al Gore spoke in Chicago.\n\n"The choice has never been starker," Gore said.',
      'Al Gore',
    ],
    [
      'a surname two people share: the one named last',
      'Hillary Rodham Clinton met voters. President Bill Clinton met donors.\n\n"He is my friend and a superb strategist," Clinton said.',
      'Bill Clinton',
    ],
  ])('a surname alone before the verb: %s', (_label, text, speaker) => {
    expect(quotesOf(text).at(-1)?.[1]).toBe(speaker);
  });

  it('a person right after the quote speaks, whatever bodies their appositive names', () => {
    const text =
      '"We have always been concerned about barter deals," Marina Volkova, deputy head of the currency department at the State Customs Committee, said.';
    expect(quotesOf(text)[0]?.[1]).toBe('Marina Volkova');
  });

  it.each([
    ['The goalkeeper, Ravi Chaudhry, saved twice in the first half.', 'Ravi Chaudhry', 'goalkeeper'],
    ['Michigan Gov. Elaine Kowalczyk vetoed the bill on Friday.', 'Elaine Kowalczyk', 'Michigan Governor'],
    ['Lt. Col. Max Marriner said the road was open.', 'Max Marriner', 'Lieutenant Colonel'],
  ])('a role as the card shows it, without its article and with titles in full: %s', (text, name, role) => {
    expect(roleOf(text, name)).toBe(role);
  });

  it('"he said" points back past the names inside the quote', () => {
    const text =
      'Foreign Minister Farrukh Rahmonzoda spoke after the talks.\n\n"The people of Vorukh and Kok-Tash do not need another commission," he said.';
    expect(quotesOf(text)[0]?.[1]).toBe('Farrukh Rahmonzoda');
  });

  it('"said the 26-year-old" is the person just named', () => {
    const text =
      'Kwabena Mensah scored twice on Saturday.\n\n"I finish my round at half ten and then sleep for an hour," said the 26-year-old.';
    expect(quotesOf(text)[0]?.[1]).toBe('Kwabena Mensah');
  });

  it.each<[string, string, string | null]>([
    [
      'whoever accuses says the quote',
      'Governor Elaine Kowalczyk vetoed the plan.\n\nThe Michigan Republican Party launched ads accusing Kowalczyk of "blocking the roads she promised to fix."',
      'Michigan Republican Party',
    ],
    [
      'not whom they accuse',
      'Governor Elaine Kowalczyk vetoed the plan.\n\nAds accusing Kowalczyk of "blocking the roads she promised to fix" ran all week.',
      null,
    ],
  ])('an accusation: %s', (_label, text, speaker) => {
    expect(quotesOf(text)[0]?.[1] ?? null).toBe(speaker);
  });
});
