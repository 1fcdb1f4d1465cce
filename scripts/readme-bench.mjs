// Copies the measured parts of test/bench/results.md (the machine line, the targets table
// and where the drop-in's bytes go) into README.md's Performance section, so no figure
// there is typed by hand.
import { readFileSync, writeFileSync } from 'node:fs'

const results = readFileSync('test/bench/results.md', 'utf8')
const section = (start, end = '\n\n') => {
  const at = results.indexOf(start)
  if (at < 0) throw new Error(`results.md has no "${start}": run npm run bench`)
  return results.slice(at, results.indexOf(end, at))
}
const machine = results.split('\n').find(l => l.startsWith('Measured '))
const targets = section('| Target |')
// From the line under the heading to the end of the section.
const partsHeading = "## Where the drop-in's bytes go"
const partsBody = section(partsHeading, '\n## ').split('\n').slice(2).join('\n').trim()

let readme = readFileSync('README.md', 'utf8')
const put = (name, body) => {
  const START = `<!-- ${name}:start -->`
  const END = `<!-- ${name}:end -->`
  if (!readme.includes(START) || !readme.includes(END))
    throw new Error(`README.md has no ${START} ... ${END}`)
  readme = readme.replace(
    readme.slice(readme.indexOf(START), readme.indexOf(END) + END.length),
    `${START}\n${body}\n${END}`,
  )
}
put('bench', `${machine}\n\n${targets}`)
put(
  'parts',
  `From the benchmark run of ${machine.split(' ')[1]} (\`scripts/parts.mjs\`). ${partsBody}`,
)
writeFileSync('README.md', readme)
