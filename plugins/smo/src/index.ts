export { smoPlugin as default } from './plugin';
export * from './api/SmoApi';
export { SmoClient } from './api/SmoClient';
