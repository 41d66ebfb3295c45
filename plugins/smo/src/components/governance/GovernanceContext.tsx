import { createContext, ReactNode, useContext } from 'react';
import { ReadinessResult } from '@smo-backstage/plugin-smo-common';

/** What every section of the Governance tab works from. @public */
export interface GovernanceContextValue {
  entityRef: string;
  readiness: ReadinessResult;
  /** Replaces the shown result, e.g. after a refresh or a workflow action that re-evaluated the entity. */
  setReadiness(readiness: ReadinessResult): void;
  /** Counts workflow changes; sections that show workflow data list it in their load dependencies. */
  revision: number;
  /**
   * Tells the tab that a workflow action changed something: reloads the readiness (the backend re-evaluates on
   * attestations, waiver decisions and handover decisions) and bumps `revision` so every section reloads.
   */
  changed(): Promise<void>;
}

const GovernanceContext = createContext<GovernanceContextValue | undefined>(
  undefined,
);

/** Provides the loaded readiness to the tab's sections. */
export function GovernanceProvider(props: {
  value: GovernanceContextValue;
  children: ReactNode;
}) {
  return (
    <GovernanceContext.Provider value={props.value}>
      {props.children}
    </GovernanceContext.Provider>
  );
}

/**
 * The readiness shown by the surrounding Governance tab. Sections added to the tab (handover, waivers, attestations)
 * read it here and call `setReadiness` when they re-evaluate the entity.
 *
 * @public
 */
export function useGovernance(): GovernanceContextValue {
  const value = useContext(GovernanceContext);
  if (!value) {
    throw new Error(
      'useGovernance must be used inside EntityGovernanceContent',
    );
  }
  return value;
}
