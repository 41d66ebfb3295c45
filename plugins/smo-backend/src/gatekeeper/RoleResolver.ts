import { AuthService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { ReadinessResult, SignOffRole } from '@smo-backstage/plugin-smo-common';
import { refKey, relationTargets, resolveRef } from '../catalog/refs';

const isUserRef = (ref: string) => ref.startsWith('user:');

const PRACTICE_OF_ROLE: Partial<Record<SignOffRole, string>> = {
  'incident-process-owner': 'incident-management',
  'change-process-owner': 'change-enablement',
};

/**
 * Who may sign off in which role, from the evaluation the handover is judged on and the catalog at the
 * time of signing: service owner = member of the owner group of a delivered offering; SMO approver =
 * member of the configured SMO group; incident and change process owners = owners of the
 * ProcessOwners covering the component.
 */
export class RoleResolver {
  private constructor(
    private readonly catalog: CatalogService,
    private readonly auth: AuthService,
    private readonly smoGroup: string,
  ) {}

  static create(options: {
    catalog: CatalogService;
    auth: AuthService;
    smoGroup: string;
  }) {
    return new RoleResolver(options.catalog, options.auth, options.smoGroup);
  }

  /**
   * The roles a user holds for the evaluated entity. Group memberships are read from the catalog now, not taken from
   * the user's token: a person removed from the SMO group cannot sign off as SMO approver on the strength of a token
   * issued before.
   */
  async rolesOf(
    result: ReadinessResult,
    userEntityRef: string,
  ): Promise<SignOffRole[]> {
    const [mine, related] = await Promise.all([
      this.membershipsOf(userEntityRef),
      this.entities([...result.basis.offerings, ...result.basis.processOwners]),
    ]);
    const roles: SignOffRole[] = [];
    if (mine.has(this.smoGroup)) roles.push('smo-approver');
    const offeringOwners = related
      .filter(e => e.kind === 'ServiceOffering')
      .map(e => ownerKey(e, 'Group'));
    if (offeringOwners.some(o => o && mine.has(o))) roles.push('service-owner');
    for (const [role, practice] of Object.entries(PRACTICE_OF_ROLE)) {
      const owners = related
        .filter(e => e.kind === 'ProcessOwner' && e.spec?.practice === practice)
        .map(e => ownerKey(e, 'User'));
      if (owners.some(o => o && mine.has(o))) roles.push(role as SignOffRole);
    }
    return roles;
  }

  /** The owner of an entity, to notify about decisions on it. */
  async ownerOf(entityRef: string): Promise<string | undefined> {
    const [entity] = await this.entities([entityRef]);
    return (
      entity &&
      (relationTargets(entity, 'ownedBy')[0] ?? ownerKey(entity, 'Group'))
    );
  }

  /**
   * The users who own a `continual-improvement` ProcessOwner: they approve improvements and hear of new ones.
   * Organisation-wide, whatever a ProcessOwner's scope: the CSI register is one register.
   */
  async improvementProcessOwners(): Promise<string[]> {
    const { items } = await this.catalog.queryEntities(
      {
        filter: {
          kind: 'ProcessOwner',
          'spec.practice': 'continual-improvement',
        },
        fields: ['kind', 'metadata.namespace', 'metadata.name', 'spec'],
        limit: 1000,
      },
      { credentials: await this.auth.getOwnServiceCredentials() },
    );
    return [
      ...new Set(
        items.flatMap(e => ownerKey(e, 'User') ?? []).filter(isUserRef),
      ),
    ];
  }

  /**
   * On what authority a user may approve and abandon improvements, read from the catalog now: as an owner of a
   * `continual-improvement` ProcessOwner, as a member of the SMO group, or none (empty).
   */
  async improvementAuthority(
    userEntityRef: string,
  ): Promise<('process-owner' | 'smo')[]> {
    const [mine, owners] = await Promise.all([
      this.membershipsOf(userEntityRef),
      this.improvementProcessOwners(),
    ]);
    return [
      ...(owners.some(o => mine.has(o)) ? ['process-owner' as const] : []),
      ...(mine.has(this.smoGroup) ? ['smo' as const] : []),
    ];
  }

  /** The SMO group, as configured. */
  get smoGroupRef(): string {
    return this.smoGroup;
  }

  /** The user and the groups the catalog says they are a member of. */
  private async membershipsOf(userEntityRef: string): Promise<Set<string>> {
    const user = refKey(userEntityRef);
    const [entity] = await this.entities([user]);
    return new Set([
      user,
      ...(entity ? relationTargets(entity, 'memberOf') : []),
    ]);
  }

  private async entities(refs: string[]): Promise<Entity[]> {
    if (refs.length === 0) return [];
    const { items } = await this.catalog.getEntitiesByRefs(
      { entityRefs: refs },
      { credentials: await this.auth.getOwnServiceCredentials() },
    );
    return items.filter((e): e is Entity => !!e);
  }
}

function ownerKey(entity: Entity, defaultKind: string): string | undefined {
  return resolveRef(entity.spec?.owner, {
    defaultKind,
    defaultNamespace: entity.metadata.namespace ?? 'default',
  });
}
