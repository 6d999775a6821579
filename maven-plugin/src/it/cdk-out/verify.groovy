// A pom-packaged project whose only source is a CDK cloud assembly (cdk.out): the default sources pick it
// up. Its template holds a managed policy with an invalid effect. This iamgate build has no CDK / CloudFormation
// extractor yet, so the files are read but yield no policy and the build passes; once the extractor is in,
// this case is expected to fail on AppStack.template.json with INVALID_EFFECT (invoker.buildResult = failure).
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('--- iamgate-maven-plugin:')
assert log.contains('@ cdk-out ---')
assert !log.contains('nothing to validate in cdk-out')
def report = new JsonSlurper().parse(new File(basedir, 'target/iamgate/iamgate.json'))
assert report.summary.files == 2   // manifest.json and AppStack.template.json
assert report.summary.policies == 0
return true
