// Copies the measured lines of test/bench/results.md (the machine line and the targets
// table) into README.md's Performance section, so no figure there is typed by hand.
import { readFileSync, writeFileSync } from 'node:fs'

const results = readFileSync('test/bench/results.md', 'utf8')
const machine = results.split('\n').find(l => l.startsWith('Measured '))
const targets = results.slice(results.indexOf('| Target |'), results.indexOf('\n\n', results.indexOf('| Target |')))
const START = '<!-- bench:start -->'
const END = '<!-- bench:end -->'
const readme = readFileSync('README.md', 'utf8')
const block = `${START}\n${machine}\n\n${targets}\n${END}`
writeFileSync('README.md', readme.replace(readme.slice(readme.indexOf(START), readme.indexOf(END) + END.length), block))
