// A clean policy passes: the gate ran, found it, and wrote the JSON report.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('iamgate: 1 file(s), 1 policy, 0 finding(s), 0 blocking')
assert log.contains('BUILD SUCCESS')
assert !log.contains('not marked as @threadSafe')

def json = new File(basedir, 'target/iamgate/iamgate.json')
assert json.isFile()
def report = new JsonSlurper().parse(json)
assert report.summary.policies == 1
assert report.summary.findings == 0
assert report.policies[0].file == 'src/main/iam/reports-reader.json'
return true
