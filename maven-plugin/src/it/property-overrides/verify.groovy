// -Diamgate.failOn=NONE: the same findings as bad-policy, logged as warnings, and the build passes;
// -Diamgate.formats=text,json: a comma list from the command line adds the text report.
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] src/main/iam/bad.json:[5,17] INVALID_EFFECT ')
assert log.contains('(ERROR, not blocking)')
assert !log.contains('[ERROR] src/main/iam/bad.json')
assert log.contains('iamgate: 2 file(s), 2 policies, 2 finding(s) (1 ERROR, 1 WARNING), 0 blocking')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/iamgate/iamgate.txt').text.contains('INVALID_EFFECT')
assert new File(basedir, 'target/iamgate/iamgate.json').isFile()
return true
