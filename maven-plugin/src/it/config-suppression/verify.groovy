// The .iamgate.yml suppresses the INVALID_EFFECT finding of bad.json. This iamgate build has no
// configuration file loader, so the plugin refuses to run with settings it would ignore: an execution
// error that names the file (and no report, since nothing ran). Once the loader is wired into the plugin,
// this case is expected to pass with the finding reported as suppressed (invoker.buildResult = success).
def log = new File(basedir, 'build.log').text
assert log.contains('.iamgate.yml cannot be applied: this iamgate build does not read configuration files yet')
assert log.contains('MojoExecutionException')
assert !log.contains('iamgate found')
return true
