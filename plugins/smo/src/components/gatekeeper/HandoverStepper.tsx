import Step from '@material-ui/core/Step';
import StepLabel from '@material-ui/core/StepLabel';
import Stepper from '@material-ui/core/Stepper';
import Typography from '@material-ui/core/Typography';
import { HandoverState } from '@smo-backstage/plugin-smo-common';
import { HANDOVER_STEPS, STATE_LABELS, stepOf } from './handoverFlow';

/**
 * The main path draft → … → operational with the current state active; a rejected handover shows the review step
 * in error, a withdrawn one the step where it stopped. The current state is also written out for screen readers.
 */
export function HandoverStepper(props: { state: HandoverState }) {
  const { active, offPath } = stepOf(props.state);
  const done = props.state === 'operational';
  return (
    <Stepper
      activeStep={done ? HANDOVER_STEPS.length : active}
      alternativeLabel
      role="group"
      aria-label={`Handover state: ${STATE_LABELS[props.state]}`}
    >
      {HANDOVER_STEPS.map((state, index) => {
        const here = index === active;
        const error = here && offPath !== undefined;
        return (
          <Step
            key={state}
            completed={done || index < active}
            aria-current={here ? 'step' : undefined}
          >
            <StepLabel
              error={error}
              optional={
                error ? (
                  <Typography variant="caption" color="error">
                    {STATE_LABELS[offPath!]}
                  </Typography>
                ) : undefined
              }
            >
              {STATE_LABELS[state]}
            </StepLabel>
          </Step>
        );
      })}
    </Stepper>
  );
}
