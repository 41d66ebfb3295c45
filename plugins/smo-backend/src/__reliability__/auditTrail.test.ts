import { DecisionLog } from '../store/DecisionLog';
import { EvidenceStore } from '../store/EvidenceStore';
import { HandoverStore } from '../store/HandoverStore';
import { ImprovementStore } from '../store/ImprovementStore';
import { documentedRoutes, servedRoutes } from '../__testUtils__/routes';

const methodsOf = (cls: { prototype: object }) =>
  Object.getOwnPropertyNames(cls.prototype)
    .filter(name => name !== 'constructor')
    .sort();

const CHANGING =
  /update|delete|remove|edit|modify|replace|truncate|clear|prune/i;

describe('decision history has no update or delete path', () => {
  it('DecisionLog can only append and read', () => {
    expect(methodsOf(DecisionLog)).toEqual([
      'addSnapshot',
      'append',
      'getSnapshot',
      'list',
    ]);
  });

  it('attestations and handovers are never deleted; only a waiver changes, under a version check', () => {
    expect(methodsOf(EvidenceStore).filter(m => CHANGING.test(m))).toEqual([
      'updateWaiver',
    ]);
    expect(methodsOf(HandoverStore).filter(m => CHANGING.test(m))).toEqual([]);
  });

  it('an improvement is never deleted and changes only under a version check', () => {
    expect(methodsOf(ImprovementStore).filter(m => CHANGING.test(m))).toEqual([
      'update',
    ]);
  });

  it('the API has no PUT, PATCH or DELETE route', async () => {
    const routes = [...(await servedRoutes()), ...documentedRoutes()];
    expect(routes.filter(r => !/^(GET|POST) /.test(r))).toEqual([]);
  });
});
