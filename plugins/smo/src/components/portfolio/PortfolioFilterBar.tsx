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

function RefSelect(props: {
  id: string;
  label: string;
  value: string | undefined;
  options: string[];
  defaultKind: string;
  onChange(value: string | undefined): void;
}) {
  const classes = useStyles();
  // Keep a value that came from the URL selectable even if no row has it.
  const options =
    props.value && !props.options.includes(props.value)
      ? [props.value, ...props.options]
      : props.options;
  return (
    <TextField
      select
      id={props.id}
      label={props.label}
      value={props.value ?? ANY}
      onChange={e => props.onChange(e.target.value || undefined)}
      className={classes.select}
      {...SHOW_ANY}
    >
      <MenuItem value={ANY}>Any</MenuItem>
      {options.map(ref => (
        <MenuItem key={ref} value={ref}>
          {refLabel(ref, props.defaultKind)}
        </MenuItem>
      ))}
    </TextField>
  );
}

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
      <RefSelect
        id="smo-filter-owner"
        label="Owner"
        value={filters.owner}
        options={options.owners}
        defaultKind="group"
        onChange={owner => set({ owner })}
      />
      <RefSelect
        id="smo-filter-system"
        label="System"
        value={filters.system}
        options={options.systems}
        defaultKind="system"
        onChange={system => set({ system })}
      />
      <RefSelect
        id="smo-filter-offering"
        label="Service offering"
        value={filters.offering}
        options={options.offerings}
        defaultKind="serviceoffering"
        onChange={offering => set({ offering })}
      />
      <TextField
        select
        id="smo-filter-tier"
        label="Tier"
        value={filters.tier ?? ANY}
        onChange={e =>
          set({
            tier: TIERS.find(t => t === e.target.value),
          })
        }
        className={classes.select}
        {...SHOW_ANY}
      >
        <MenuItem value={ANY}>Any</MenuItem>
        {TIERS.map(tier => (
          <MenuItem key={tier} value={tier}>
            {tier}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        id="smo-filter-verdict"
        label="Verdict"
        value={filters.verdict ?? ANY}
        onChange={e =>
          set({
            verdict:
              e.target.value === 'ready' || e.target.value === 'not-ready'
                ? e.target.value
                : undefined,
          })
        }
        className={classes.select}
        {...SHOW_ANY}
      >
        <MenuItem value={ANY}>Any</MenuItem>
        <MenuItem value="ready">{VERDICT_LABELS.ready}</MenuItem>
        <MenuItem value="not-ready">{VERDICT_LABELS['not-ready']}</MenuItem>
      </TextField>
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
