// The contract's case, evidence and packet operations (issue 5), spread into `operations` in contract.ts.

export const caseOperations = {};
