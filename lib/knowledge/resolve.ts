/**
 * Entity resolution across sources, kept up to date one source at a time. Every entity a source reported
 * becomes a member of one merged entity, found through an index of normalised names, never by scanning:
 * adding an article costs the same with 10 sources as with 10,000.
 *
 * Rules a careful editor would sign: the same type and the same full name (or a multi-word alias or acronym the
 * article itself established) is the same thing; persons with different given names never merge; a lone
 * surname joins a full name only when it is the only known person with that surname (and "J. Smith" joins
 * "John Smith" only when no other J. Smith is known). Each join records why.
 */
import { entityId } from './ids';
import { canonicalName, deriveEntity, type MemberGroup } from './merged-entity';
import {
  givenNamesAgree,
  isFullName,
  isInitial,
  keyOf,
  type Member,
  type MergedEntity,
  majorityType,
  nameKey,
  onlyInitials,
  strongKeys,
  surnameKey,
  typed,
  wordsOf,
} from './resolve-names';
import type { Entity, EntityType } from './schema';

export { canonicalName, publicEntity } from './merged-entity';
export type { Member, MergedEntity } from './resolve-names';
export { givenNamesAgree, nameKey } from './resolve-names';

const TYPE_WORDS: Record<EntityType, string> = {
  person: 'a person',
  place: 'a place',
  organization: 'an organisation',
};

type Group = MemberGroup;

/** A multiset index: key → group id → how many members support it. */
class KeyIndex {
  private readonly byKey = new Map<string, Map<string, number>>();
  add(key: string, groupId: string) {
    const groups = this.byKey.get(key) ?? new Map<string, number>();
    this.byKey.set(key, groups);
    groups.set(groupId, (groups.get(groupId) ?? 0) + 1);
  }
  remove(key: string, groupId: string) {
    const groups = this.byKey.get(key);
    const count = groups?.get(groupId) ?? 0;
    if (!groups || count === 0) return;
    if (count > 1) groups.set(groupId, count - 1);
    else groups.delete(groupId);
    if (groups.size === 0) this.byKey.delete(key);
  }
  get(key: string): string[] {
    return [...(this.byKey.get(key)?.keys() ?? [])];
  }
}

export class EntityResolver {
  private readonly groups = new Map<string, Group>();
  /** Strong keys (typed full names, established aliases) → groups. */
  private readonly names = new KeyIndex();
  /** Person surname → groups with a multi-word member of that surname. */
  private readonly surnames = new KeyIndex();
  /** Source id → its local entity id → merged id. */
  private readonly placed = new Map<string, Map<string, string>>();
  private readonly derived = new Map<string, MergedEntity>();
  /** Canonical names by group, kept apart from the derived entities: resolving asks for them often. */
  private readonly canonical = new Map<string, string>();
  /** Sources whose members moved to another merged entity since takeMoved() was last called. */
  private moved = new Set<string>();

  /** Rebuilds the index from persisted merged entities, without resolving anything again. */
  static fromMerged(entities: Iterable<MergedEntity>): EntityResolver {
    const resolver = new EntityResolver();
    for (const entity of entities) {
      const group: Group = { id: entity.id, type: entity.type, members: [], reasons: [...entity.mergedBecause] };
      resolver.groups.set(group.id, group);
      // Saved before members carried their own type: they had the entity's.
      for (const member of entity.members) resolver.attach(group, { ...member, type: member.type ?? entity.type });
      resolver.derived.set(group.id, entity);
    }
    return resolver;
  }

