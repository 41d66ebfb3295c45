import { useState } from 'react';
import {
  Content,
  ErrorPanel,
  Header,
  InfoCard,
  Page,
  ProxiedSignInPage,
} from '@backstage/core-components';
import { configApiRef, useApi } from '@backstage/core-plugin-api';
import { IdentityApi } from '@backstage/frontend-plugin-api';
import { SignInPageProps } from '@backstage/plugin-app-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import {
  DEMO_USER_HEADER,
  PERSONA_STORAGE_KEY,
  readPersonas,
} from './personas';

/** Signing out forgets the chosen person, so the next sign-in asks again. */
function forgettingOnSignOut(identity: IdentityApi): IdentityApi {
  return {
    getProfileInfo: () => identity.getProfileInfo(),
    getBackstageIdentity: () => identity.getBackstageIdentity(),
    getCredentials: () => identity.getCredentials(),
    signOut: async () => {
      localStorage.removeItem(PERSONA_STORAGE_KEY);
      await identity.signOut();
    },
  };
}

/**
 * The demo's sign-in page: pick a person of the example organisation (`smoDemo.personas`) and act with the roles the
 * catalog gives them, so a handover can be walked by distinct people as separation of duties requires. The choice is
 * remembered until sign-out. Demo only: the backend's `demo` provider trusts the header (docs/development.md).
 */
export function DemoSignInPage(props: SignInPageProps) {
  const personas = readPersonas(useApi(configApiRef));
  const [chosen, setChosen] = useState(
    () => localStorage.getItem(PERSONA_STORAGE_KEY) ?? undefined,
  );
  const choose = (userEntityRef?: string) => {
    if (userEntityRef) localStorage.setItem(PERSONA_STORAGE_KEY, userEntityRef);
    else localStorage.removeItem(PERSONA_STORAGE_KEY);
    setChosen(userEntityRef);
  };

  if (chosen) {
    return (
      <ProxiedSignInPage
        provider="demo"
        headers={{ [DEMO_USER_HEADER]: chosen }}
        onSignInSuccess={identity =>
          props.onSignInSuccess(forgettingOnSignOut(identity))
        }
        ErrorComponent={({ error }) => (
          <Page themeId="home">
            <Content>
              <ErrorPanel
                title={`Could not sign in as ${chosen}`}
                error={error ?? new Error('Sign-in failed')}
              />
              <Box mt={2}>
                <Button
                  variant="contained"
                  color="primary"
                  onClick={() => choose(undefined)}
                >
                  Choose someone else
                </Button>
              </Box>
            </Content>
          </Page>
        )}
      />
    );
  }
  return (
    <Page themeId="home">
      <Header
        title="SMO Governance demo"
        subtitle="Sign in as a person of Northwind Outfitters: you act with the roles their catalog groups give them."
      />
      <Content>
        <Grid container spacing={3}>
          {personas.map(p => (
            <Grid item xs={12} sm={6} md={4} key={p.userEntityRef}>
              <InfoCard title={p.title} subheader={p.userEntityRef}>
                <Typography variant="body2" paragraph>
                  {p.description}
                </Typography>
                <Button
                  variant="contained"
                  color="primary"
                  onClick={() => choose(p.userEntityRef)}
                >
                  Sign in as {p.title}
                </Button>
              </InfoCard>
            </Grid>
          ))}
        </Grid>
      </Content>
    </Page>
  );
}
