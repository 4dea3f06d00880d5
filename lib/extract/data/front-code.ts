/** Sorted word lists stored front-coded: each entry is the count of leading characters it shares with the one
 * before (one base-36 digit) and the rest of it, entries joined by "|". */
export function decodeFrontCoded(coded: string): string[] {
  const out: string[] = [];
  let previous = '';
  for (const entry of coded.split('|')) {
    previous = previous.slice(0, Number.parseInt(entry[0], 36)) + entry.slice(1);
    out.push(previous);
  }
  return out;
}

export function encodeFrontCoded(names: Iterable<string>): string {
  const sorted = [...new Set(names)].sort();
  let previous = '';
  const out: string[] = [];
  for (const name of sorted) {
    let shared = 0;
    const max = Math.min(previous.length, name.length, 35);
    while (shared < max && previous[shared] === name[shared]) shared++;
    out.push(shared.toString(36) + name.slice(shared));
    previous = name;
  }
  return out.join('|');
}
