// Fails when the committed dist/ differs from a fresh build, file for file, byte for byte.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, rmSync } from 'node:fs'

const fresh = '.tmp/dist-check'
execFileSync(process.execPath, ['scripts/build.mjs'], {
  stdio: 'inherit',
  env: { ...process.env, CONSENTRY_OUT: fresh },
})
const list = dir => {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter(e => e.isFile())
      .map(e => `${e.parentPath ?? e.path}/${e.name}`.slice(dir.length + 1))
      .sort()
  } catch {
    return []
  }
}
const built = list(fresh)
const committed = list('dist')
const problems = []
for (const f of new Set([...built, ...committed])) {
  if (!built.includes(f)) problems.push(`dist/${f}: not made by the build (remove it)`)
  else if (!committed.includes(f)) problems.push(`dist/${f}: missing`)
  else if (!readFileSync(`${fresh}/${f}`).equals(readFileSync(`dist/${f}`)))
    problems.push(`dist/${f}: differs`)
}
rmSync(fresh, { recursive: true, force: true })
if (problems.length) {
  console.error(
    `dist/ is stale; run \`npm run build\` and commit dist/:\n  ${problems.join('\n  ')}`,
  )
  process.exit(1)
}
console.log(`dist/ matches a fresh build (${built.length} files)`)