  /** Places one source's entities; returns the ids of merged entities that changed. */
  addSource(sourceId: string, date: string | null, entities: readonly Entity[]): Set<string> {
    const changed = new Set<string>();
    for (const entity of entities) {
      const member: Member = {
        type: entity.type,
        sourceId,
        localId: entity.id,
        name: entity.name,
        aliases: [...entity.aliases],
        date,
      };
      const description = ownDescription(entity, sourceId);
      if (description) member.description = description;
      const { group, reason } = this.find(member);
      const target = group ?? this.createGroup(entity.type, member.name);
      if (group && reason) target.reasons.push({ sourceId, reason });
      this.attach(target, member);
      changed.add(target.id);
      if (entity.type === 'person' && isFullName(member.name)) this.separateShortForms(member.name, changed);
    }
    for (const id of changed) this.derived.delete(id);
    return changed;
  }

  /** Sources whose members moved to another merged entity (their saved placements are stale); clears the list. */
  takeMoved(): Set<string> {
    const moved = this.moved;
    this.moved = new Set();
    return moved;
  }

  /**
   * A second person with a surname (or a second J. Smith) makes the short forms that had joined the first one
   * ambiguous again: they leave it, so the result never depends on the order sources came in.
   */
  private separateShortForms(fullName: string, changed: Set<string>) {
    const words = wordsOf(fullName);
    const surname = surnameKey(fullName);
    const full = this.surnames
      .get(typed('person', surname))
      .map((id) => this.groups.get(id)!)
      .filter((group) => !onlyInitials(group));
    if (full.length < 2) return;
    const initialForm = `${words[0]![0]}. ${words.slice(1).join(' ')}`;
    const sameInitial = full.filter((group) => givenNamesAgree(this.nameOf(group.id), initialForm));
    for (const group of full) {
      const lone = group.members.filter((m) => m.type === 'person' && wordsOf(m.name).length === 1);
      if (lone.length) this.moveMembers(group, lone, this.shortFormGroup(lone[0]!.name, 'person'), changed);
      if (sameInitial.length < 2 || !sameInitial.includes(group)) continue;
      const initials = group.members.filter(
        (m) => isInitial(wordsOf(m.name)[0] ?? '') && nameKey(m.name) === nameKey(initialForm),
      );
      if (initials.length) this.moveMembers(group, initials, this.shortFormGroup(initials[0]!.name, 'agent'), changed);
    }
  }

  /** The entity of a short form nobody can be sure of ("Clinton", "J. Smith"), made when first needed. */
  private shortFormGroup(name: string, space: string): Group {
    const existing = this.names
      .get(typed(space, nameKey(name)))
      .map((id) => this.groups.get(id)!)
      .find(
        (group) =>
          group.type === 'person' &&
          (space === 'person' ? group.members.every((m) => wordsOf(m.name).length === 1) : onlyInitials(group)),
      );
    return existing ?? this.createGroup('person', name);
  }

  private moveMembers(from: Group, members: Member[], to: Group, changed: Set<string>) {
    for (const member of members) {
      this.detach(from, member);
      this.attach(to, member);
      from.reasons = from.reasons.filter(
        (why) => why.sourceId !== member.sourceId || !why.reason.includes(`“${member.name}”`),
      );
      this.moved.add(member.sourceId);
    }
    for (const group of [from, to]) {
      changed.add(group.id);
      this.derived.delete(group.id);
    }
  }

  /** Takes one source's members out; entities left with no member are deleted. Returns the ids touched. */
  removeSource(sourceId: string): { changed: Set<string>; deleted: Set<string>; moved: Set<string> } {
    const changed = new Set<string>();
    const deleted = new Set<string>();
    /** Other sources whose members moved to another entity: their placements must be saved again. */
    const moved = new Set<string>();
    const surnamesLeft = new Set<string>();
    for (const groupId of new Set(this.placed.get(sourceId)?.values() ?? [])) {
      const group = this.groups.get(groupId);
      if (!group) continue;
      group.reasons = group.reasons.filter((why) => why.sourceId !== sourceId);
      for (const member of group.members.filter((m) => m.sourceId === sourceId)) {
        this.detach(group, member);
        if (member.type === 'person' && wordsOf(member.name).length >= 2) surnamesLeft.add(surnameKey(member.name));
      }
      this.derived.delete(groupId);
      if (group.members.length === 0) {
        this.groups.delete(groupId);
        deleted.add(groupId);
      } else changed.add(groupId);
    }
    this.placed.delete(sourceId);
    for (const surname of surnamesLeft) this.joinLoneSurname(surname, changed, deleted, moved);
    for (const id of moved) this.moved.add(id);
    return { changed, deleted, moved };
  }

