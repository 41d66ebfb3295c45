import {
  Improvement,
  ImprovementAction,
  ImprovementInput,
  ImprovementStatus,
  ImprovementSuggestion,
  SmoApiModels,
} from '@smo-backstage/plugin-smo-common';
import { Caller } from './caller';

/** Which improvements to list: one entity's, one status, or all; newest first. */
export interface ImprovementListQuery {
  entityRef?: string;
  status?: ImprovementStatus;
  limit: number;
  offset: number;
}

/** A move of an improvement from the version the caller read. */
export interface ImprovementTransition {
  action: ImprovementAction;
  version: number;
  comment?: string;
}

/** A change of an improvement; `before` is kept for the audit, `replayed` marks a retry that wrote nothing. */
export interface ImprovementChange {
  before: Improvement;
  after: Improvement;
  replayed?: boolean;
}

/** Waiver debt grouped by owning team or business offering. */
export interface WaiverDebtQuery {
  by: 'team' | 'offering';
  limit: number;
  offset: number;
}

/** The CSI register (raise, move, close against the data, link evidence), its suggestions and the waiver debt. */
export interface ImprovementService {
  list(
    query: ImprovementListQuery,
    caller: Caller,
  ): Promise<{ totalCount: number; items: Improvement[] }>;
  get(id: string, caller: Caller): Promise<Improvement>;
  /** `created: false` when a retry or a second raise of the same suggestion was answered with the stored record. */
  raise(
    input: ImprovementInput,
    caller: Caller,
  ): Promise<{ improvement: Improvement; created: boolean }>;
  transition(
    id: string,
    request: ImprovementTransition,
    caller: Caller,
  ): Promise<ImprovementChange>;
  /** Done only when the data meets the goal now; what it showed is frozen with the record. */
  close(
    id: string,
    request: { version: number; comment?: string },
    caller: Caller,
  ): Promise<ImprovementChange>;
  linkEvidence(
    id: string,
    link: { url: string; title: string },
    caller: Caller,
  ): Promise<ImprovementChange>;
  suggestions(limit: number, caller: Caller): Promise<ImprovementSuggestion[]>;
  waiverDebt(
    query: WaiverDebtQuery,
    caller: Caller,
  ): Promise<{ totalCount: number; items: SmoApiModels.WaiverDebtRow[] }>;
}
