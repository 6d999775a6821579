// A blocking finding fails the build; the log names file, line, column and code in the compiler's style,
// and a non-blocking finding is a warning that does not fail it.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/iam/bad.json:[5,17] INVALID_EFFECT The effect Allowed is not valid.')
assert log.contains('[WARNING] src/main/iam/no-version.json:[1,1] MISSING_VERSION ')
assert log.contains('(WARNING, not blocking)')
assert log.contains('iamgate: 2 file(s), 2 policies, 2 finding(s) (1 ERROR, 1 WARNING), 1 blocking')
assert log.contains('iamgate found 1 blocking finding(s) (1 ERROR) in 1 file(s): ERROR INVALID_EFFECT.')
assert log.contains('MojoFailureException')
return true
