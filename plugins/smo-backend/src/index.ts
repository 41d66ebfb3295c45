export { smoPlugin as default } from './plugin';
