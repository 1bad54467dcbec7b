// The contract's review operations (decisions on listings, match corrections, the review queue), spread into
// `operations` in contract.ts.

export const reviewOperations = {};
