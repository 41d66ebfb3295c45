import { ChangeEvent, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import { Improvement } from '@smo-backstage/plugin-smo-common';
import { smoApiRef } from '../../api/SmoApi';
import { ActionDialog } from '../gatekeeper/ActionDialog';
import {
  EMPTY_RAISE_FORM,
  RaiseField,
  RaiseForm,
  validateRaise,
} from './raiseForm';
import { useImprovementAction } from './useImprovementAction';

/**
 * Raises an improvement by hand: title, the offering or component, the problem, the goal (a check passing, or a
 * service-level figure reached), owner and due date. Messages appear by their fields once "Raise" was tried; the
 * backend's refusal (403, 400) stays in the dialog.
 */
export function RaiseImprovementDialog(props: {
  onRaised(improvement: Improvement): void;
  onClose(): void;
}) {
  const smoApi = useApi(smoApiRef);
  const { busy, problem, run } = useImprovementAction();
  const [form, setForm] = useState<RaiseForm>(EMPTY_RAISE_FORM);
  const [tried, setTried] = useState(false);
  const result = validateRaise(form);
  const errors = tried ? result.errors ?? {} : {};

  const field = (name: RaiseField, label: string) => ({
    id: `smo-raise-${name}`,
    label,
    value: form[name],
    onChange: (e: ChangeEvent<{ value: unknown }>) =>
      setForm({ ...form, [name]: e.target.value as string }),
    error: errors[name] !== undefined,
    helperText: errors[name],
    fullWidth: true,
    margin: 'normal' as const,
  });

  const submit = async () => {
    setTried(true);
    if (!result.input) return;
    const input = result.input;
    const raised = await run(
      'raise',
      () => smoApi.raiseImprovement(input),
      `Improvement raised: ${input.title}`,
    );
    if (raised) props.onRaised(raised);
  };

  return (
    <ActionDialog
      id="smo-raise-improvement"
      open
      title="Raise improvement"
      confirmLabel="Raise"
      busy={busy !== undefined}
      problem={problem}
      onConfirm={submit}
      onClose={props.onClose}
    >
      <TextField {...field('title', 'Title')} required />
      <TextField
        {...field('entityRef', 'Offering or component')}
        required
        helperText={
          errors.entityRef ??
          'An entity ref: serviceoffering:default/online-checkout, component:default/checkout'
        }
      />
      <TextField
        {...field('problem', 'Problem')}
        required
        multiline
        minRows={3}
      />
      <TextField {...field('goalType', 'Goal')} select required>
        <MenuItem value="check">A check passes</MenuItem>
        <MenuItem value="service-level">A service-level figure is met</MenuItem>
      </TextField>
      {form.goalType === 'check' ? (
        <TextField
          {...field('checkId', 'Check')}
          required
          helperText={errors.checkId ?? 'The check id, e.g. ops.runbook'}
        />
      ) : (
        <>
          <TextField
            {...field('agreementRef', 'Agreement')}
            required
            helperText={
              errors.agreementRef ??
              'servicelevelagreement:default/online-checkout-gold'
            }
          />
          <TextField {...field('metric', 'Figure')} select required>
            <MenuItem value="availability">Availability</MenuItem>
            <MenuItem value="attainment">
              Lowest incident-target attainment
            </MenuItem>
          </TextField>
          <TextField
            {...field('target', 'Target (%)')}
            type="number"
            required
            inputProps={{ min: 0, max: 100, step: 0.01 }}
            helperText={errors.target ?? 'Met when the figure is at least this'}
          />
        </>
      )}
      <TextField
        {...field('ownerRef', 'Owner')}
        required
        helperText={errors.ownerRef ?? 'The user or group that carries it out'}
      />
      <TextField
        {...field('dueDate', 'Due date')}
        type="date"
        required
        InputLabelProps={{ shrink: true }}
      />
    </ActionDialog>
  );
}
