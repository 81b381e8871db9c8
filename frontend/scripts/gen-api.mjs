// Regenerates src/api/schema/<service>.ts from the services' OpenAPI documents (`make api-types`).
// The documents come from frontend/scripts/dump_openapi.py, which builds each app in-process (no platform needed).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import openapiTS, { astToString } from 'openapi-typescript'

const here = dirname(fileURLToPath(import.meta.url))
const repo = resolve(here, '..', '..')
const venvPython = join(repo, '.venv', 'bin', 'python')
const python = process.env.PYTHON ?? (existsSync(venvPython) ? venvPython : 'python3')
const raw = execFileSync(python, [join(here, 'dump_openapi.py')], { cwd: repo, maxBuffer: 64 * 1024 * 1024 })
const docs = JSON.parse(raw.toString('utf8'))
const out = resolve(here, '..', 'src', 'api', 'schema')
mkdirSync(out, { recursive: true })
for (const [name, doc] of Object.entries(docs)) {
  const ast = await openapiTS(doc, { alphabetize: true })
  const header = `// Generated from the ${name} OpenAPI document by scripts/gen-api.mjs. Do not edit: run \`make api-types\`.\n`
  writeFileSync(join(out, `${name}.ts`), header + astToString(ast))
  console.log(`src/api/schema/${name}.ts: ${Object.keys(doc.paths).length} paths`)
}
