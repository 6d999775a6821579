// The build fails (goal check, the alias of validate), and the reports are there for CI to publish:
// JSON and SARIF always, and the extra text format asked for.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains(':check (default) @ reports-on-failure ---')
assert log.contains('iamgate found 1 blocking finding(s)')

def dir = new File(basedir, 'target/iamgate')
def report = new JsonSlurper().parse(new File(dir, 'iamgate.json'))
assert report.summary.blocking == 1
def finding = report.policies[0].findings[0]
assert finding.issueCode == 'INVALID_EFFECT'
assert finding.line == 5 && finding.column == 16
assert finding.blocking == true

def sarif = new JsonSlurper().parse(new File(dir, 'iamgate.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results.any { it.ruleId == 'INVALID_EFFECT' }
assert log.contains('Reports: ' + new File(dir, 'iamgate.json').absolutePath)

def text = new File(dir, 'iamgate.txt').text
assert text.contains('src/main/iam/bad.json:5:17: ERROR INVALID_EFFECT')
return true
