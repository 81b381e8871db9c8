// Vitest global setup for the e2e suite: starts the whole platform the way `make run` does (devtools.run:
// embedded PostgreSQL and NATS, migrations, the services, the gateway serving frontend/dist, demo data) on a free
// port with a throw-away data directory, and stops it afterwards. Set E2E_BASE_URL to test a platform already running.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { TestProject } from 'vitest/node'

const REPO = resolve(__dirname, '..', '..', '..')

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer()
    srv.once('error', fail)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number }
      srv.close(() => ok(port))
    })
  })
}

let child: ChildProcess | null = null
let dataDir: string | null = null

export async function setup(project: TestProject): Promise<void> {
  if (process.env.E2E_BASE_URL) {
    project.provide('baseUrl', process.env.E2E_BASE_URL)
    return
  }
  if (!existsSync(join(REPO, 'frontend', 'dist', 'index.html'))) throw new Error('frontend/dist is missing: build the SPA first (make test does)')
  const python = process.env.PYTHON ?? join(REPO, '.venv', 'bin', 'python')
  const port = await freePort()
  dataDir = mkdtempSync(join(tmpdir(), 'gongkai-e2e-'))
  const env = { ...process.env, PORT: String(port), GONGKAI_DATA_DIR: dataDir, ENVIRONMENT: 'development', PYTHONUNBUFFERED: '1' }
  // Own embedded database and broker: never the developer's (or CI's) configured servers.
  delete env.DATABASE_URL
  delete env.NATS_URL
  const proc = spawn(python, ['-m', 'devtools.run'], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] })
  child = proc
  let output = ''
  await new Promise<void>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`platform did not start within 180 s:\n${output}`)), 180_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('按 Ctrl-C 停止')) {
        clearTimeout(timer)
        ok()
      }
    }
    proc.stdout!.on('data', onData)
    proc.stderr!.on('data', onData)
    proc.once('exit', (code) => {
      clearTimeout(timer)
      fail(new Error(`platform exited with code ${code}:\n${output}`))
    })
  })
  proc.removeAllListeners('exit')
  project.provide('baseUrl', `http://127.0.0.1:${port}`)
}

export async function teardown(): Promise<void> {
  const proc = child
  if (proc && proc.exitCode === null) {
    await new Promise<void>((ok) => {
      const kill = setTimeout(() => proc.kill('SIGKILL'), 30_000)
      proc.once('exit', () => {
        clearTimeout(kill)
        ok()
      })
      proc.kill('SIGTERM')
    })
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}
