// A pom-packaged project whose only source is a CDK cloud assembly (cdk.out): the default sources pick it
// up. Its template holds a managed policy with an invalid effect: the build fails on it, at the template's line.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('--- iamgate-maven-plugin:')
assert log.contains('@ cdk-out ---')
assert log =~ /\[ERROR\] .*AppStack\.template\.json:\[\d+,\d+\] INVALID_EFFECT/
def report = new JsonSlurper().parse(new File(basedir, 'target/iamgate/iamgate.json'))
assert report.summary.policies >= 1
assert report.policies.any { p -> p.findings.any { it.issueCode == 'INVALID_EFFECT' } }
return true
