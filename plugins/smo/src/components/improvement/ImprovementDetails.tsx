import { Link } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { goalText, Improvement } from '@smo-backstage/plugin-smo-common';
import { DetailsTable } from '../common/DetailsTable';
import { SmallTable, TableSection } from '../common/SmallTable';
import { Actor, When } from '../gatekeeper/Actor';
import { datumText, sourceText } from './improvementText';
import { ImprovementStatusWord } from './StatusWord';

/** What an improvement is about, what proves it, who carries it out by when, and where it came from. */
export function ImprovementDetails(props: { improvement: Improvement }) {
  const i = props.improvement;
  return (
    <DetailsTable
      rows={{
        Status: <ImprovementStatusWord status={i.status} />,
        'Offering or component': <EntityRefLink entityRef={i.entityRef} />,
        Problem: i.problem,
        Goal: goalText(i.goal),
        Owner: <EntityRefLink entityRef={i.ownerRef} defaultKind="group" />,
        'Due date': i.dueDate,
        Source: sourceText(i.source),
        Raised: (
          <>
            <Actor entityRef={i.createdBy} />, <When iso={i.createdAt} />
          </>
        ),
        ...(i.approvedBy && {
          'Approved by': <Actor entityRef={i.approvedBy} />,
        }),
        ...(i.comment && { 'Last comment': i.comment }),
      }}
    />
  );
}

/** The evidence linked to an improvement, each a link by its title. */
export function EvidenceList(props: { improvement: Improvement }) {
  const { evidence } = props.improvement;
  return (
    <TableSection
      id="smo-improvement-evidence-list"
      title="Evidence"
      heading="h2"
      rows={evidence.length}
      empty="No evidence is linked yet."
      paragraph
      columns={['Evidence', 'Linked']}
    >
      {evidence.map(e => (
        <TableRow key={e.url}>
          <TableCell component="th" scope="row">
            <Link to={e.url}>{e.title}</Link>
          </TableCell>
          <TableCell>
            <Actor entityRef={e.addedBy} />, <When iso={e.addedAt} />
          </TableCell>
        </TableRow>
      ))}
    </TableSection>
  );
}

/** What the data showed when the improvement was closed, frozen with it. */
export function ClosingSummary(props: {
  closing: NonNullable<Improvement['closing']>;
}) {
  const { closing } = props;
  const data = Object.entries(closing.data);
  return (
    <>
      <Typography variant="h6" component="h2" id="smo-improvement-closing">
        Closed as done
      </Typography>
      <Typography variant="body1" paragraph>
        {closing.summary}
      </Typography>
      <Typography variant="body2" paragraph>
        Closed by <Actor entityRef={closing.closedBy} />,{' '}
        <When iso={closing.closedAt} />.
      </Typography>
      {data.length > 0 && (
        <SmallTable
          columns={['Figure', 'Value at closing']}
          label="Data at closing"
        >
          {data.map(([key, value]) => (
            <TableRow key={key}>
              <TableCell component="th" scope="row">
                {key}
              </TableCell>
              <TableCell>{datumText(value)}</TableCell>
            </TableRow>
          ))}
        </SmallTable>
      )}
    </>
  );
}
