// -Dreadiness.skip skips the check, so even a bad production profile builds.
def log = new File(basedir, 'build.log').text
assert log.contains('readiness check skipped')
assert log.contains('BUILD SUCCESS')
assert !log.contains('NO-GO')
true
