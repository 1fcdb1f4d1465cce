export { startGate } from './gate'
