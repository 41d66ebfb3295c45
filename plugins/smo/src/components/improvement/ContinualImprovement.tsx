import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Add from '@material-ui/icons/Add';
import { ImprovementRegister } from './ImprovementRegister';
import { ImprovementSuggestions } from './ImprovementSuggestions';
import { RaiseImprovementDialog } from './RaiseImprovementDialog';

/**
 * The SMO page's continual-improvement section: "Raise improvement", the CSI register, and the suggestions to raise
 * with one click. Raising either way reloads both (a raised suggestion leaves the list).
 */
export function ContinualImprovement() {
  const [revision, setRevision] = useState(0);
  const [raising, setRaising] = useState(false);
  const raised = () => setRevision(r => r + 1);
  return (
    <>
      <Box mb={2}>
        <Button
          variant="outlined"
          color="primary"
          startIcon={<Add />}
          onClick={() => setRaising(true)}
        >
          Raise improvement
        </Button>
      </Box>
      <ImprovementRegister revision={revision} />
      <Box mt={3}>
        <ImprovementSuggestions revision={revision} onRaised={raised} />
      </Box>
      {raising && (
        <RaiseImprovementDialog
          onRaised={() => {
            setRaising(false);
            raised();
          }}
          onClose={() => setRaising(false)}
        />
      )}
    </>
  );
}
