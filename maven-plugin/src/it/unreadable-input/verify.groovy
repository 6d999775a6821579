// A file iamgate cannot read (not UTF-8) is an error (the CLI's exit code 2), not a skipped file: the build
// stops with an execution error that names the file, and the reports are still written.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/iam/latin1.json: is not valid UTF-8')
assert log.contains('iamgate could not check everything: 1 error(s), the first in src/main/iam/latin1.json')
assert log.contains('MojoExecutionException')
def report = new JsonSlurper().parse(new File(basedir, 'target/iamgate/iamgate.json'))
assert report.errors.size() == 1
assert report.errors[0].file == 'src/main/iam/latin1.json'
return true
