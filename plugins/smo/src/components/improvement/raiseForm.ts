import { parseEntityRef } from '@backstage/catalog-model';
import {
  goalProblem,
  ImprovementGoal,
  ImprovementInput,
} from '@smo-backstage/plugin-smo-common';

// The "Raise improvement" form as data: what was typed, and either the request or a message per field. Whether a goal
// is well formed is smo-common's `goalProblem`; this only maps its answer to the field it is about.

export interface RaiseForm {
  title: string;
  entityRef: string;
  problem: string;
  goalType: ImprovementGoal['type'];
  checkId: string;
  agreementRef: string;
  metric: NonNullable<ImprovementGoal['metric']>;
  target: string;
  ownerRef: string;
  dueDate: string;
}

export type RaiseField = keyof RaiseForm;

export const EMPTY_RAISE_FORM: RaiseForm = {
  title: '',
  entityRef: '',
  problem: '',
  goalType: 'check',
  checkId: '',
  agreementRef: '',
  metric: 'availability',
  target: '',
  ownerRef: '',
  dueDate: '',
};

const GOAL_FIELDS: Record<string, RaiseField> = {
  'goal.checkId': 'checkId',
  'goal.agreementRef': 'agreementRef',
  'goal.metric': 'metric',
  'goal.target': 'target',
};

const isRef = (ref: string, defaultKind: string) => {
  try {
    parseEntityRef(ref, { defaultKind, defaultNamespace: 'default' });
    return true;
  } catch {
    return false;
  }
};

/** The goal the form describes: only the fields of its type. */
function goalOf(form: RaiseForm): ImprovementGoal {
  if (form.goalType === 'check') {
    return { type: 'check', checkId: form.checkId.trim() || undefined };
  }
  const target = form.target.trim() === '' ? NaN : Number(form.target);
  return {
    type: 'service-level',
    agreementRef: form.agreementRef.trim() || undefined,
    metric: form.metric,
    target: Number.isFinite(target) ? target : undefined,
  };
}

/** The request to raise, or why not, field by field. */
export function validateRaise(
  form: RaiseForm,
):
  | { input: ImprovementInput; errors?: undefined }
  | { input?: undefined; errors: Partial<Record<RaiseField, string>> } {
  const errors: Partial<Record<RaiseField, string>> = {};
  const required = (field: RaiseField, message: string) => {
    if (!String(form[field]).trim()) errors[field] = message;
  };
  required('title', 'Say in a few words what is improved');
  required('entityRef', 'Name the offering or component improved');
  required('problem', 'Say what goes wrong today');
  required('ownerRef', 'Name the user or group that carries it out');
  required('dueDate', 'Pick the date it is due');
  if (form.entityRef.trim() && !isRef(form.entityRef.trim(), 'component')) {
    errors.entityRef =
      'Write an entity ref, e.g. component:default/checkout or serviceoffering:default/online-checkout';
  }
  if (form.ownerRef.trim() && !isRef(form.ownerRef.trim(), 'group')) {
    errors.ownerRef =
      'Write an entity ref, e.g. group:default/team-checkout or user:default/ann';
  }
  if (form.dueDate && !/^\d{4}-\d{2}-\d{2}$/.test(form.dueDate)) {
    errors.dueDate = 'Write the date as YYYY-MM-DD';
  }
  const goal = goalOf(form);
  const target = Number(form.target);
  if (
    goal.type === 'service-level' &&
    form.target.trim() &&
    !(target >= 0 && target <= 100)
  ) {
    errors.target = 'A percentage from 0 to 100';
  }
  const problem = goalProblem(goal);
  if (problem) {
    const [path, ...rest] = problem.split(': ');
    const field = GOAL_FIELDS[path] ?? 'checkId';
    const message = rest.join(': ') || problem;
    errors[field] ??=
      message.charAt(0).toLocaleUpperCase('en-US') + message.slice(1);
  }
  if (Object.keys(errors).length > 0) return { errors };
  return {
    input: {
      title: form.title.trim(),
      entityRef: form.entityRef.trim(),
      problem: form.problem.trim(),
      goal,
      ownerRef: form.ownerRef.trim(),
      dueDate: form.dueDate,
    },
  };
}
