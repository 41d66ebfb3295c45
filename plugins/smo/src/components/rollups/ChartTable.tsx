import { ReactNode, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import { Column, SmallTable } from '../common/SmallTable';

/**
 * A chart's figures as a table behind a toggle button: for reading value by value, with a screen reader or without
 * one. The button says what it does and whether the table is shown.
 */
export function ChartTable(props: {
  id: string;
  label: string;
  columns: Column[];
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <Box mt={1}>
      <Button
        size="small"
        color="primary"
        aria-expanded={open}
        aria-controls={props.id}
        onClick={() => setOpen(!open)}
      >
        {open ? 'Hide the table' : 'Show as a table'}
      </Button>
      <div id={props.id} hidden={!open}>
        {open && (
          <SmallTable columns={props.columns} label={props.label}>
            {props.children}
          </SmallTable>
        )}
      </div>
    </Box>
  );
}
