// -Diamgate.skip=true: the gate does not run (the policy is bad), writes nothing, and says so.
def log = new File(basedir, 'build.log').text
assert log.contains('iamgate: skipped (iamgate.skip)')
assert !log.contains('INVALID_EFFECT')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/iamgate').exists()
return true
