/***/
/**
 * The smo backend module for the catalog plugin.
 *
 * @packageDocumentation
 */

export { catalogModuleSmo as default } from './module';
