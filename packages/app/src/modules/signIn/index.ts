import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { SignInPageBlueprint } from '@backstage/plugin-app-react';

/** Replaces the app's guest sign-in page with the demo's choice of people. */
export const signInModule = createFrontendModule({
  pluginId: 'app',
  extensions: [
    SignInPageBlueprint.make({
      params: {
        loader: () => import('./DemoSignInPage').then(m => m.DemoSignInPage),
      },
    }),
  ],
});
