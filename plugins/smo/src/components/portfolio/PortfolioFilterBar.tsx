import { useEffect, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import MenuItem from '@material-ui/core/MenuItem';
import Slider from '@material-ui/core/Slider';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { TIERS } from '@smo-backstage/plugin-smo-common';
import { VERDICT_LABELS } from '../readiness/VerdictChip';
import { hasFilters, PortfolioFilters } from './filters';
import { refLabel } from './refLabel';

const ANY = '';
/** Empty selects show "Any" under their label rather than the label as a placeholder. */
const SHOW_ANY = {
  InputLabelProps: { shrink: true },
  SelectProps: { displayEmpty: true },
};

const useStyles = makeStyles(theme => ({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: theme.spacing(2),
    marginBottom: theme.spacing(2),
    // On the paper colour, not the page's: the labels' secondary text keeps its contrast (axe color-contrast).
    padding: theme.spacing(2),
    borderRadius: theme.shape.borderRadius,
    backgroundColor: theme.palette.background.paper,
  },
  select: { minWidth: 170 },
  score: { width: 200 },
}));

/** Options for the owner, system and offering drop-downs: the refs present in the portfolio. */
export interface FilterOptions {
  owners: string[];
  systems: string[];
  offerings: string[];
}

/** A drop-down of `choices` with "Any" first, which clears the filter. */
function AnySelect<T extends string>(props: {
  id: string;
  label: string;
  value: T | undefined;
  choices: readonly T[];
  labelOf?: (choice: T) => string;
  onChange(value: T | undefined): void;
}) {
  const classes = useStyles();
  return (
    <TextField
      select
      id={props.id}
      label={props.label}
      value={props.value ?? ANY}
      onChange={e =>
        props.onChange(props.choices.find(c => c === e.target.value))
      }
      className={classes.select}
      {...SHOW_ANY}
    >
      <MenuItem value={ANY}>Any</MenuItem>
      {props.choices.map(choice => (
        <MenuItem key={choice} value={choice}>
          {props.labelOf?.(choice) ?? choice}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** The drop-downs of entity refs: which filter, under which label, over which options, with which default kind. */
const REF_FILTERS: Array<{
  key: 'owner' | 'system' | 'offering';
  label: string;
  options: keyof FilterOptions;
  defaultKind: string;
}> = [
  { key: 'owner', label: 'Owner', options: 'owners', defaultKind: 'group' },
  { key: 'system', label: 'System', options: 'systems', defaultKind: 'system' },
  {
    key: 'offering',
    label: 'Service offering',
    options: 'offerings',
    defaultKind: 'serviceoffering',
  },
];

const VERDICTS = ['ready', 'not-ready'] as const;

/** Filters of the portfolio table; every change goes to the URL (and so to the backend query). */
export function PortfolioFilterBar(props: {
  filters: PortfolioFilters;
  options: FilterOptions;
  onChange(filters: PortfolioFilters): void;
}) {
  const classes = useStyles();
  const { filters, options, onChange } = props;
  const committed: [number, number] = [
    filters.minScore ?? 0,
    filters.maxScore ?? 100,
  ];
  // The slider moves freely; the query changes when it is released.
  const [range, setRange] = useState<number[]>(committed);
  const [low, high] = committed;
  useEffect(() => setRange([low, high]), [low, high]);

  const set = (patch: Partial<PortfolioFilters>) =>
    onChange({ ...filters, ...patch });

  return (
    <Box
      className={classes.bar}
      role="search"
      aria-label="Filter the portfolio"
    >
      {REF_FILTERS.map(({ key, label, options: of, defaultKind }) => {
        const value = filters[key];
        // Keep a value that came from the URL selectable even if no row has it.
        const refs =
          value && !options[of].includes(value)
            ? [value, ...options[of]]
            : options[of];
        return (
          <AnySelect
            key={key}
            id={`smo-filter-${key}`}
            label={label}
            value={value}
            choices={refs}
            labelOf={ref => refLabel(ref, defaultKind)}
            onChange={ref => set({ [key]: ref })}
          />
        );
      })}
      <AnySelect
        id="smo-filter-tier"
        label="Tier"
        value={filters.tier}
        choices={TIERS}
        onChange={tier => set({ tier })}
      />
      <AnySelect
        id="smo-filter-verdict"
        label="Verdict"
        value={filters.verdict}
        choices={VERDICTS}
        labelOf={verdict => VERDICT_LABELS[verdict]}
        onChange={verdict => set({ verdict })}
      />
      <Box className={classes.score}>
        <Typography
          id="smo-filter-score"
          variant="caption"
          color="textSecondary"
        >
          Score {range[0]}–{range[1]}
        </Typography>
        <Slider
          getAriaLabel={index =>
            index === 0 ? 'Minimum score' : 'Maximum score'
          }
          value={range}
          min={0}
          max={100}
          step={5}
          valueLabelDisplay="auto"
          onChange={(_, value) => setRange(value as number[])}
          onChangeCommitted={(_, value) => {
            const [min, max] = value as number[];
            set({
              minScore: min === 0 ? undefined : min,
              maxScore: max === 100 ? undefined : max,
            });
          }}
        />
      </Box>
      {hasFilters(filters) && (
        <Button variant="text" color="primary" onClick={() => onChange({})}>
          Clear filters
        </Button>
      )}
    </Box>
  );
}
