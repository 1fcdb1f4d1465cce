export { startGate } from './gate';
