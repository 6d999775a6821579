// The .iamgate.yml suppresses the INVALID_EFFECT finding of bad.json: the build passes and the JSON report
// still lists the finding, marked suppressed with the reason from the file.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('--- iamgate-maven-plugin:')
def report = new JsonSlurper().parse(new File(basedir, 'target/iamgate/iamgate.json'))
def findings = report.policies.collectMany { it.findings }
def effect = findings.find { it.issueCode == 'INVALID_EFFECT' }
assert effect != null
assert !effect.blocking
assert effect.suppressed.reason == 'accepted while the policy is rewritten'
assert report.summary.blocking == 0
return true
