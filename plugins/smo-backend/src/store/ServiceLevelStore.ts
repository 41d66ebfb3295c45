import {
  MonthlyAttainment,
  SmoApiModels,
} from '@smo-backstage/plugin-smo-common';
import { Knex } from 'knex';
import { json, optional, rowCodec } from './rows';

/** What a month's figures say, without the minutes still growing on open incidents: what a correction compares. */
export type AttainmentSummary = SmoApiModels.AttainmentSummary;

/** The summary of a month's figures. */
export function summarise(figures: MonthlyAttainment): AttainmentSummary {
  return {
    targets: figures.targets.map(
      ({ priority, metric, met, breached, pending, attainment }) => ({
        priority,
        metric,
        met,
        breached,
        pending,
        attainment,
      }),
    ),
    availability: figures.availability?.percent ?? null,
    incidentIds: figures.incidentIds,
  };
}

/** A frozen month's figures as they were and as they are now: reported with a later month, never rewritten. */
export type ServiceLevelCorrection = SmoApiModels.ServiceLevelCorrection;

/** One agreement's figures for one calendar month, as stored. */
export interface ServiceLevelMonth {
  agreementRef: string;
  /** `YYYY-MM`. */
  month: string;
  figures: MonthlyAttainment;
  /** Changes found in earlier, frozen months, reported with this one. */
  corrections: ServiceLevelCorrection[];
  computedAt: string;
  /** When the month was closed; its figures never change after. */
  frozenAt?: string;
}

const TABLE = 'smo_service_level_months';

const monthRows = rowCodec<ServiceLevelMonth>({
  agreementRef: 'agreement_ref',
  month: 'month',
  figures: json('figures'),
  corrections: json('corrections'),
  computedAt: 'computed_at',
  frozenAt: optional('frozen_at'),
});

/** Service-level figures per agreement and month; a frozen month is never rewritten. */
export class ServiceLevelStore {
  private constructor(private readonly db: Knex) {}

  static create(db: Knex): ServiceLevelStore {
    return new ServiceLevelStore(db);
  }

  /**
   * Writes a month's figures unless the month is frozen; answers whether it wrote. Idempotent: writing the same
   * figures again changes nothing but `computedAt`. A new month starts with no corrections.
   */
  async save(
    month: Pick<
      ServiceLevelMonth,
      'agreementRef' | 'month' | 'figures' | 'computedAt'
    >,
  ): Promise<boolean> {
    const key = { agreement_ref: month.agreementRef, month: month.month };
    const values = {
      figures: JSON.stringify(month.figures),
      computed_at: month.computedAt,
    };
    await this.db(TABLE)
      .insert({ ...key, ...values, corrections: '[]', frozen_at: null })
      .onConflict(['agreement_ref', 'month'])
      .ignore();
    const updated = await this.db(TABLE)
      .where(key)
      .whereNull('frozen_at')
      .update(values);
    return updated > 0;
  }

  /** Closes a month: its figures are final. Answers whether it was open until now. */
  async freeze(
    agreementRef: string,
    month: string,
    frozenAt: string,
  ): Promise<boolean> {
    const updated = await this.db(TABLE)
      .where({ agreement_ref: agreementRef, month })
      .whereNull('frozen_at')
      .update({ frozen_at: frozenAt });
    return updated > 0;
  }

  /**
   * Records on the open month `into` that a frozen month's figures changed. The same change (month and figures now)
   * is recorded once, however often it is found; answers whether it was new. A frozen `into` takes no corrections.
   */
  async addCorrection(
    agreementRef: string,
    into: string,
    correction: ServiceLevelCorrection,
  ): Promise<boolean> {
    return this.db.transaction(async tx => {
      const row = await tx(TABLE)
        .where({ agreement_ref: agreementRef, month: into })
        .whereNull('frozen_at')
        .first();
      if (!row) return false;
      const corrections: ServiceLevelCorrection[] = JSON.parse(row.corrections);
      const same = (c: ServiceLevelCorrection) =>
        c.month === correction.month &&
        JSON.stringify(c.now) === JSON.stringify(correction.now);
      if (corrections.some(same)) return false;
      await tx(TABLE)
        .where({ agreement_ref: agreementRef, month: into })
        .update({
          corrections: JSON.stringify([...corrections, correction]),
        });
      return true;
    });
  }

  /** The agreement's months from `from` to `to` (`YYYY-MM`, both included), oldest first. */
  async list(
    agreementRef: string,
    from: string,
    to: string,
  ): Promise<ServiceLevelMonth[]> {
    const rows = await this.db(TABLE)
      .where({ agreement_ref: agreementRef })
      .whereBetween('month', [from, to])
      .orderBy('month');
    return rows.map(monthRows.fromRow);
  }

  /** Every agreement's figures for one month, by agreement ref. */
  async month(month: string): Promise<ServiceLevelMonth[]> {
    const rows = await this.db(TABLE).where({ month }).orderBy('agreement_ref');
    return rows.map(monthRows.fromRow);
  }
}