  /** A lone "Clinton" kept apart while two Clintons were known joins the one that is left. */
  private joinLoneSurname(surname: string, changed: Set<string>, deleted: Set<string>, moved: Set<string>) {
    const candidates = this.surnames.get(typed('person', surname));
    if (candidates.length !== 1) return;
    const target = this.groups.get(candidates[0])!;
    const lone = this.names
      .get(typed('person', surname))
      .map((id) => this.groups.get(id)!)
      .filter((g) => g !== target && g.members.every((m) => wordsOf(m.name).length === 1));
    for (const group of lone) {
      for (const member of [...group.members]) {
        this.detach(group, member);
        this.attach(target, member);
        moved.add(member.sourceId);
        target.reasons.push({ sourceId: member.sourceId, reason: `the only known person called “${member.name}”` });
      }
      this.groups.delete(group.id);
      this.derived.delete(group.id);
      deleted.add(group.id);
      changed.delete(group.id);
      changed.add(target.id);
      this.derived.delete(target.id);
    }
  }

  /** The merged id of an entity a source reported, or undefined. */
  mergedIdOf(sourceId: string, localId: string): string | undefined {
    return this.placed.get(sourceId)?.get(localId);
  }

  /** Local id → merged id for one source. */
  placementOf(sourceId: string): Record<string, string> {
    return Object.fromEntries(this.placed.get(sourceId) ?? []);
  }

  get(id: string): MergedEntity | undefined {
    const group = this.groups.get(id);
    if (!group) return undefined;
    const entity = this.derived.get(id) ?? deriveEntity(group);
    this.derived.set(id, entity);
    return entity;
  }

  *entities(): Generator<MergedEntity> {
    for (const id of this.groups.keys()) yield this.get(id)!;
  }

  get size(): number {
    return this.groups.size;
  }

  private find(member: Member): { group?: Group; reason?: string } {
    const { type } = member;
    const words = wordsOf(member.name);
    const byName = strongKeys(member).flatMap((key) => this.names.get(key).map((id) => ({ id, key: keyOf(key) })));
    const agreeing = byName.filter(({ id }) => {
      const group = this.groups.get(id)!;
      return (type !== 'person' && group.type !== 'person') || givenNamesAgree(this.nameOf(id), member.name);
    });
    if (agreeing.length > 0) {
      // Several candidates (rare): the best established one, never a chain that joins them all.
      const best = agreeing.reduce((a, b) =>
        this.groups.get(b.id)!.members.length > this.groups.get(a.id)!.members.length ? b : a,
      );
      const group = this.groups.get(best.id)!;
      const sameName = nameKey(member.name) === best.key;
      const why = sameName
        ? `same name “${member.name}”`
        : `same ${type === 'person' ? 'full name' : 'alias'} “${best.key}”`;
      const typedOtherwise = group.type === type ? '' : ` (this source took it for ${TYPE_WORDS[type]})`;
      return { group, reason: why + typedOtherwise };
    }
    if (type !== 'person') return {};
    if (words.length === 1) return this.onlyPersonCalled(member.name);
    if (isInitial(words[0])) return this.onlyCompatiblePerson(member.name);
    const lone = this.loneSurnameGroup(member.name);
    return lone.group ? lone : this.initialFormGroup(member.name);
  }

  /** "Clinton" joins the one known person with that surname; with two or more it stays apart. */
  private onlyPersonCalled(surname: string): { group?: Group; reason?: string } {
    const candidates = this.surnames.get(typed('person', nameKey(surname)));
    if (candidates.length !== 1) return {};
    return { group: this.groups.get(candidates[0]), reason: `the only known person called “${surname}”` };
  }

