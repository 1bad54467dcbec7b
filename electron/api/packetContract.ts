// The contract's packet operations (export, preview, the case's packets), spread into `operations` in contract.ts.

export const packetOperations = {};
