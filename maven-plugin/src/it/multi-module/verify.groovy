// A reactor: one run per module on its own sources. The aggregator and a pom module without sources are
// skipped; the jar module passes; the pom module with a bad policy fails the build. Paths in the log are
// relative to where Maven started, so they name the module.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('iamgate: nothing to validate in multi-module')
assert log.contains('iamgate: nothing to validate in docs')
assert log.contains('[ERROR] infra/src/main/iam/bad.json:[5,17] INVALID_EFFECT ')
assert log.contains('iamgate: 1 file(s), 1 policy, 0 finding(s), 0 blocking')
assert log.contains('on project infra: iamgate found 1 blocking finding(s)')
assert !log.contains('not marked as @threadSafe')

assert !new File(basedir, 'target/iamgate').exists()
assert !new File(basedir, 'docs/target/iamgate').exists()
def app = new JsonSlurper().parse(new File(basedir, 'app/target/iamgate/iamgate.json'))
assert app.summary.policies == 1 && app.summary.blocking == 0
assert app.policies[0].file == 'src/main/iam/reports-reader.json'
def infra = new JsonSlurper().parse(new File(basedir, 'infra/target/iamgate/iamgate.json'))
assert infra.summary.blocking == 1
assert infra.policies[0].findings[0].issueCode == 'INVALID_EFFECT'
return true
