export * from './estimate';
export * from './simple-methods';
export * from './default-estimator';
export * from './calibrate-sources';
export * from './growth';
export * from './registry';
export * from './goal-priors';
export * from './group-context';
