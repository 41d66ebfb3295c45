import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Fragment } from 'react';
import { DependencyRisk } from '@smo-backstage/plugin-smo-common';
import { riskVerdictText } from './rollupText';

/**
 * A dependency path as it reads: "Online Checkout → Payment Processing (not ready)", each offering linked to its page
 * and underlined, as it stands in running text.
 */
export function DependencyPath(props: { risk: DependencyRisk }) {
  const { risk } = props;
  return (
    <>
      {risk.path.map((ref, i) => (
        <Fragment key={ref}>
          {i > 0 && ' → '}
          <EntityRefLink
            entityRef={ref}
            defaultKind="serviceoffering"
            underline="always"
          />
        </Fragment>
      ))}{' '}
      ({riskVerdictText(risk)})
    </>
  );
}

/** Every dependency path at risk as a list, or nothing. */
export function DependencyPaths(props: {
  risks: DependencyRisk[];
  label: string;
}) {
  if (props.risks.length === 0) return null;
  return (
    <ul aria-label={props.label} style={{ margin: 0, paddingLeft: 20 }}>
      {props.risks.map(risk => (
        <li key={risk.path.join('>')}>
          <DependencyPath risk={risk} />
        </li>
      ))}
    </ul>
  );
}
