import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// findBy*/waitFor wait for a state, not for a time: the ceiling is generous so a cold run on two loaded cores
// passes the same as a warm one (the default 1 s is a speed assumption). Jest's per-test limit is set at the root.
configure({ asyncUtilTimeout: 60_000 });
