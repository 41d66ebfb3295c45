import { DateTime } from 'luxon';
import { GatekeeperConfig } from '../gatekeeperConfig';
import { ReadinessPort, ServiceLevelPort } from '../ports';
import { Gatekeeper } from '../store/Gatekeeper';
import { Notifier } from './Notifier';

/** What every gatekeeper service works with: its stores, the readiness port, its settings, notifications and a clock. */
export interface GatekeeperServiceOptions {
  gatekeeper: Gatekeeper;
  readiness: ReadinessPort;
  /** The measured exit criteria of early-life support, when configured. */
  serviceLevels?: ServiceLevelPort;
  config: GatekeeperConfig;
  notifier: Notifier;
  /** The current time; the system clock in UTC when left out. */
  clock?: () => DateTime;
}

/** The system clock in UTC. */
export const systemClock = () => DateTime.utc();
