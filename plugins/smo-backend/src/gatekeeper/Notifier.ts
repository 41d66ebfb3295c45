import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { NotificationPayload } from '@backstage/plugin-notifications-common';

/**
 * Sends SMO notifications. A failure to notify is logged and never fails the decision that caused
 * it: the decision is already committed and audited.
 */
export class Notifier {
  private constructor(
    private readonly notifications: NotificationService | undefined,
    private readonly logger: LoggerService,
  ) {}

  static create(options: {
    notifications?: NotificationService;
    logger: LoggerService;
  }): Notifier {
    return new Notifier(options.notifications, options.logger);
  }

  async send(
    recipients: string[],
    payload: NotificationPayload,
  ): Promise<void> {
    const entityRef = [...new Set(recipients.filter(Boolean))];
    if (!this.notifications || entityRef.length === 0) return;
    try {
      await this.notifications.send({
        recipients: { type: 'entity', entityRef },
        payload: { topic: 'smo', ...payload },
      });
    } catch (error) {
      this.logger.warn(
        `SMO notification '${payload.title}' could not be sent: ${error}`,
      );
    }
  }
}

/** Link to an entity's Governance tab in the app. */
export function governanceLink(entityRef: string): string {
  const [kind, rest] = entityRef.split(':');
  const [namespace, name] = rest.split('/');
  return `/catalog/${namespace}/${kind}/${name}/governance`;
}
