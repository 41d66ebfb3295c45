import { ReactNode } from 'react';
import Box from '@material-ui/core/Box';

/** The paper-coloured box a page puts a select in, so its label keeps its contrast on the page background. */
export function ControlBox(props: { children: ReactNode }) {
  return (
    <Box
      mb={2}
      p={2}
      maxWidth={272}
      bgcolor="background.paper"
      borderRadius={4}
    >
      {props.children}
    </Box>
  );
}
