import { ReactNode } from 'react';
import {
  Content,
  EmptyState,
  Header,
  Link,
  Page,
  Progress,
} from '@backstage/core-components';
import { errorStatus } from '../readiness/errors';
import { ErrorState } from '../readiness/ErrorState';

/**
 * A page under the SMO page (a campaign, an improvement): the Backstage header with "SMO" leading back (a relative
 * link, so it works wherever the app mounts the SMO page), and the loaded content, its loading state, "not found" for
 * a 404, or the error with Retry.
 */
export function SubPage<T>(props: {
  title: string | undefined;
  subtitle: string;
  state: { loading: boolean; error?: Error; value?: T };
  retry: () => void;
  /** The title of the 404 ("No campaign techdocs-2027"). */
  notFound: string;
  children: (value: T) => ReactNode;
}) {
  const { state } = props;
  let content;
  if (state.error && !state.loading) {
    content =
      errorStatus(state.error) === 404 ? (
        <EmptyState
          missing="data"
          title={props.notFound}
          description="It does not exist, or it is about an entity you cannot see."
          action={<Link to="..">Back to the SMO page</Link>}
        />
      ) : (
        <ErrorState error={state.error} onRetry={props.retry} />
      );
  } else if (state.value === undefined) {
    content = <Progress />;
  } else {
    content = props.children(state.value);
  }
  return (
    <Page themeId="tool">
      <Header
        title={props.title ?? props.subtitle}
        subtitle={props.subtitle}
        type="SMO"
        typeLink=".."
      />
      <Content>{content}</Content>
    </Page>
  );
}