  /** "J. Smith" joins "John Smith" when no other J. Smith is known. */
  private onlyCompatiblePerson(name: string): { group?: Group; reason?: string } {
    const candidates = this.surnames
      .get(typed('person', surnameKey(name)))
      .filter((id) => givenNamesAgree(this.nameOf(id), name));
    if (candidates.length !== 1) return {};
    return { group: this.groups.get(candidates[0]), reason: `the only known person “${name}” can be` };
  }

  /** "Joe Biden" after a lone "Biden" seen earlier: joins it while Joe is the only Biden with a full name. */
  private loneSurnameGroup(name: string): { group?: Group; reason?: string } {
    const surname = surnameKey(name);
    if (this.surnames.get(typed('person', surname)).length > 0) return {};
    const lone = this.names.get(typed('person', surname)).map((id) => this.groups.get(id)!);
    const group = lone.find((g) => g.members.every((m) => wordsOf(m.name).length === 1));
    return group ? { group, reason: `“${name}” is the only known person called “${wordsOf(name).at(-1)}”` } : {};
  }

  /** "Jack Russell" after "J. Russell" seen earlier: joins it while Jack is the only J. Russell with a full name. */
  private initialFormGroup(name: string): { group?: Group; reason?: string } {
    const words = wordsOf(name);
    const initialForm = `${words[0]![0]}. ${words.slice(1).join(' ')}`;
    const fullNames = this.surnames
      .get(typed('person', surnameKey(name)))
      .map((id) => this.groups.get(id)!)
      .filter((group) => !onlyInitials(group) && givenNamesAgree(this.nameOf(group.id), initialForm));
    if (fullNames.length > 0) return {};
    const earlier = this.names.get(typed('agent', nameKey(initialForm))).map((id) => this.groups.get(id)!);
    const group = earlier.find((g) => g.type === 'person' && onlyInitials(g));
    return group ? { group, reason: `“${name}” is the only known person “${initialForm}” can be` } : {};
  }

  private createGroup(type: EntityType, name: string): Group {
    const base = entityId(type, name);
    let id = base;
    for (let n = 2; this.groups.has(id); n++) id = `${base}~${n}`;
    const group: Group = { id, type, members: [], reasons: [] };
    this.groups.set(id, group);
    return group;
  }

  /** The group's canonical name, worked out again only after its members changed. */
  private nameOf(id: string): string {
    let name = this.canonical.get(id);
    if (name === undefined) {
      name = canonicalName(this.groups.get(id)!.members);
      this.canonical.set(id, name);
    }
    return name;
  }

  private attach(group: Group, member: Member) {
    this.canonical.delete(group.id);
    group.members.push(member);
    group.type = majorityType(group.members, group.type);
    for (const key of strongKeys(member)) this.names.add(key, group.id);
    if (member.type === 'person' && wordsOf(member.name).length >= 2) {
      this.surnames.add(typed('person', surnameKey(member.name)), group.id);
    }
    const placed = this.placed.get(member.sourceId) ?? new Map<string, string>();
    this.placed.set(member.sourceId, placed);
    placed.set(member.localId, group.id);
  }

  private detach(group: Group, member: Member) {
    this.canonical.delete(group.id);
    group.members.splice(group.members.indexOf(member), 1);
    group.type = majorityType(group.members, group.type);
    for (const key of strongKeys(member)) this.names.remove(key, group.id);
    if (member.type === 'person' && wordsOf(member.name).length >= 2) {
      this.surnames.remove(typed('person', surnameKey(member.name)), group.id);
    }
  }
}

function ownDescription(entity: Entity, sourceId: string): string | undefined {
  const own = entity.roles?.filter((role) => role.sourceId === sourceId).at(-1)?.description;
  return own ?? entity.description;
}
