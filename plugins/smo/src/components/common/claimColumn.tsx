import { Entity } from '@backstage/catalog-model';
import { TableColumn } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { offeringClaimConfirmed } from '@smo-backstage/plugin-smo-common';

/**
 * A column saying whether an offering's claim over a component is confirmed (the rule of `offeringClaimConfirmed`):
 * an unconfirmed claim is listed but gives the component no tier, agreement or service owner.
 */
export function claimColumn<T extends Entity>(
  pair: (row: T) => { component: Entity; offering: Entity },
): TableColumn<T> {
  return {
    title: 'Claim',
    render: row => {
      const { component, offering } = pair(row);
      return offeringClaimConfirmed(component, offering) ? (
        'Confirmed'
      ) : (
        <>
          <strong>Unconfirmed</strong>
          <Typography
            variant="caption"
            component="span"
            display="block"
            color="textSecondary"
          >
            The component does not name this offering in its
            smo.backstage.io/service-offering annotation and has another owner:
            the claim sets no tier, agreement or service owner.
          </Typography>
        </>
      );
    },
  };
}
