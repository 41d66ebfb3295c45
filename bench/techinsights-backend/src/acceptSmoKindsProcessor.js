// The catalog processor of smoKindsModule.js, on its own (no imports) so that the compare bench's catalog seeder
// (bench/compare/seedCatalog.ts) runs the very same processor when it loads this backend's catalog.
const SMO_API_VERSION = 'smo.backstage.io/v1alpha1';

/** Accepts any entity of the SMO apiVersion as is: no validation, no relations. */
class AcceptSmoKindsProcessor {
  getProcessorName() {
    return 'BenchAcceptSmoKindsProcessor';
  }
  async validateEntityKind(entity) {
    return entity.apiVersion === SMO_API_VERSION;
  }
}

exports.AcceptSmoKindsProcessor = AcceptSmoKindsProcessor;
