import { SlaPriority, SlaTarget } from '@smo-backstage/plugin-smo-common';

const PRIORITIES: SlaPriority[] = ['P1', 'P2', 'P3', 'P4'];

/** One priority's targets as ISO-8601 durations; a metric the agreement does not set is absent. */
export type TargetRow = {
  priority: SlaPriority;
  response?: string;
  resolution?: string;
};

/** Groups an agreement's targets by priority, P1 first, leaving out priorities it sets nothing for. */
export function targetRows(targets: SlaTarget[] | undefined): TargetRow[] {
  return PRIORITIES.flatMap(priority => {
    const row: TargetRow = { priority };
    for (const target of targets ?? []) {
      if (target.priority === priority) {
        row[target.metric] = target.target;
      }
    }
    return row.response || row.resolution ? [row] : [];
  });
}
