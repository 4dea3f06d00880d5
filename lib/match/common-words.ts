/**
 * English words that are also surnames or short names ("Said", "Bush", "May"). As an alias on its own such a
 * word only counts where its capital shows a name and it does not open a sentence.
 */
const WORDS = `
able abbot alley arch archer armour baker bank banks barber barker barn bay beach bean bear bell best bill bird
bishop black blank bliss bloom blue bond book boss bowman brand bright brook brown buck bull burn burns bush
butcher butler cain can cannon card carpenter carter carver case cash chance chase child church clay clerk coffee
coin cook cooper cope cotton couch cousin crane cross crow cure dale dance darling day deal dean diamond dove
drake draper drew duke dyer early earl east english eve even ever fair faith fall far farmer fast field fields
finch fine fish fisher fleet flood flower ford forest fortune fox frank free freeman french friend fry fuller gain
gamble garden gardener gates gay gentle gift glass glover gold good grace grand grant gray green grey guard guy
hale hall hand happy hardy harm hart hatch haven hawk hay head heart heath herd hero hill holiday holland honey
hood hook hope horn house hull hunt hunter ivory jack jay jewel jobs joy judge just justice keen kemp kind king
knight lake lamb land lane large lark law lay leaf lean legend light lime link little lock long lord love low
lucky mace major man march mark marsh mason master may mayor meek mercer merry might miles mill miller mills mint
monk moody moon more moss most nation new nice noble north now oak page paine park parish parker parson pass
patience pay peace pearl penny pepper person pike pine pitch plant player pool poor pope porter post potter pound
power powers pride prince proud quick rain ray read reading ready reed reeve rest rice rich ridge ring river
rivers robin rock rook root rose rush rust sage said sale salmon salt sand sands savage say says sharp shepherd
shell ship shore short silver simple singer skinner sky slater slaughter slim small smith snow south speaker
spear spring stamp star stark steel sterling stern steward still stock stone storm strange street strong summer
summers swan sweet swift tailor tanner temple then thorn tower trader trim true trump trust tuck tucker turner
vale vice vine wade wait wake walker wall ward warden warren wash waters way weaver well wells west wheeler white
wild will win wing winter wise wolf wolfe wood woods worth wren yard young`;

export const COMMON_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

/** Words that carry no name ("An", "The", "It"): never an alias on a page, whatever an article called someone. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'a an the and or but nor of in on at to by for from with as it its is was be he she they we i you me him his her their this that these those not no so if'.split(
    ' ',
  ),
);
