import { ReactNode } from 'react';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';

/** A column heading; `false` leaves the column out. */
export type Column = string | false;

/** A small table with a header row of `columns`; its rows are the children. */
export function SmallTable(props: {
  columns: Column[];
  label?: string;
  labelledBy?: string;
  children: ReactNode;
}) {
  return (
    <Table
      size="small"
      aria-label={props.label}
      aria-labelledby={props.labelledBy}
    >
      <TableHead>
        <TableRow>
          {props.columns
            .filter((c): c is string => c !== false)
            .map(c => (
              <TableCell key={c}>{c}</TableCell>
            ))}
        </TableRow>
      </TableHead>
      <TableBody>{props.children}</TableBody>
    </Table>
  );
}

/**
 * A listing under a level-3 heading `title`: the `empty` sentence while there are no rows, a {@link SmallTable}
 * labelled by the heading otherwise.
 */
export function TableSection(props: {
  id: string;
  title: string;
  rows: number;
  empty: string;
  columns: Column[];
  /** Spaces the empty sentence as a paragraph, for a section that more content follows. */
  paragraph?: boolean;
  /** The title's heading level: h3 (default) under a section's h2, h2 directly under a page's h1. */
  heading?: 'h2' | 'h3';
  children: ReactNode;
}) {
  return (
    <>
      <Typography variant="h6" component={props.heading ?? 'h3'} id={props.id}>
        {props.title}
      </Typography>
      {props.rows === 0 ? (
        <Typography variant="body2" paragraph={props.paragraph}>
          {props.empty}
        </Typography>
      ) : (
        <SmallTable columns={props.columns} labelledBy={props.id}>
          {props.children}
        </SmallTable>
      )}
    </>
  );
}
